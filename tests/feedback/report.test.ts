import { describe, expect, it } from "vitest";
import { corpusVersion } from "../../src/corpus/version.ts";
import { parseSince, shapeReport } from "../../src/feedback/report.ts";
import type { ReportData } from "../../src/feedback/store.ts";
import { UserError } from "../../src/reply/errors.ts";
import { corpusOf } from "../helpers.ts";

const corpus = corpusOf([
  {
    id: "budget",
    file: "budget.txt",
    title: "Budget passes",
    paragraphs: ["The council approved the budget. It passed 7-2."],
  },
  { id: "transit", file: "transit.txt", title: "Transit plan", paragraphs: ["The bus plan was delayed."] },
]);
const version = corpusVersion(corpus);

function data(over: Partial<ReportData> = {}): ReportData {
  return {
    since: new Date("2024-03-01T00:00:00Z"),
    disliked: [],
    refused: [],
    cited: [],
    answers: [],
    totals: { answers: 0, up: 0, down: 0 },
    ...over,
  };
}

describe("shapeReport", () => {
  it("GIVEN answers citing two articles THEN each article counts an answer once, with its votes, and other versions apart", () => {
    const report = shapeReport(
      data({
        answers: [
          { passageIds: [0, 1], corpusVersion: version, up: 2, down: 1 }, // two sentences of one article: one answer
          { passageIds: [1, 2], corpusVersion: version, up: 0, down: 1 },
          { passageIds: [0], corpusVersion: "older", up: 5, down: 5 },
        ],
      }),
      corpus,
    );
    expect(report.articles).toEqual([
      { articleId: "budget", title: "Budget passes", cited: 2, up: 2, down: 2, upShare: 0.5 },
      { articleId: "transit", title: "Transit plan", cited: 1, up: 0, down: 1, upShare: 0 },
    ]);
    expect(report.otherVersions).toBe(1);
  });

  it("GIVEN more than the top THEN the top is kept, in order, and the rest counted; passages of another version are not looked up", () => {
    const disliked = Array.from({ length: 12 }, (_, i) => ({
      interactionId: String(i),
      question: `q${i}`,
      passageIds: [2],
      corpusVersion: i === 0 ? "older" : version,
      up: 0,
      down: 12 - i,
      reasons: ["wrong-passage" as const, "other" as const, "other" as const],
      notes: [],
    }));
    const report = shapeReport(data({ disliked }), corpus, { top: 3 });
    expect(report.disliked.map((d) => d.interactionId)).toEqual(["0", "1", "2"]);
    expect(report.more.disliked).toBe(9);
    expect(report.disliked[0]?.passages).toEqual([{ passageId: 2, citation: null, text: null }]);
    expect(report.disliked[1]?.passages).toEqual([
      { passageId: 2, citation: corpus.passages[2]?.citation, text: "The bus plan was delayed." },
    ]);
    expect(report.disliked[1]?.reasons).toEqual([
      { reason: "other", label: "Something else", count: 2 },
      { reason: "wrong-passage", label: "The wrong passage", count: 1 },
    ]);
  });
});

describe("parseSince", () => {
  const now = new Date("2024-03-10T12:00:00Z");
  it.each([
    ["7d", "2024-03-03T12:00:00.000Z"],
    ["24h", "2024-03-09T12:00:00.000Z"],
    ["2w", "2024-02-25T12:00:00.000Z"],
    ["90m", "2024-03-10T10:30:00.000Z"],
    [" 30D ", "2024-02-09T12:00:00.000Z"],
    ["2024-03-01", "2024-03-01T00:00:00.000Z"],
  ])("GIVEN %j THEN %s", (text, iso) => {
    expect(parseSince(text, now).toISOString()).toBe(iso);
  });

  it.each(["soon", "7", "-7d", "7y", "2024-02-30", ""])(
    "GIVEN %j THEN a UserError saying what is accepted",
    (text) => {
      expect(() => parseSince(text, now)).toThrow(UserError);
      expect(() => parseSince(text, now)).toThrow(
        /give one such as 7d, 24h, 2w or 90m, or a date such as 2024-03-01/,
      );
    },
  );
});
