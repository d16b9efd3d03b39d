import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.ts";
import { createEngine } from "../../src/engine.ts";
import { allowedTypos } from "../../src/language/typos.ts";
import { parseQuestion } from "../../src/search/query.ts";
import { corpusOf } from "../helpers.ts";

const article: Article = {
  id: "a",
  file: "a.txt",
  title: "Council meeting",
  paragraphs: [
    "Senator Maria Lund spoke first. Governor Anna Ferro answered her.",
    "Mayor Ilsa Brandt chaired the meeting. Judge Tomas Holloway ruled on the appeal.",
  ],
};
const engine = createEngine(corpusOf([article]));

/** `word` with `slips` of its letters (the 2nd, 4th, …) replaced by "q", "z", …. */
function misspelt(word: string, slips: number): string {
  const letters = [...word];
  for (let k = 0; k < slips; k++) letters[1 + k * 2] = "qzxj"[k] as string;
  return letters.join("");
}

/** Whether `/ask` reads the typed word as the corpus word (through the one typo policy). */
function askReads(typed: string): boolean {
  const question = parseQuestion(engine.index, `what did ${typed} say`);
  const concept = question.concepts.find((c) => c.label === typed);
  return concept !== undefined && !concept.unknown;
}

/** Whether `/who` finds the actor by the typed word. */
const whoFinds = (typed: string, actor: string) => engine.who(typed).actor?.name === actor;

describe("one typo policy for /ask and /who", () => {
  it.each([
    ["lund", "Maria Lund"],
    ["ferro", "Anna Ferro"],
    ["brandt", "Ilsa Brandt"],
    ["holloway", "Tomas Holloway"],
  ])(
    "GIVEN %s (%s) misspelt by 1, 2 and 3 letters THEN /ask and /who forgive the same number of slips",
    (word, actor) => {
      const forgiven = allowedTypos(word);
      for (const slips of [1, 2, 3]) {
        const typed = misspelt(word, slips);
        expect({ typed, ask: askReads(typed) }).toEqual({ typed, ask: slips <= forgiven });
        expect({ typed, who: whoFinds(typed, actor) }).toEqual({ typed, who: slips <= forgiven });
      }
    },
  );

  it("GIVEN word lengths THEN none under 4 letters, one up to 5, two from 6", () => {
    expect([2, 3, 4, 5, 6, 7, 12].map((n) => allowedTypos("x".repeat(n)))).toEqual([0, 0, 1, 1, 2, 2, 2]);
  });
});
