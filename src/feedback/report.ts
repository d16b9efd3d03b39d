/**
 * The admin report, shaped from the store's rows and the loaded corpus: the top of each list, the
 * cited passages with their citation and text, and the figures per article. Pure functions: the
 * command line (`newsdesk report`) and Discord's `/report` render the same shape.
 */
import type { Corpus } from "../corpus/types.ts";
import { corpusVersion } from "../corpus/version.ts";
import { UserError } from "../reply/errors.ts";
import { REASON_LABELS, type ReportData, type WrongReason } from "./store.ts";

/** How each reason reads (the 👎 modal's choices). */
/** A cited passage; citation and text are null when it was cited from another version of the corpus. */
export interface ReportPassage {
  passageId: number;
  citation: string | null;
  text: string | null;
}

export interface FeedbackReport {
  /** ISO time the report starts at. */
  since: string;
  /** Version of the corpus the passages were looked up in. */
  corpusVersion: string;
  totals: { answers: number; up: number; down: number };
  /** Answers with the most 👎, most first. */
  disliked: Array<{
    interactionId: string;
    question: string;
    up: number;
    down: number;
    reasons: Array<{ reason: WrongReason; label: string; count: number }>;
    notes: string[];
    passages: ReportPassage[];
  }>;
  /** Questions answered "the story doesn't say", most often first: what the corpus does not cover. */
  refused: Array<{ question: string; count: number }>;
  /** Articles cited at least once, most cited first: answers citing it and the votes on those answers. */
  articles: Array<{
    articleId: string;
    title: string;
    cited: number;
    up: number;
    down: number;
    /** 👍 / (👍 + 👎), or null with no vote. */
    upShare: number | null;
  }>;
  /** Answers citing passages of another version of the corpus: not counted per article. */
  otherVersions: number;
  /** How many items each list had beyond the top shown. */
  more: { disliked: number; refused: number; articles: number };
}

export interface ReportOptions {
  /** Items per list (default 10). */
  top?: number;
}

/** The report's shape: top `top` of each list, passages resolved in `corpus` when its version matches. */
export function shapeReport(data: ReportData, corpus: Corpus, options: ReportOptions = {}): FeedbackReport {
  const top = options.top ?? 10;
  const version = corpusVersion(corpus);
  const passageOf = (id: number, fromVersion: string): ReportPassage => {
    const passage = fromVersion === version ? corpus.passages[id] : undefined;
    return { passageId: id, citation: passage?.citation ?? null, text: passage?.text ?? null };
  };

  const disliked = data.disliked.slice(0, top).map((d) => {
    const counts = new Map<WrongReason, number>();
    for (const r of d.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
    return {
      interactionId: d.interactionId,
      question: d.question,
      up: d.up,
      down: d.down,
      reasons: [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([reason, count]) => ({ reason, label: REASON_LABELS[reason], count })),
      notes: d.notes,
      passages: d.passageIds.map((id) => passageOf(id, d.corpusVersion)),
    };
  });

  const titles = new Map(corpus.articles.map((a) => [a.id, a.title]));
  const perArticle = new Map<string, { cited: number; up: number; down: number }>();
  let otherVersions = 0;
  for (const answer of data.answers) {
    if (answer.corpusVersion !== version) {
      otherVersions += 1;
      continue;
    }
    const articleIds = new Set(
      answer.passageIds
        .map((id) => corpus.passages[id]?.articleId)
        .filter((a): a is string => a !== undefined),
    );
    for (const articleId of articleIds) {
      const row = perArticle.get(articleId) ?? { cited: 0, up: 0, down: 0 };
      row.cited += 1;
      row.up += answer.up;
      row.down += answer.down;
      perArticle.set(articleId, row);
    }
  }
  const articles = [...perArticle]
    .map(([articleId, row]) => ({
      articleId,
      title: titles.get(articleId) ?? articleId,
      ...row,
      upShare: row.up + row.down > 0 ? row.up / (row.up + row.down) : null,
    }))
    .sort((a, b) => b.cited - a.cited || a.articleId.localeCompare(b.articleId));

  return {
    since: data.since.toISOString(),
    corpusVersion: version,
    totals: data.totals,
    disliked,
    refused: data.refused.slice(0, top),
    articles: articles.slice(0, top),
    otherVersions,
    more: {
      disliked: Math.max(0, data.disliked.length - top),
      refused: Math.max(0, data.refused.length - top),
      articles: Math.max(0, articles.length - top),
    },
  };
}

const UNIT_MS: Record<string, number> = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/**
 * The start of a report or export from `7d`, `24h`, `2w`, `90m` (before `now`) or a date
 * `2024-03-01` (midnight UTC). Anything else is a `UserError` saying what is accepted.
 */
export function parseSince(text: string, now: Date): Date {
  const trimmed = text.trim();
  const duration = /^(\d{1,6})\s*([mhdw])$/i.exec(trimmed);
  if (duration) {
    const ms = Number(duration[1]) * (UNIT_MS[(duration[2] as string).toLowerCase()] as number);
    return new Date(now.getTime() - ms);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const date = new Date(`${trimmed}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(trimmed)) return date;
  }
  throw new UserError(
    `since: "${trimmed.slice(0, 40)}" is not a period; give one such as 7d, 24h, 2w or 90m, or a date such as 2024-03-01.`,
  );
}
