import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.ts";

const story = readFileSync(
  new URL("../../corpus/khamenei-rejects-talks-under-pressure.txt", import.meta.url),
  "utf8",
)
  .split("\n")
  .filter((l) => l.trim() && !l.startsWith("Original Source"));

describe("splitSentences", () => {
  it("GIVEN the story THEN each paragraph splits into its sentences, U.S. and U.N. inside them", () => {
    expect(story.map((p) => splitSentences(p).length)).toEqual([2, 3, 3, 2, 3]);
    const all = story.flatMap(splitSentences);
    expect(all).toContain(
      "Khamenei emphasized that for the U.S., talks are merely a means to create new demands beyond the nuclear issue and insisted that Iran would reject such impositions.",
    );
    expect(all.some((s) => s.endsWith("U.S.") || s.endsWith("U.N."))).toBe(false);
  });

  it("GIVEN any paragraph THEN every sentence is a verbatim slice of it", () => {
    for (const paragraph of story) for (const s of splitSentences(paragraph)) expect(paragraph).toContain(s);
  });

  it.each([
    ["Gov. Brennan spoke. He left.", ["Gov. Brennan spoke.", "He left."]],
    [
      "It cited the U.S. Department of Transportation. Officials agreed.",
      ["It cited the U.S. Department of Transportation.", "Officials agreed."],
    ],
    ["Talks with the U.S. He refused them.", ["Talks with the U.S.", "He refused them."]],
    [
      "“We are not through it yet,” he said. Rain fell.",
      ["“We are not through it yet,” he said.", "Rain fell."],
    ],
  ])("GIVEN %j THEN it splits as a reader would", (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});
