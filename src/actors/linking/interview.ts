import { articleSpans, paragraphSpans } from "../../corpus/article-spans.ts";
import type { Passage } from "../../corpus/types.ts";
import type { Draft } from "../mentions/candidates.ts";
import { addFound, type Found } from "../mentions/scoped-forms.ts";
import { addressesSomeone } from "./pronouns.ts";

// An interviewer's question as interviews are printed: "Q: …" ("**Q:**" in Markdown, "Q." in some
// papers), or a paragraph set in bold.
const Q_MARK = /^(?:\*\*)?Q(?:\*\*)?[:.](?:\*\*)?\s/u;
const A_MARK = /^(?:\*\*)?A(?:\*\*)?[:.](?:\*\*)?\s/u;

/** A paragraph of an article: its passages [from, to). */
type Paragraph = [from: number, to: number];

/**
 * In an interview printed as questions and answers, every sentence of an answer is the
 * interviewee's, who speaks in the first person and is named only in the introduction: the person
 * the paragraphs before the first question name most (the first of them on a tie). An answer is
 * every paragraph between one question and the next; after the last question, only the paragraph
 * that follows it (interviews end with a paragraph of the writer's). Such a sentence is linked to
 * the interviewee; a person its own pronoun pointed to ("she knows that") stays named by it. So is
 * a question's sentence that speaks to someone ("Why have you decided to go now?", "Your father was
 * a fisherman."): it asks the interviewee about themselves.
 */
export function linkInterviewAnswers(
  passages: Passage[],
  drafts: Draft[],
  mentioned: Found[][],
  linked: Array<number | undefined>,
): void {
  for (const [start, end] of articleSpans(passages)) {
    // Most articles are no interview: one look for a mark or bold type first.
    let marked = false;
    for (let i = start; i < end && !marked; i++) {
      const text = (passages[i] as Passage).text;
      marked = text.startsWith("Q") || text.startsWith("**");
    }
    if (!marked) continue;
    const paragraphs = [...paragraphSpans(passages, start, end)];
    const questions = paragraphs.flatMap((p, k) => (isQuestion(passages, p) ? [k] : []));
    // An interview's questions mostly ask; a news story's bold subheadings mostly do not ("**What
    // went wrong?**" and "**A faint signal**" over a satellite story are no interview).
    const asks = questions.filter((k) => {
      const [from, to] = paragraphs[k] as Paragraph;
      return passages.slice(from, to).some((s) => s.text.includes("?") || Q_MARK.test(s.text));
    }).length;
    if (questions.length < 2 || asks < 2 || asks * 2 < questions.length) continue;
    const first = (paragraphs[questions[0] as number] as Paragraph)[0];
    const interviewee = mostNamedPerson(start, first, drafts, mentioned, linked);
    if (interviewee === undefined) continue;
    const link = (i: number) => {
      const other = linked[i];
      if (other !== undefined && other !== interviewee) addFound(mentioned, i, other, 0);
      linked[i] = interviewee;
    };
    questions.forEach((q, n) => {
      const [asked, askedEnd] = paragraphs[q] as Paragraph;
      for (let i = asked; i < askedEnd; i++) if (addressesSomeone((passages[i] as Passage).text)) link(i);
      const next = questions[n + 1] ?? Math.min(q + 2, paragraphs.length);
      for (let k = q + 1; k < next; k++) {
        const [from, to] = paragraphs[k] as Paragraph;
        for (let i = from; i < to; i++) link(i);
      }
    });
  }
}

/** "Q: …", or a paragraph in bold from its first word to its last ("**Why stop now?**"). */
function isQuestion(passages: Passage[], [from, to]: Paragraph): boolean {
  const first = (passages[from] as Passage).text;
  if (Q_MARK.test(first)) return true;
  if (A_MARK.test(first)) return false;
  return first.startsWith("**") && (passages[to - 1] as Passage).text.trimEnd().endsWith("**");
}

function mostNamedPerson(
  from: number,
  to: number,
  drafts: Draft[],
  mentioned: Found[][],
  linked: Array<number | undefined>,
): number | undefined {
  const counts = new Map<number, number>();
  const count = (actor: number) => {
    if (drafts[actor]?.kind === "person") counts.set(actor, (counts.get(actor) ?? 0) + 1);
  };
  for (let i = from; i < to; i++) {
    for (const f of mentioned[i] ?? []) count(f.actor);
    const via = linked[i];
    if (via !== undefined) count(via);
  }
  let best: number | undefined;
  for (const [actor, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = actor;
  return best;
}
