import { describe, expect, it } from "vitest";
import { topicTerms } from "../../src/actors/facts/positions.ts";
import type { Article } from "../../src/corpus/types.ts";
import { createEngine } from "../../src/engine.ts";
import { synonymStems, topicNeighbourStems } from "../../src/language/synonyms.ts";
import { parseQuestion } from "../../src/search/query.ts";
import { contentTerms } from "../../src/text/analyze.ts";
import { corpusOf } from "../helpers.ts";

// Every word of the negotiations group is in the corpus, so that /ask keeps every synonym it finds.
const article: Article = {
  id: "a",
  file: "a.txt",
  title: "Talks at the depot",
  paragraphs: [
    "Senator Maria Lund said she favours dialogue with the union.",
    "The talks resumed on Monday. Negotiations had stalled in May.",
    "Discussions covered pay. Diplomacy failed twice. Workers would not bargain again.",
    "Governor Anna Ferro insisted that any deal must be fair.",
  ],
};
const engine = createEngine(corpusOf([article]));
const [stem = ""] = contentTerms("negotiations");

describe("one synonym policy for /ask and /positions", () => {
  it("GIVEN negotiations THEN its synonyms are one hop through the groups", () => {
    expect(stem).toBe("negoti");
    expect([...synonymStems(stem)].sort()).toEqual(["bargain", "dialogu", "diplomaci", "discuss", "talk"]);
  });

  it("GIVEN negotiations THEN /ask and /positions widen it to the same synonyms through synonymStems", () => {
    const synonyms = new Set([stem, ...synonymStems(stem)]);
    const concept = parseQuestion(engine.index, "What about the negotiations?").concepts.find(
      (c) => c.label === "negotiations",
    );
    expect(new Set(concept?.expansions.keys())).toEqual(synonyms);
    const topic = topicTerms("negotiations");
    for (const s of synonyms) expect(topic).toContain(s);
    // Beyond those, /positions adds only what the topic is about (a deal) and the synonyms of that.
    const about = new Set(
      [...synonyms].flatMap((s) => [...topicNeighbourStems(s)].flatMap((n) => [n, ...synonymStems(n)])),
    );
    for (const t of topic) if (!synonyms.has(t)) expect(about).toContain(t);
    expect(topic.size).toBe(16);
  });

  it("GIVEN the topic negotiations THEN /positions quotes a stance put only in a synonym's words", () => {
    const reply = engine.positions("negotiations");
    expect(reply.passages.map((p) => p.text)).toContain(
      "Senator Maria Lund said she favours dialogue with the union.",
    );
  });
});
