import { describe, expect, it } from "vitest";
import { actorsOf } from "../../src/actors/extract.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { positionsReply } from "../../src/reply/positions.ts";
import { buildSearchIndex } from "../../src/search/index.ts";

const corpus = loadCorpus(new URL("../../corpus", import.meta.url).pathname);
const actors = actorsOf(corpus);
const index = buildSearchIndex(corpus, actors.links);

describe("/positions on a topic", () => {
  it.each(["negotiations", "sanctions", "nuclear weapons", "enrichment", "nothing of the sort"])(
    "GIVEN the topic %s THEN the search index's term arrays pick the same sentences as analysing each one",
    (topic) => {
      const analysed = positionsReply(corpus, actors, topic);
      const looked = positionsReply(corpus, actors, topic, (stems) => index.passages.textHasAny(stems));
      expect(looked).toEqual(analysed);
    },
  );

  it("GIVEN a topic the story takes positions on THEN some are quoted", () => {
    expect(positionsReply(corpus, actors, "negotiations").passages.length).toBeGreaterThan(0);
  });
});
