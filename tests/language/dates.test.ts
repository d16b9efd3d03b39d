import { describe, expect, it } from "vitest";
import { findTimes } from "../../src/language/dates.ts";
import { openEngine } from "../../src/open.ts";
import { questionType, sentenceCues } from "../../src/search/features.ts";
import { passageDoc } from "../../src/search/index.ts";
import { corpusDir } from "../helpers.ts";

const SIGNED = "John Hancock signed the charter in 1776.";

describe("one notion of a date", () => {
  it.each([
    ["The charter was signed in 1776.", "date", "1776"],
    ["Talks ran from 2017 to 2021.", "span", "from 2017 to 2021"],
    ["It ran 2017–2021.", "span", "2017–2021"],
    ["It opens on April 7, 2018.", "date", "April 7, 2018"],
    ["A hearing is set for Jan. 5.", "date", "Jan. 5"],
    ["A hearing in May.", "date", "May"],
    ["Talks resume on Tuesday.", "day", "Tuesday"],
    ["The strike lasted two weeks.", "duration", "two weeks"],
    ["Prices rose last year.", "relative", "last year"],
    ["Prices have risen since the vote.", "boundary", "since"],
    ["Decades ago the mill closed.", "era", "Decades"],
    ["Yesterday the mill closed.", "day", "Yesterday"],
    ["Until then, nothing.", "boundary", "Until"],
    ["The bridge reopens on 14 March.", "date", "14 March"],
    ["It was signed on the 3rd of June 2021.", "date", "3rd of June 2021"],
    ["It touched down at 6:42 p.m.", "clock", "6:42 p.m."],
    ["The gate jammed at 11.40pm.", "clock", "11.40pm"],
    ["Doors open at 18:30.", "clock", "18:30"],
    ["The vote is at noon.", "clock", "noon"],
  ])("GIVEN %s THEN a %s: %s", (sentence, kind, text) => {
    expect(findTimes(sentence).map((t) => [t.kind, t.text])).toEqual([[kind, text]]);
  });

  it.each([
    "about 2,300 drivers of Local 1142",
    "A $2000 fine.",
    "It cost £6.40 a month.",
    "A 3:1 vote.",
    "It may rain.",
    "Nobody signed anything.",
  ])("GIVEN %s THEN no time", (sentence) => {
    expect(findTimes(sentence)).toEqual([]);
  });

  it("GIVEN a month and day without a year THEN the article's year places it", () => {
    expect(findTimes("It opens on April 7.", 2025)[0]?.key).toBe(20250407);
    expect(findTimes("It opens on 7 April.", 2025)[0]?.key).toBe(20250407);
    expect(findTimes("It opened on 7th April 2019.")[0]?.key).toBe(20190407);
    expect(findTimes("It opens on April 7.")[0]?.key).toBeUndefined();
  });

  it("GIVEN every date /timeline finds THEN the sentence cues find it too, and the reverse", () => {
    for (const sentence of [SIGNED, "It ran 2017–2021.", "A hearing in May.", "In spring 2019 it began."]) {
      const dated = findTimes(sentence).some((t) => t.calendar);
      expect({ sentence, temporal: sentenceCues(sentence).temporal }).toEqual({ sentence, temporal: dated });
    }
  });

  it("GIVEN the charter signed in 1776 THEN /timeline dates it 1776 and /ask takes it for the answer to when", () => {
    const dir = corpusDir({
      "charter.txt": `The founding charter\n${SIGNED} Critics later said the charter was signed in haste by frightened men.\n`,
    });
    const engine = openEngine(dir, () => {}, { cacheDir: false });
    const event = engine.timeline().passages.find((p) => p.text === SIGNED);
    expect(event?.dates).toEqual(["1776"]);

    const id = engine.corpus.passages.findIndex((p) => p.text === SIGNED);
    const question = "When was the charter signed?";
    const cues = passageDoc(engine.index, id).cues;
    expect(cues.temporal).toBe(true);
    // A when-question and a dated sentence: the ranker's when-features fire for it.
    expect(questionType(question)).toBe("when");

    const reply = engine.ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.passages[0]?.text).toBe(SIGNED);
  });
});
