import { articleSpans } from "../../corpus/article-spans.ts";
import type { Passage } from "../../corpus/types.ts";
import type { Draft } from "../mentions/candidates.ts";
import { addFound, type Found } from "../mentions/scoped-forms.ts";

// "Q: …" / "A: …" paragraphs, as interviews are printed ("**Q:**" in Markdown, "Q." in some papers).
const QUESTION = /^(?:\*\*)?Q(?:\*\*)?[:.](?:\*\*)?\s/u;
const ANSWER = /^(?:\*\*)?A(?:\*\*)?[:.](?:\*\*)?\s/u;

/**
 * In an interview printed as questions and answers, every sentence of an answer is the
 * interviewee's, who speaks in the first person and is named only in the introduction: the person
 * the paragraphs before the first question name most (the first of them on a tie). Such a sentence
 * is linked to the interviewee; a person its own pronoun pointed to ("she knows that") stays named
 * by it.
 */
export function linkInterviewAnswers(
  passages: Passage[],
  drafts: Draft[],
  mentioned: Found[][],
  linked: Array<number | undefined>,
): void {
  for (const [start, end] of articleSpans(passages)) {
    const opens = (i: number, pattern: RegExp) =>
      passages[i]?.sentence === 1 && pattern.test(passages[i]?.text ?? "");
    let firstQuestion = -1;
    let questions = 0;
    let answers = 0;
    for (let i = start; i < end; i++) {
      if (opens(i, QUESTION)) {
        questions++;
        if (firstQuestion < 0) firstQuestion = i;
      } else if (opens(i, ANSWER)) answers++;
    }
    if (questions < 2 || answers < 2) continue;
    const interviewee = mostNamedPerson(start, firstQuestion, drafts, mentioned, linked);
    if (interviewee === undefined) continue;
    let inAnswer = false;
    for (let i = firstQuestion; i < end; i++) {
      const passage = passages[i] as Passage;
      if (passage.sentence === 1) inAnswer = ANSWER.test(passage.text);
      if (!inAnswer) continue;
      const other = linked[i];
      if (other !== undefined && other !== interviewee) addFound(mentioned, i, other, 0);
      linked[i] = interviewee;
    }
  }
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
