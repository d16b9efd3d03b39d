import type { FeedbackReport } from "../../src/feedback/report.ts";
import { truncate } from "../../src/render/limits.ts";
import { escapeMarkdown } from "../../src/render/markdown.ts";
import { counted } from "../../src/text/plural.ts";
import type { BotMessage } from "./types.ts";

/** Items of each list `/report` shows (the command line shows more). */
export const REPORT_TOP = 5;

/**
 * What of each text is shown, in characters before escaping (escaping at most doubles them): every
 * section keeps its room, so the message stays under Discord's 6,000 characters of embeds without
 * the last sections being dropped.
 */
const SHOWN = { question: 100, note: 100, notes: 2, citations: 4, refused: 90, title: 80 } as const;
/** Per answer with a 👎: 5 × (200 + 480), with the two lists of 1,000 and the rest, stays under 6,000. */
const ANSWER_NAME_MAX = 200;
const ANSWER_VALUE_MAX = 480;
const SECTION_MAX = 1000;

/** User or article text as one escaped line: never a ping, a link, formatting or a control character. */
function line(text: string, max: number): string {
  return escapeMarkdown(truncate(text.replace(/\s+/g, " ").trim(), max));
}

function share(up: number, down: number): string {
  return up + down === 0 ? "no votes" : `${Math.round((up / (up + down)) * 100)}% 👍`;
}

/** Lines joined up to `max` characters; what does not fit is counted instead. */
function joinWithin(lines: string[], max: number, more: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, text] of lines.entries()) {
    const left = lines.length - i - 1 + more;
    const tail = left > 0 ? `\n… and ${left} more` : "";
    if (length + text.length + 1 + tail.length > max) {
      kept.push(`… and ${lines.length - i + more} more`);
      return kept.join("\n");
    }
    kept.push(text);
    length += text.length + 1;
  }
  if (more > 0) kept.push(`… and ${more} more`);
  return kept.join("\n") || "none";
}

/**
 * `/report`: the top of the feedback report (`src/feedback/report.ts`'s shape, the same as
 * `newsdesk report`) as one ephemeral embed — the answers with the most 👎 (question, votes,
 * reasons, notes, citations), the questions the story doesn't cover, and the articles cited with
 * their 👍 / 👎. Every question, note, title and citation is escaped; the note is shown, never run.
 */
export function presentReport(report: FeedbackReport, store: string): BotMessage {
  const { totals } = report;
  const since = report.since.slice(0, 16).replace("T", " ");
  const disliked = report.disliked.slice(0, REPORT_TOP).map((d, i) => {
    const votes = `👎 ${d.down} · 👍 ${d.up}`;
    const reasons = d.reasons.map((r) => `${r.label} ×${r.count}`).join(", ");
    const notes = d.notes.slice(0, SHOWN.notes).map((n) => `> ${line(n, SHOWN.note)}`);
    if (d.notes.length > SHOWN.notes) notes.push(`(${d.notes.length - SHOWN.notes} more notes)`);
    const cited = d.passages.slice(0, SHOWN.citations).map((p) => (p.citation ? line(p.citation, 60) : "—"));
    const value = [
      reasons ? `${votes} · ${escapeMarkdown(reasons)}` : votes,
      ...notes,
      cited.length > 0 ? `cited: ${cited.join(", ")}` : "cited: nothing (the story doesn't say)",
    ].join("\n");
    return {
      name: truncate(`${i + 1}. “${line(d.question, SHOWN.question)}”`, ANSWER_NAME_MAX),
      value: truncate(value, ANSWER_VALUE_MAX),
    };
  });
  const refused = report.refused
    .slice(0, REPORT_TOP)
    .map((r) => `×${r.count} “${line(r.question, SHOWN.refused)}”`);
  const articles = report.articles
    .slice(0, REPORT_TOP)
    .map(
      (a) =>
        `**${line(a.title, SHOWN.title)}**: cited ${a.cited}, 👍 ${a.up} / 👎 ${a.down} (${share(a.up, a.down)})`,
    );
  const moreDisliked = Math.max(0, report.disliked.length - REPORT_TOP) + report.more.disliked;
  return {
    ephemeral: true,
    embeds: [
      {
        title: "Feedback report",
        description: [
          `Since ${since} UTC: **${totals.answers}** ${totals.answers === 1 ? "answer" : "answers"}, 👍 ${totals.up}, 👎 ${totals.down}.`,
          report.disliked.length === 0 ? "\nNo answer has a 👎." : "\n**Answers with the most 👎**",
        ].join("\n"),
        fields: [
          ...disliked,
          ...(moreDisliked > 0
            ? [{ name: "…", value: `and ${counted(moreDisliked, "more answer", "more answers")} with a 👎` }]
            : []),
          {
            name: "Questions the story doesn't cover (refused most often)",
            value: joinWithin(
              refused,
              SECTION_MAX,
              Math.max(0, report.refused.length - REPORT_TOP) + report.more.refused,
            ),
          },
          {
            name: "Articles cited (answers citing each, and their votes)",
            value: joinWithin(
              articles,
              SECTION_MAX,
              Math.max(0, report.articles.length - REPORT_TOP) + report.more.articles,
            ),
          },
        ],
        footer: {
          text: `${store} · corpus ${report.corpusVersion} · the whole report: npm run -s newsdesk -- report`,
        },
      },
    ],
  };
}
