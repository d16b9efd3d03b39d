import { describe, expect, it } from "vitest";
import { candidatesFor } from "../../src/search/ask.ts";
import { buildSearchIndex } from "../../src/search/index.ts";
import { ANSWER_FEATURE_NAMES, answerFeatures } from "../../src/search/rank-features.ts";
import { articleOf, corpusOf } from "../helpers.ts";

/**
 * The refusal model reads whether the best sentence states what the question asks for (a time, a
 * figure, a name) beyond what the question already holds: "what time on saturday night…" is not
 * answered by a sentence whose only time is the question's own "Saturday night".
 */
/** The refusal model's features with the first sentence as the best one, whatever the ranker would say. */
const answerOf = (question: string, ...sentences: string[]) => {
  const corpus = corpusOf([articleOf("a", ...sentences)]);
  const index = buildSearchIndex(corpus);
  const text = (id: number) => corpus.passages[id]?.text ?? "";
  const { context, candidates } = candidatesFor(index, question, text, undefined);
  if (!context) throw new Error("no context");
  const first = candidates.filter((c) => c.passageId === 0).map((c) => ({ ...c, score: 1 }));
  const f = answerFeatures(context, first);
  return (name: string) => f[ANSWER_FEATURE_NAMES.indexOf(name)];
};

const slotOf = (question: string, ...sentences: string[]) => {
  const at = answerOf(question, ...sentences);
  return { asked: at("slotAsked"), unfilled: at("slotUnfilled") };
};

/** The kind of figure the question asks for (money, a share, a count of its noun…) and whether the first sentence states one. */
const kindOf = (question: string, ...sentences: string[]) => {
  const at = answerOf(question, ...sentences);
  return { kind: at("slotKind"), unfilled: at("slotKindUnfilled") };
};

describe("the slot a question asks for, in the refusal model", () => {
  it("GIVEN 'what time on saturday night did the gate jam' THEN a sentence with no other time leaves it unfilled, one that also says Monday fills it", () => {
    const q = "what time on saturday night did the steel gate jam";
    expect(slotOf(q, "On Saturday night the steel gate jammed shut.")).toEqual({ asked: 1, unfilled: 1 });
    expect(slotOf(q, "The steel gate jammed on Saturday night and again on Monday.")).toEqual({
      asked: 1,
      unfilled: 0,
    });
  });

  it("GIVEN 'how many ppl lost power' THEN a figure fills it, a date does not", () => {
    const q = "how many ppl lost power in the storm";
    expect(slotOf(q, "About 3,100 homes lost power in the storm.")).toEqual({ asked: 1, unfilled: 0 });
    expect(slotOf(q, "Homes lost power in the storm on March 14, 2024.")).toEqual({ asked: 1, unfilled: 1 });
  });

  it("GIVEN 'who runs the bakery' THEN a new name fills it; GIVEN 'why' THEN no slot is asked", () => {
    expect(slotOf("who runs the bakery", "The bakery is run by Farhad Rahimi.")).toEqual({
      asked: 1,
      unfilled: 0,
    });
    expect(slotOf("who runs the bakery", "The bakery opens at seven every morning.")).toEqual({
      asked: 1,
      unfilled: 1,
    });
    expect(slotOf("why did the bakery close", "The bakery closed because rents rose.")).toEqual({
      asked: 0,
      unfilled: 0,
    });
  });

  it("GIVEN 'how much does a tram ticket cost' THEN a sum of money fills it, a count of something else does not", () => {
    const q = "how much does a tram ticket cost in harwick";
    const money = kindOf(q, "A single tram ticket in Harwick costs £2.40.");
    expect(money.unfilled).toBe(0);
    expect(money.kind).toBeGreaterThan(0);
    expect(kindOf(q, "Harwick's trams carried 40,000 people on ticket days.").unfilled).toBe(1);
  });

  it("GIVEN 'what percentage of voters turned out' THEN a share fills it, a bare count does not", () => {
    const q = "what percentage of voters turned out in valmora";
    expect(kindOf(q, "Turnout in Valmora was 64% of registered voters.").unfilled).toBe(0);
    expect(kindOf(q, "In Valmora 12,000 voters turned out.").unfilled).toBe(1);
  });

  it("GIVEN 'how many nurses does the trust employ' THEN a number before nurses fills it, one before beds does not", () => {
    const q = "how many nurses does the redmere trust employ";
    expect(kindOf(q, "The Redmere trust employs 340 nurses across both sites.").unfilled).toBe(0);
    expect(kindOf(q, "The Redmere trust runs 1,150 beds and is short of nurses.").unfilled).toBe(1);
  });

  it("GIVEN 'why did the bakery close' THEN no kind of figure is asked", () => {
    expect(kindOf("why did the bakery close", "The bakery closed because rents rose.")).toEqual({
      kind: 0,
      unfilled: 0,
    });
  });
});

describe("the question's form, in the refusal model", () => {
  it("GIVEN a written-out question and the same in chat THEN only the first is read as written out", () => {
    const sentence = "The bacterium responsible, Mycobacterium tuberculosis, is a small organism.";
    expect(answerOf("Which bacterium is responsible for tuberculosis?", sentence)("wellFormed")).toBe(1);
    expect(answerOf("which bacterium causes tb", sentence)("wellFormed")).toBe(0);
    expect(answerOf("which bacterium causes tb", sentence)("contentWords")).toBeGreaterThan(0);
  });
});
