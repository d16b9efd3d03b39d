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
  it("GIVEN a Markdown list joined into one paragraph THEN each finished item is a sentence of its own, without its marker", () => {
    expect(
      splitSentences(
        "- Container handling has stopped entirely. - Ferry traffic is at a third of capacity. - Grain terminals are unaffected.",
      ),
    ).toEqual([
      "Container handling has stopped entirely.",
      "Ferry traffic is at a third of capacity.",
      "Grain terminals are unaffected.",
    ]);
    // Items that go on one sentence ("He spent it on: - a holiday home, - two cars") stay one.
    expect(splitSentences("- a holiday home in Spain, - two cars, - school fees.")).toEqual([
      "a holiday home in Spain, - two cars, - school fees.",
    ]);
    expect(splitSentences("The fee rose 4.5% - a record - and workers struck.")).toEqual([
      "The fee rose 4.5% - a record - and workers struck.",
    ]);
  });

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
    // "No." is the number sign only before a number (found on a blind article: the answer was joined to the next sentence).
    ["Should I stop? No. Both say keep going.", ["Should I stop?", "No.", "Both say keep going."]],
    ["He lives at No. 10 Downing Street. Rain fell.", ["He lives at No. 10 Downing Street.", "Rain fell."]],
    // A name's suffix ends the sentence before a sentence opener (found by the corpus check on a blind article).
    [
      "The quarry is run by Bracklow Aggregates Ltd. An inspector visited in May.",
      ["The quarry is run by Bracklow Aggregates Ltd.", "An inspector visited in May."],
    ],
    ["Shares in Acme Corp. Holdings rose.", ["Shares in Acme Corp. Holdings rose."]],
    [
      "“We are not through it yet,” he said. Rain fell.",
      ["“We are not through it yet,” he said.", "Rain fell."],
    ],
  ])("GIVEN %j THEN it splits as a reader would", (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  // A capital and a period is an initial only where a name goes on after it.
  it.each([
    "President John F. Kennedy spoke in Dallas.",
    "J. R. R. Tolkien wrote the book.",
    "He met the author J. K. Rowling.",
    "F. Scott Fitzgerald wrote it.",
    "George W. Bush won the vote.",
    "E. B. White wrote it.",
    "Dr. J. Smith spoke.",
    "FBI Director J. Edgar Hoover spoke.",
    "The U.S. Army left the base.",
    "Talks with the U.S. Administration stalled.",
  ])("GIVEN the name in %j THEN it stays one sentence", (text) => {
    expect(splitSentences(text)).toEqual([text]);
  });

  it.each([
    [
      "Any problem in C can be reduced to X. Thus no problem in C is harder than X.",
      ["Any problem in C can be reduced to X.", "Thus no problem in C is harder than X."],
    ],
    ["They met in Building C. The meeting ran late.", ["They met in Building C.", "The meeting ran late."]],
    ["They chose Plan B. Officials said so.", ["They chose Plan B.", "Officials said so."]],
    ["It was made in Building C. Harlowe said so.", ["It was made in Building C.", "Harlowe said so."]],
    ["It is in P. Because the problem is open, no.", ["It is in P.", "Because the problem is open, no."]],
    ["It is hardest in C. (Since many are.)", ["It is hardest in C.", "(Since many are.)"]],
    ["Talks with the U.S. Thus they ended.", ["Talks with the U.S.", "Thus they ended."]],
    ["Talks with the U.S. However, they resumed.", ["Talks with the U.S.", "However, they resumed."]],
    ["He lives in Washington, D.C. The mayor agreed.", ["He lives in Washington, D.C.", "The mayor agreed."]],
  ])("GIVEN the letter ending %j THEN the next sentence starts apart", (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe("splitSentences, bold type", () => {
  it("GIVEN a bold question '**What went wrong?**' THEN one passage, no '**' passage of its own", () => {
    expect(splitSentences("**What went wrong?**")).toEqual(["**What went wrong?**"]);
    expect(splitSentences("**Why stop now? Who decides?**")).toEqual(["**Why stop now?", "Who decides?**"]);
  });
});
