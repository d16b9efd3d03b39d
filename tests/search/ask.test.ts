import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine } from "../../src/engine.ts";
import { UserError } from "../../src/reply/errors.ts";
import { candidatesFor } from "../../src/search/ask.ts";
import { buildSearchIndex } from "../../src/search/index.ts";
import { articleOf, corpusDir, corpusOf } from "../helpers.ts";

const engine = createEngine(loadCorpus(new URL("../../corpus", import.meta.url).pathname));

describe("engine.ask on the story", () => {
  it.each([
    ["what did Grossi warn about?", "time is running out for diplomatic efforts"],
    ["what did the IAEA chief warn about?", "time is running out for diplomatic efforts"],
    ["does tehran say its nuclear work is peaceful", "strictly for peaceful purposes"],
  ])("GIVEN %j THEN the first passage answers it", (question, expected) => {
    const reply = engine.ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.text).toContain(expected);
    expect(reply.passages.length).toBeLessThanOrEqual(5);
  });

  it.each([
    "Who won the 2022 World Cup?",
    "What did Joe Biden say about Iran?",
    "What is the capital of France?",
  ])("GIVEN %j, which the story does not answer THEN it says so plainly", (question) => {
    const reply = engine.ask(question);
    expect(reply.answered).toBe(false);
    expect(reply.message).toMatch(/^The story doesn't say/);
  });

  it.each(["", "   ", "?!", "\u200b\u200b"])(
    "GIVEN an empty question %j THEN a UserError asks for one",
    (q) => {
      expect(() => engine.ask(q)).toThrow(UserError);
    },
  );
});

describe("engine.ask on an article of another subject", () => {
  const council = createEngine(
    loadCorpus(
      corpusDir({
        "council.txt":
          "The city council voted to raise bus fares.\nCouncilmember Ana Ruiz opposed the increase, saying riders could not afford it. She proposed a freeze instead.\nThe new fares take effect in March 2026.\n",
      }),
    ),
  );
  it("GIVEN a when-question THEN the dated sentence comes first", () => {
    expect(council.ask("When do the new fares start?").passages[0]?.text).toContain("March 2026");
  });
  it("GIVEN a paraphrase THEN the sentence that says it is found", () => {
    expect(council.ask("why was Ruiz against the fare hike?").passages[0]?.text).toContain(
      "could not afford",
    );
  });
});

describe("candidates in a corpus too large to read whole", () => {
  // 12 articles of 20 sentences: 240 passages, over the 200 read whole.
  const filler = (a: number) =>
    Array.from(
      { length: 20 },
      (_, s) => `Filler article ${a} sentence ${s} mentions orchards number${a}x${s}.`,
    );
  const corpus = corpusOf([
    articleOf(
      "strike",
      "Rail workers walked out on Monday over pay.",
      ...Array.from({ length: 18 }, (_, s) => `Background sentence ${s} about ticket machines number${s}.`),
      "The stoppage is due to last 72 hours.",
    ),
    ...Array.from({ length: 11 }, (_, a) => articleOf(`other-${a}`, ...filler(a))),
  ]);
  const index = buildSearchIndex(corpus);

  it("GIVEN a question whose words stand in one sentence THEN every sentence of that article is a candidate", () => {
    const { candidates } = candidatesFor(index, "how long will the rail walkout go on");
    const ids = new Set(candidates.map((c) => c.passageId));
    const last = corpus.passages.findIndex((p) => p.text.startsWith("The stoppage is due"));
    expect(index.passageCount).toBeGreaterThan(200);
    // It shares no word with the question, yet stands in the article that holds its words.
    expect(ids.has(last)).toBe(true);
    expect(
      corpus.passages.filter((p, i) => ids.has(i) && p.articleId !== corpus.passages[last]?.articleId).length,
    ).toBeLessThan(60);
  });
});

describe("a question none of whose words the corpus writes", () => {
  const chain = createEngine(
    loadCorpus(
      corpusDir({
        "chain.txt":
          "The chemist chain is to close 74 branches by March, blaming a fall in shoppers.\nIts chief executive said the decision was painful.\n",
      }),
    ),
  );
  it("GIVEN 'when will the shops be shut' THEN related words still find the nearest sentence", () => {
    // "shops" and "shut" are in no sentence; "shopper" is related to "shop" in the word table.
    const reply = chain.ask("when will the shops be shut");
    expect(reply.passages[0]?.text).toContain("fall in shoppers");
  });
  it("GIVEN words related to nothing in the corpus THEN there are no passages to offer", () => {
    const reply = chain.ask("qwzx blorft");
    expect(reply.answered).toBe(false);
    expect(reply.passages).toEqual([]);
  });
});
