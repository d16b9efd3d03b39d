/**
 * The feedback commands of the `newsdesk` command line, over the store the configuration names
 * (SQLite in DATA_DIR, or PostgreSQL with DATABASE_URL):
 * - `report [--since 7d] [--json]`: the answers with the most 👎, the questions refused most often
 *   and per article how often it was cited and its 👍/👎 (`src/feedback/report.ts` shapes it);
 * - `feedback forget --user <discord id>`: deletes one user's answers and votes;
 * - `feedback export [--since 30d] [--out FILE]`: the 👎 questions as JSON lines in the shape of the
 *   question sets of `tests/eval/` (`gold` empty, to be labelled).
 */
import { writeFileSync } from "node:fs";
import type { Config } from "../config.ts";
import type { Corpus } from "../corpus/types.ts";
import { type FeedbackReport, parseSince, shapeReport } from "../feedback/report.ts";
import type { DislikedAnswer } from "../feedback/store.ts";
import { REASON_LABELS } from "../feedback/store.ts";
import { toJson } from "../render/json.ts";
import { terminalSafe } from "../render/terminal.ts";
import { UserError } from "../reply/errors.ts";
import type { OpenedStore } from "../store/open-store.ts";
import { counted } from "../text/plural.ts";

export const REPORT_SINCE = "7d";
export const EXPORT_SINCE = "30d";

type Write = (text: string) => void;

/** Opens the store the configuration names for `work`, then closes it. */
async function withStore<T>(config: Config, work: (opened: OpenedStore) => Promise<T>): Promise<T> {
  // Loaded here, not with the command line: `ask`, `who` and the rest never load a database driver.
  const { openStore, storeConfigOf } = await import("../store/open-store.ts");
  const opened = await openStore(storeConfigOf(config));
  try {
    return await work(opened);
  } finally {
    await opened.close();
  }
}

function percent(share: number | null): string {
  return share === null ? "no votes" : `${Math.round(share * 100)}% 👍`;
}

/** The report as text for a terminal; everything from users or articles made terminal-safe. */
export function renderReportText(report: FeedbackReport, store: string): string {
  const t = (text: string) => terminalSafe(text);
  const { totals } = report;
  const since = `${report.since.slice(0, 10)} ${report.since.slice(11, 16)} UTC`;
  const lines = [
    `Feedback since ${since} (${store}): ${counted(totals.answers, "answer")}, 👍 ${totals.up}, 👎 ${totals.down}`,
    "",
    "Answers with the most 👎",
  ];
  if (report.disliked.length === 0) lines.push("  none");
  report.disliked.forEach((d, i) => {
    lines.push(
      `${String(i + 1).padStart(3)}. “${t(d.question)}”  👎 ${d.down} 👍 ${d.up}  (${d.interactionId})`,
    );
    if (d.reasons.length > 0)
      lines.push(`     reasons: ${d.reasons.map((r) => `${r.label} ×${r.count}`).join(", ")}`);
    for (const note of d.notes) lines.push(`     note: “${t(note)}”`);
    if (d.passages.length === 0) lines.push("     cited: nothing");
    for (const p of d.passages) {
      lines.push(
        p.citation === null
          ? `     cited: passage ${p.passageId} of another version of the corpus`
          : `     cited: ${t(p.citation)} “${t(p.text ?? "")}”`,
      );
    }
  });
  if (report.more.disliked > 0) lines.push(`     … and ${report.more.disliked} more`);

  lines.push("", "Questions refused most often (what the story doesn't cover)");
  if (report.refused.length === 0) lines.push("  none");
  report.refused.forEach((r, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ×${r.count}  “${t(r.question)}”`);
  });
  if (report.more.refused > 0) lines.push(`     … and ${report.more.refused} more`);

  lines.push("", "Articles cited (answers citing it, and the votes on them)");
  if (report.articles.length === 0) lines.push("  none");
  for (const a of report.articles) {
    lines.push(
      `  ${t(a.articleId)} — ${t(a.title)}: cited ${a.cited}, 👍 ${a.up} / 👎 ${a.down} (${percent(a.upShare)})`,
    );
  }
  if (report.more.articles > 0) lines.push(`  … and ${report.more.articles} more`);
  if (report.otherVersions > 0) {
    lines.push(
      `  ${counted(report.otherVersions, "answer")} cited an earlier version of the corpus: not counted per article`,
    );
  }
  return lines.join("\n");
}

/** `newsdesk report`: returns the exit code. */
export async function runReport(
  corpus: Corpus,
  config: Config,
  options: { since?: string | undefined; json?: boolean | undefined },
  write: Write,
): Promise<number> {
  const since = parseSince(options.since ?? REPORT_SINCE, new Date());
  await withStore(config, async ({ store }) => {
    const report = shapeReport(await store.report(since), corpus);
    write(options.json ? toJson({ store: store.kind, ...report }, 2) : renderReportText(report, store.kind));
  });
  return 0;
}

/** A Discord user id, as Discord writes it. */
const SNOWFLAKE = /^\d{17,20}$/;

/** `newsdesk feedback forget --user <id>`: deletes that user's rows and says how many. */
export async function runForget(config: Config, userId: string | undefined, write: Write): Promise<number> {
  if (userId === undefined || !SNOWFLAKE.test(userId.trim())) {
    throw new UserError("feedback forget: give the user's Discord id (17 to 20 digits) with --user <id>.");
  }
  await withStore(config, async ({ store, hashUser }) => {
    const deleted = await store.forgetUser(hashUser(userId.trim()));
    write(`Deleted ${counted(deleted, "row")} (answers and votes) of that user.`);
  });
  return 0;
}

/** One line of the export: a question set's line (`tests/eval/*.jsonl`), gold to be filled in. */
export function exportLine(d: DislikedAnswer) {
  return {
    id: `feedback-${d.interactionId}`,
    command: "ask" as const,
    query: d.question,
    // A guess for the labeller: 👎 "the story doesn't say it" says the question has no answer.
    answerable: d.reason !== "story-doesnt-say",
    gold: [] as string[],
    feedback: {
      command: d.command,
      answered: d.answered,
      at: d.at.toISOString(),
      down: d.down,
      ...(d.reason ? { reason: d.reason, reasonLabel: REASON_LABELS[d.reason] } : {}),
      ...(d.note !== undefined ? { note: d.note } : {}),
    },
  };
}

/** `newsdesk feedback export`: the 👎 questions as JSON lines, to a file or standard output. */
export async function runExport(
  config: Config,
  options: { since?: string | undefined; out?: string | undefined },
  write: Write,
  tell: Write,
): Promise<number> {
  const since = parseSince(options.since ?? EXPORT_SINCE, new Date());
  await withStore(config, async ({ store }) => {
    const rows = await store.disliked(since);
    const text = rows.map((d) => toJson(exportLine(d))).join("\n");
    if (options.out) {
      writeFileSync(options.out, rows.length > 0 ? `${text}\n` : "");
      tell(`Wrote ${counted(rows.length, "question")} to ${terminalSafe(options.out)}.`);
    } else if (rows.length > 0) {
      write(text);
    }
  });
  return 0;
}

export const FEEDBACK_USAGE = [
  "usage: newsdesk feedback forget --user <discord id>",
  "       newsdesk feedback export [--since 30d] [--out FILE]",
].join("\n");
