import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildSearchIndex, miniSearchOptions } from "../../src/search/index.ts";
import { fromColumns, fromColumnsInTurns, toColumns } from "../../src/search/minisearch-columns.ts";
import { STORY_CORPUS } from "../eval/splits.ts";

// What the cache restored before: MiniSearch's own JSON round trip. (Its radix tree yields terms in
// another order than they went in, so a restored index is compared with a restored one.)
const viaJson = <T>(mini: MiniSearch<T>) =>
  JSON.stringify(MiniSearch.loadJSON(JSON.stringify(mini), miniSearchOptions()));

describe("MiniSearch as columns (the cache's form of the index)", () => {
  const mini = buildSearchIndex(loadCorpus(STORY_CORPUS)).mini;

  it("GIVEN the story's index WHEN restored from columns THEN it is what MiniSearch's own loadJSON restores", () => {
    const restored = fromColumns(toColumns(mini), miniSearchOptions());
    expect(JSON.stringify(restored)).toBe(viaJson(mini));
  });

  it("GIVEN a restored index THEN searches score as on the original, and it can still be changed", () => {
    const restored = fromColumns(toColumns(mini), miniSearchOptions());
    for (const query of ["iran", "talk negoti", "trump sanction", "grossi iaea"]) {
      expect(restored.search(query)).toEqual(mini.search(query));
    }
    const added = { id: 9999, text: "zebra", linked: "" };
    restored.add(added);
    expect(restored.search("zebra").map((h) => h.id)).toEqual([9999]);
  });

  it("GIVEN an index with a document removed THEN the gap and the counters survive the round trip", () => {
    const small = new MiniSearch<{ id: number; text: string; linked: string }>(miniSearchOptions());
    small.addAll([
      { id: 0, text: "alpha beta", linked: "" },
      { id: 1, text: "beta gamma", linked: "delta" },
      { id: 2, text: "gamma", linked: "" },
    ]);
    small.discard(1);
    const restored = fromColumns(toColumns(small), miniSearchOptions());
    expect(JSON.stringify(restored)).toBe(viaJson(small));
    expect(restored.search("gamma").map((h) => h.id)).toEqual(small.search("gamma").map((h) => h.id));
  });

  it("GIVEN a restore in turns THEN it pauses every so many terms and ends with the same index", async () => {
    let turns = 0;
    const restored = await fromColumnsInTurns(
      toColumns(mini),
      miniSearchOptions(),
      async () => {
        turns++;
      },
      50,
    );
    expect(JSON.stringify(restored)).toBe(viaJson(mini));
    expect(turns).toBe(Math.floor(mini.termCount / 50));
  });
});
