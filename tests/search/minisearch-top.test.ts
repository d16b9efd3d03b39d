import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildSearchIndex, FIELD_BOOST } from "../../src/search/index.ts";
import { searchTop } from "../../src/search/minisearch-top.ts";
import { STORY_CORPUS } from "../eval/splits.ts";

// `ask` takes its candidates from `searchTop` instead of MiniSearch's `search`: the same hits, scores
// and order are the condition for that (src/search/minisearch-top.ts).
describe("the best hits of an OR query, without MiniSearch's result objects", () => {
  const index = buildSearchIndex(loadCorpus(STORY_CORPUS));
  const terms = index.passages.data.sorted.filter((t) => index.passages.documentFrequency(t) > 0);

  it("GIVEN queries of one to thirty terms with boosts THEN the hits are MiniSearch's first ones, to the bit", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let q = 0; q < 300; q++) {
      const size = 1 + Math.floor(random() * 30);
      const query = [
        ...new Set(Array.from({ length: size }, () => terms[Math.floor(random() * terms.length)])),
      ];
      const weights = new Map(
        query.map((t) => [t as string, [1, 0.75, 0.6, 0.3][Math.floor(random() * 4)] ?? 1]),
      );
      const boostTerm = (term: string) => weights.get(term) ?? 1;
      // Few enough that ties at the cut are met.
      const count = 1 + Math.floor(random() * 40);
      const expected = index.mini
        .search(query.join(" "), {
          combineWith: "OR",
          boost: { ...FIELD_BOOST },
          boostTerm,
          fuzzy: false,
          prefix: false,
        })
        .slice(0, count)
        .map((hit) => ({ id: hit.id, score: hit.score, queryTerms: hit.queryTerms }));
      expect(searchTop(index.mini, query as string[], FIELD_BOOST, boostTerm, count)).toEqual(expected);
    }
  });

  it("GIVEN a term twice in the query THEN it leaves the query to MiniSearch", () => {
    expect(searchTop(index.mini, ["iran", "iran"], FIELD_BOOST, () => 1, 10)).toBeUndefined();
  });
});
