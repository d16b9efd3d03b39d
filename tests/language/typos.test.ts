import { describe, expect, it } from "vitest";
import { fixQuestionWord, stopwordTypo, typoDistance } from "../../src/language/typos.ts";

describe("typos", () => {
  it.each([
    ["what", "waht", 1],
    ["chair", "chiar", 1],
    ["nuclear", "nucelar", 1],
    ["grossi", "grosi", 1],
    ["kitten", "sitting", 3],
  ])("GIVEN %s and %s THEN the distance is %i (a swap is one slip)", (a, b, d) => {
    expect(typoDistance(a, b, 3)).toBe(d);
  });

  it.each([
    ["wen", "when"],
    ["goign", "going"],
    ["want", undefined],
    ["iran", undefined],
  ])("GIVEN %s THEN it is a slip for the stop word %s", (word, stop) => {
    expect(stopwordTypo(word)).toBe(stop);
  });

  it("GIVEN a misspelt question word THEN it is put right, and nothing else is", () => {
    expect(fixQuestionWord("wen did it start")).toBe("when did it start");
    expect(fixQuestionWord("Iran talks")).toBe("Iran talks");
  });
});
