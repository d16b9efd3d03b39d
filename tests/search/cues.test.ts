import { describe, expect, it } from "vitest";
import { cuesFromBits, sentenceCueBits, sentenceCues } from "../../src/search/features.ts";

describe("a sentence's cue for 'how old'", () => {
  it.each([
    "Aldous, 56, who has led the school since 2015, said he had been unaware.",
    "She was 83 and had been in poor health since a fall last spring.",
    '"People forget he\'s 22 and has just moved countries."',
    "We spoke to her at the club where she first picked up a racket, aged six.",
    "The 44-year-old joined Rovers from a Dutch club in 2021.",
  ])("GIVEN %s THEN it states an age", (sentence) => {
    expect(sentenceCues(sentence).age).toBe(true);
  });

  it.each([
    "The vote was 31 to 26, with two abstentions.",
    "Turnover was 12 per cent higher than last year.",
    "Vukasin has 28 days to appeal against the decision.",
  ])("GIVEN %s THEN it states no age", (sentence) => {
    expect(sentenceCues(sentence).age).toBe(false);
  });

  it("GIVEN the cues stored as bits THEN the age cue comes back with the others", () => {
    const sentence = "Aldous, 56, said on Tuesday that the school had acted because of the marks.";
    expect(cuesFromBits(sentenceCueBits(sentence))).toEqual(sentenceCues(sentence));
  });
});
