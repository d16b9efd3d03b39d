/**
 * What both adapters share: how text is kept, how a sliding-window cooldown moves, and how the rows
 * read back become the report. The SQL differs by dialect; these rules must not, so they are here once.
 */
import {
  type AnswerRecord,
  type CooldownOutcome,
  type DislikedAnswer,
  type FeedbackCommand,
  NOTE_MAX,
  type ReportData,
  type VoteRecord,
  WRONG_REASONS,
  type WrongReason,
} from "../feedback/store.ts";

/** Longest question kept (a checked message can be long; an `/ask` question is at most 300). */
export const QUESTION_MAX = 4000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as it is stored: as given, cut to `max` characters (code points: never half a surrogate
 * pair), a lone surrogate made U+FFFD (neither database can hold one) and U+0000 stored as U+2400
 * "␀" (PostgreSQL's text cannot hold it; SQLite does the same so that both keep the same text).
 * Control characters, markdown and mentions are data and kept.
 */
export function storedText(text: string, max: number): string {
  const whole = text.replace(LONE_SURROGATE, "\uFFFD");
  const points = Array.from(whole);
  const cut = points.length > max ? points.slice(0, max).join("") : whole;
  return cut.replaceAll("\u0000", "\u2400");
}

const COMMANDS: readonly FeedbackCommand[] = ["ask", "check"];

/** The answer's columns, checked: a bad command or passage id is a bug in the caller, not data. */
export function answerColumns(answer: AnswerRecord) {
  if (!COMMANDS.includes(answer.command)) throw new TypeError(`unknown feedback command: ${answer.command}`);
  if (!answer.passageIds.every((id) => Number.isInteger(id) && id >= 0)) {
    throw new TypeError("passage ids must be non-negative integers");
  }
  return {
    interactionId: answer.interactionId,
    atMs: answer.at.getTime(),
    guildId: answer.guildId,
    channelId: answer.channelId,
    userHash: answer.userHash,
    command: answer.command,
    question: storedText(answer.question, QUESTION_MAX),
    answered: answer.answered,
    passageIds: JSON.stringify(answer.passageIds),
    corpusVersion: answer.corpusVersion,
  };
}

/** The vote's columns: the note cut to `NOTE_MAX`, reason and note only with a 👎. */
export function voteColumns(vote: VoteRecord) {
  if (vote.vote !== "up" && vote.vote !== "down") throw new TypeError(`unknown vote: ${String(vote.vote)}`);
  if (vote.reason !== undefined && !WRONG_REASONS.includes(vote.reason)) {
    throw new TypeError(`unknown reason: ${String(vote.reason)}`);
  }
  const down = vote.vote === "down";
  return {
    interactionId: vote.interactionId,
    userHash: vote.userHash,
    vote: vote.vote,
    reason: down ? (vote.reason ?? null) : null,
    note: down && vote.note !== undefined ? storedText(vote.note, NOTE_MAX) : null,
    atMs: vote.at.getTime(),
  };
}

/**
 * One use of a sliding-window cooldown: at most `limit` uses in any `windowMs`. `uses` are the
 * stored times (ms); returns the outcome and the times to store (only those still in the window).
 */
export function takeUse(
  uses: readonly number[],
  limit: number,
  windowMs: number,
  now: number,
): { outcome: CooldownOutcome; uses: number[] } {
  const recent = uses.filter((t) => now - t < windowMs).sort((a, b) => a - b);
  if (recent.length >= limit) {
    const oldest = recent[recent.length - limit] as number;
    return { outcome: { ok: false, retryAfterMs: Math.max(1, oldest + windowMs - now) }, uses: recent };
  }
  recent.push(now);
  return { outcome: { ok: true }, uses: recent };
}

/** Stored cooldown times, read leniently: a damaged value counts as no use. */
export function parseUses(text: string): number[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((t): t is number => typeof t === "number") : [];
  } catch {
    return [];
  }
}

/** An answer since the report's date, with the votes on it counted (both adapters read this). */
export interface AnswerRow {
  interactionId: string;
  atMs: number;
  command: string;
  question: string;
  answered: boolean;
  passageIds: string;
  corpusVersion: string;
  up: number;
  down: number;
}

