import { articleSpans } from "../../corpus/article-spans.ts";
import type { Passage } from "../../corpus/types.ts";
import { SPEAKS_FOR_BODY } from "../../language/speech.ts";
import type { Draft } from "../mentions/candidates.ts";
import { addFound, type Found } from "../mentions/scoped-forms.ts";

// "spokesperson", "spokesman", "spokeswoman" of the one list of those who speak for a body.
const ONE = SPEAKS_FOR_BODY.filter((w) => w.startsWith("spokes") && !w.endsWith("people")).join("|");
const SPOKESPERSON = new RegExp(`\\b(?:${ONE})\\b`, "iu");
// "“…,” the spokesperson added.": the one named before, with no body of its own in the sentence.
const THE_SPOKESPERSON = new RegExp(`\\b[Tt]he\\s+(?:${ONE})\\b`, "u");

/**
 * "A spokesperson for the Livestock Traders' Association said… “Every cancelled sale hits
 * transporters…,” the spokesperson said.": "the spokesperson" again is the same one, and the
 * sentence is the body's as the first was. The body is the one body a sentence with a
 * spokesperson named before it in the article (the last such); a sentence naming a body itself
 * is left as it is.
 */
export function addSpokespersonAgain(passages: Passage[], drafts: Draft[], mentioned: Found[][]): void {
  const bodiesIn = (i: number) =>
    [...new Set((mentioned[i] ?? []).map((f) => f.actor))].filter(
      (a) => (drafts[a] as Draft).kind !== "person",
    );
  for (const [start, end] of articleSpans(passages)) {
    let body: number | undefined;
    for (let i = start; i < end; i++) {
      const text = (passages[i] as Passage).text;
      if (!SPOKESPERSON.test(text)) continue;
      const bodies = bodiesIn(i);
      if (bodies.length === 0 && body !== undefined && THE_SPOKESPERSON.test(text))
        addFound(mentioned, i, body, 0);
      else if (bodies.length === 1) body = bodies[0];
      else if (bodies.length > 1) body = undefined;
    }
  }
}
