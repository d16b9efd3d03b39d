import { describe, expect, it } from "vitest";
import { buildActors } from "../../src/actors/extract.ts";
import { toPassages } from "../../src/corpus/load.ts";
import type { Article, Corpus } from "../../src/corpus/types.ts";
import { POSITIONS_LIMIT, POSITIONS_PER_ACTOR, positionsReply } from "../../src/reply/positions.ts";
import { TIMELINE_LIMIT, timelineReply } from "../../src/reply/timeline.ts";

function corpusOf(paragraphs: string[]): Corpus {
  const article: Article = { id: "a", file: "a.txt", title: "A", paragraphs };
  return { dir: "", articles: [article], passages: toPassages([article]), glossary: [], problems: [] };
}

// Made-up surnames ("Brankov", "Crankov"…), each a different person.
const surname = (i: number) =>
  `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}rankov`;

describe("replies on a large corpus", () => {
  it("GIVEN more stances than a reply quotes WHEN asking for positions THEN the first few of each actor's and the counts", () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => {
      const who = `Senator Maria ${surname(i)}`;
      return `${who} insisted that the plan was sound. ${who} warned that costs would rise.`;
    });
    const corpus = corpusOf(paragraphs);
    const reply = positionsReply(corpus, buildActors(corpus));
    expect(reply.passages).toHaveLength(POSITIONS_LIMIT);
    expect(reply.message).toBe(
      `30 actors take a position. 60 sentences; ${POSITIONS_LIMIT} are quoted, at most ${POSITIONS_PER_ACTOR} per actor.`,
    );
    expect(new Set(reply.passages.map((p) => p.actor)).size).toBe(POSITIONS_LIMIT / 2);
  });

  it("GIVEN a few stances WHEN asking for positions THEN every one, and no count of quoted ones", () => {
    const corpus = corpusOf([
      "Senator Maria Lopez insisted that the plan was sound. She warned that costs would rise.",
    ]);
    const reply = positionsReply(corpus, buildActors(corpus));
    expect(reply.passages).toHaveLength(2);
    expect(reply.message).toBe("1 actor takes a position.");
  });

  it("GIVEN more events than a reply quotes WHEN asking for the timeline THEN the earliest ones and the counts", () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) => `Senator Maria ${surname(i)} resigned from the committee in ${2060 - i}.`,
    );
    const corpus = corpusOf(paragraphs);
    const reply = timelineReply(corpus, buildActors(corpus));
    expect(reply.passages).toHaveLength(TIMELINE_LIMIT);
    expect(reply.message).toBe(`60 events, in date order. The first ${TIMELINE_LIMIT} are quoted.`);
    expect(reply.passages[0]?.text).toContain("in 2001");
  });
});