/** A 👎 on one of those answers, oldest first. */
export interface DownVoteRow {
  interactionId: string;
  reason: string | null;
  note: string | null;
  atMs: number;
}

function passageIdsOf(text: string): number[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((n): n is number => Number.isInteger(n)) : [];
  } catch {
    return [];
  }
}

function reasonOf(text: string | null): WrongReason | undefined {
  return WRONG_REASONS.find((r) => r === text);
}

/** Case and spacing folded: "Who  won?" and "who won?" are one refused question. */
export function foldQuestion(question: string): string {
  return question.trim().replace(/\s+/g, " ").toLowerCase();
}

/** The report from the rows: `answers` newest first, `downVotes` oldest first. */
export function buildReport(since: Date, answers: AnswerRow[], downVotes: DownVoteRow[]): ReportData {
  const downs = new Map<string, DownVoteRow[]>();
  for (const row of downVotes) {
    const list = downs.get(row.interactionId) ?? [];
    list.push(row);
    downs.set(row.interactionId, list);
  }
  const disliked = answers
    .filter((a) => a.down > 0)
    .map((a) => ({ a, rows: downs.get(a.interactionId) ?? [] }))
    .sort((x, y) => y.a.down - x.a.down || x.a.up - y.a.up || y.a.atMs - x.a.atMs)
    .map(({ a, rows }) => ({
      interactionId: a.interactionId,
      question: a.question,
      passageIds: passageIdsOf(a.passageIds),
      corpusVersion: a.corpusVersion,
      up: a.up,
      down: a.down,
      reasons: rows.map((r) => reasonOf(r.reason)).filter((r): r is WrongReason => r !== undefined),
      notes: rows.map((r) => r.note).filter((n): n is string => n !== null && n !== ""),
    }));

  // Refused questions: the newest wording of each folded question is shown.
  const refused = new Map<string, { question: string; count: number }>();
  for (const a of answers) {
    if (a.answered) continue;
    const key = foldQuestion(a.question);
    const seen = refused.get(key);
    if (seen) seen.count += 1;
    else refused.set(key, { question: a.question.trim().replace(/\s+/g, " "), count: 1 });
  }

  const cited = new Map<string, ReportData["cited"][number]>();
  const given: ReportData["answers"] = [];
  for (const a of answers) {
    if (!a.answered) continue;
    const passageIds = passageIdsOf(a.passageIds);
    given.push({ passageIds, corpusVersion: a.corpusVersion, up: a.up, down: a.down });
    for (const passageId of new Set(passageIds)) {
      const key = `${a.corpusVersion}:${passageId}`;
      const row = cited.get(key) ?? { passageId, corpusVersion: a.corpusVersion, count: 0, up: 0, down: 0 };
      row.count += 1;
      row.up += a.up;
      row.down += a.down;
      cited.set(key, row);
    }
  }

  return {
    since,
    disliked,
    refused: [...refused.values()].sort((x, y) => y.count - x.count),
    cited: [...cited.values()].sort((x, y) => y.count - x.count || x.passageId - y.passageId),
    answers: given,
    totals: {
      answers: answers.length,
      up: answers.reduce((n, a) => n + a.up, 0),
      down: answers.reduce((n, a) => n + a.down, 0),
    },
  };
}

/** The 👎 answers, oldest first, each with its latest 👎's reason and note. */
export function buildDisliked(answers: AnswerRow[], downVotes: DownVoteRow[]): DislikedAnswer[] {
  const latest = new Map<string, DownVoteRow>();
  for (const row of downVotes) latest.set(row.interactionId, row);
  return answers
    .filter((a) => a.down > 0)
    .sort((x, y) => x.atMs - y.atMs)
    .map((a) => {
      const last = latest.get(a.interactionId);
      const reason = reasonOf(last?.reason ?? null);
      const out: DislikedAnswer = {
        interactionId: a.interactionId,
        command: a.command === "check" ? "check" : "ask",
        question: a.question,
        answered: a.answered,
        at: new Date(a.atMs),
        down: a.down,
      };
      if (reason) out.reason = reason;
      if (last?.note) out.note = last.note;
      return out;
    });
}
