import { describe, expect, it } from "vitest";
import { writtenOut } from "../../src/language/question-form.ts";

describe("a question's form", () => {
  it("GIVEN a question capitalised and ending in a question mark THEN it is written out", () => {
    expect(writtenOut("Which bacterium is responsible for most cases of tuberculosis?")).toBe(true);
    expect(writtenOut("  What did the council decide?  ")).toBe(true);
  });

  it("GIVEN chat: lower case, no question mark, or shorthand THEN it is not", () => {
    expect(writtenOut("which bacterium causes tb?")).toBe(false);
    expect(writtenOut("What did the council decide")).toBe(false);
    expect(writtenOut("Why did the govt back down?")).toBe(false);
    expect(writtenOut("How many ppl were hurt?")).toBe(false);
    expect(writtenOut("Wat happened at the pool?")).toBe(false);
  });

  it("GIVEN a word that only contains shorthand ('government', 'rule', 'umbrella') THEN it is still written out", () => {
    expect(writtenOut("Why did the government rule out an umbrella deal?")).toBe(true);
  });
});
