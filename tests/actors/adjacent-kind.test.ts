import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine.ts";
import { articleOf, corpusOf } from "../helpers.ts";

/**
 * What a body is, from the noun the next sentences call it ("The agency said…"), when its name
 * says nothing of its kind; and a pronoun in or after an unnamed source's sentence is the
 * source's, not the person named before.
 */
const engine = createEngine(
  corpusOf([
    articleOf(
      "fares",
      "Bramford Regional Transit (BRT) will raise bus fares by 12 per cent in January.",
      "Without new revenue, the agency would have to cut routes, its finance chief said.",
      "Riders say the agency has not done enough to cut costs.",
    ),
    articleOf(
      "water",
      "The Office of Water Regulation (OWR) has opened an investigation into spills.",
      "The company said its readings were complex.",
    ),
    articleOf(
      "rugby",
      "Hana Kobayashi said the squad was united.",
      "One senior player, who asked not to be named because she was still in the squad, said the mood was awful.",
      "She said several players had been advised not to comment.",
    ),
  ]),
);

const quoted = (name: string) => engine.who(name).passages.map((p) => p.text);

describe("a body's kind from the noun the next sentences call it", () => {
  it("gives 'the agency' to the one body named just before, whose name says no kind", () => {
    expect(quoted("brt")).toEqual([
      "Bramford Regional Transit (BRT) will raise bus fares by 12 per cent in January.",
      "Without new revenue, the agency would have to cut routes, its finance chief said.",
      "Riders say the agency has not done enough to cut costs.",
    ]);
  });

  it("does not make an office a company", () => {
    expect(quoted("owr")).toEqual([
      "The Office of Water Regulation (OWR) has opened an investigation into spills.",
    ]);
  });
});

describe("pronouns of an unnamed source", () => {
  it("are not the person named before the source", () => {
    expect(quoted("hana kobayashi")).toEqual(["Hana Kobayashi said the squad was united."]);
  });
});

describe("a body's spokesperson written with the body's kind", () => {
  const league = createEngine(
    corpusOf([
      articleOf(
        "match",
        "The Eastern League will review the incident, and Wenlow Athletic apologised.",
        "A league spokesman, Martin Ebdon, said Wenlow could face a fine.",
        "The club official who spoke to reporters declined to give his name.",
      ),
    ]),
  );
  it("gives 'a league spokesman' sentence to the one league of the article, and to its speaker", () => {
    expect(league.who("eastern league").passages.map((p) => p.text)).toEqual([
      "The Eastern League will review the incident, and Wenlow Athletic apologised.",
      "A league spokesman, Martin Ebdon, said Wenlow could face a fine.",
    ]);
    expect(league.who("ebdon").answered).toBe(true);
  });
});
