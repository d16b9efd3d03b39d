import { describe, expect, it } from "vitest";
import { type AssocExample, learnAssociations } from "../../scripts/associations.ts";
import { candidatesFor } from "../../src/search/ask.ts";
import { associationRecord, associationTable } from "../../src/search/associations.ts";
import { buildSearchIndex } from "../../src/search/index.ts";
import { FEATURE_NAMES } from "../../src/search/rank-features.ts";
import { defaultRanker } from "../../src/search/ranker.ts";
import { articleOf, corpusOf } from "../helpers.ts";

/** A question asking "ceo" whose answering sentence says "chief executive", in `article` of `corpus`. */
const ceoExample = (corpus: string, article: string): AssocExample => ({
  corpus,
  rates: new Map(),
  question: ["ceo"],
  gold: [{ article: `${corpus}#${article}`, stems: new Set(["chief", "executiv", "name", article]) }],
});

describe("learnt word associations", () => {
  it("GIVEN a question word whose answers use another word in three articles of two corpora THEN the pair is learnt", () => {
    const table = learnAssociations([ceoExample("a", "1"), ceoExample("a", "2"), ceoExample("b", "3")]);
    expect(table.get("ceo")?.get("executiv")).toBeGreaterThan(0.5);
    // A word of one article only ("1") is no association of the question's word.
    expect(table.get("ceo")?.has("1")).toBe(false);
  });

  it("GIVEN the pair in one corpus only, however many of its articles THEN nothing is learnt", () => {
    const table = learnAssociations([ceoExample("a", "1"), ceoExample("a", "2"), ceoExample("a", "3")]);
    expect(table.get("ceo")).toBeUndefined();
  });

  it("GIVEN a table THEN its JSON form gives the same table back, in the same order whatever the order learnt", () => {
    const table = new Map([
      ["shut", new Map([["close", 2.73]])],
      [
        "ceo",
        new Map([
          ["executiv", 2.75],
          ["chief", 2.61],
        ]),
      ],
    ]);
    const record = associationRecord(table);
    expect(JSON.stringify(record)).toBe('{"ceo":{"chief":2.61,"executiv":2.75},"shut":{"close":2.73}}');
    expect(associationRecord(associationTable(record))).toEqual(record);
  });

  it("GIVEN the shipped ranker THEN it carries the table it was fitted with, everyday pairs in it", () => {
    expect(defaultRanker().associations.get("ceo")?.has("executiv")).toBe(true);
  });

  it("GIVEN 'who is the ceo' and a sentence naming the chief executive THEN only with the table do the association features see it", () => {
    const corpus = corpusOf([
      articleOf(
        "firm",
        "Corvane named Helena Strand as its chief executive on Monday.",
        "Corvane makes parcel lockers.",
      ),
    ]);
    const index = buildSearchIndex(corpus);
    const text = (id: number) => corpus.passages[id]?.text ?? "";
    const at = FEATURE_NAMES.indexOf("associatedCoverage");
    const named = (table: Parameters<typeof candidatesFor>[3]) =>
      candidatesFor(index, "who is corvane's ceo", text, table).candidates.find((c) => c.passageId === 0);
    expect(named(undefined)?.features[at]).toBe(0);
    expect(named(associationTable({ ceo: { executiv: 2 } }))?.features[at]).toBeGreaterThan(0);
  });
});
