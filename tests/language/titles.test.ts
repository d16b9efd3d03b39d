import { describe, expect, it } from "vitest";
import { nameWords } from "../../src/actors/directory/names.ts";
import { isTitle, SHORT_TITLES } from "../../src/language/titles.ts";
import { splitSentences } from "../../src/text/sentences.ts";

describe("one list of titles for the splitter and the actors", () => {
  it.each(SHORT_TITLES)("GIVEN %s. before a name THEN one sentence, and a title to the actors", (title) => {
    expect(splitSentences(`The panel heard ${title}. Brennan on Monday. It adjourned.`)).toEqual([
      `The panel heard ${title}. Brennan on Monday.`,
      "It adjourned.",
    ]);
    expect(isTitle(`${title}.`)).toBe(true);
    expect(nameWords(`${title}. Brennan`)).toEqual(["brennan"]);
  });

  it("GIVEN a name abbreviation or a month's THEN the full stop ends no sentence", () => {
    expect(splitSentences("Halvorsen Corp. Chief Executive Douglas Whitcombe resigned.")).toHaveLength(1);
    expect(splitSentences("The vote is set for Jan. 5. Nobody expects a delay.")).toHaveLength(2);
  });
});
