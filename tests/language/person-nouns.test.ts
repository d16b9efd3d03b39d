import { describe, expect, it } from "vitest";
import { isWordNetPersonNoun } from "../../src/language/person-nouns.ts";

describe("WordNet's nouns for people", () => {
  it("GIVEN roles news copy writes before names THEN each is a person noun", () => {
    for (const word of ["umpire", "jockey", "baker", "widow", "judge"])
      expect(isWordNetPersonNoun(word)).toBe(true);
  });

  it("GIVEN a name WordNet lists ('daniel') or a word whose first sense is a thing ('head', 'chair') THEN it is not", () => {
    for (const word of ["daniel", "head", "chair", "council", "Umpire"])
      expect(isWordNetPersonNoun(word)).toBe(false);
  });
});
