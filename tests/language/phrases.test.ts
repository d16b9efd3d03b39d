import { describe, expect, it } from "vitest";
import { contentTerms } from "../../src/text/analyze.ts";

describe("phrasal verbs (WordNet's, with the news senses typed in phrases.ts)", () => {
  it("GIVEN a phrasal verb from WordNet THEN it is read as the verb it means", () => {
    expect(contentTerms("the tanker blew up")).toEqual(contentTerms("the tanker exploded"));
    expect(contentTerms("engineers figured out the fault")).toEqual(
      contentTerms("engineers solved the fault"),
    );
    expect(contentTerms("the keys were handed over")).toEqual(contentTerms("the keys were delivered"));
  });

  it("GIVEN a phrase whose news sense is typed THEN that sense wins over WordNet's first", () => {
    // WordNet's first sense of "step down" is "quit"; in news it is resigning.
    expect(contentTerms("she stepped down")).toEqual(contentTerms("she resigned"));
  });

  it("GIVEN a preposition after a verb THEN it is no particle", () => {
    // "go in" is WordNet's "enter", but "in" before a noun is a preposition: no "in" phrases are read.
    expect(contentTerms("the vote will go in march")).not.toContain(contentTerms("enter")[0]);
  });
});
