import { describe, expect, it } from "vitest";
import { evaluate } from "./sets.ts";
import { questionSets } from "./splits.ts";

// Floors a little under what was measured when the ranker was last trained (see tests/eval/README.md):
// a change that makes answers worse on any part fails here. The held-out part has floors too: they
// only catch a regression, and were never used to choose anything.
const FLOORS: Record<string, { hit1: number; hit3: number; refused: number; falseAbstain: number }> = {
  "dev (story)": { hit1: 0.87, hit3: 0.96, refused: 0.6, falseAbstain: 1 },
  story: { hit1: 0.7, hit3: 0.9, refused: 0.4, falseAbstain: 1 },
  extra: { hit1: 0.75, hit3: 0.9, refused: 0.2, falseAbstain: 1 },
  "squad train": { hit1: 0.55, hit3: 0.72, refused: 0, falseAbstain: 5 },
  "squad validation": { hit1: 0.45, hit3: 0.65, refused: 0, falseAbstain: 4 },
  "holdout (3 articles)": { hit1: 0.65, hit3: 0.8, refused: 0.2, falseAbstain: 2 },
  "news train": { hit1: 0.5, hit3: 0.7, refused: 0.05, falseAbstain: 3 },
  "news validation": { hit1: 0.5, hit3: 0.65, refused: 0.05, falseAbstain: 3 },
  "news heldout": { hit1: 0.35, hit3: 0.55, refused: 0, falseAbstain: 8 },
};

describe("answer quality on the project's question sets", () => {
  for (const set of questionSets()) {
    it(`GIVEN ${set.name} [${set.split}] THEN the figures stay above their floors`, () => {
      const f = evaluate(set);
      const floor = FLOORS[set.name];
      if (!floor) throw new Error(`no floor for ${set.name}`);
      expect(f.askHit1, f.misses.join("\n")).toBeGreaterThanOrEqual(floor.hit1);
      expect(f.askHit3).toBeGreaterThanOrEqual(floor.hit3);
      expect(f.abstained / Math.max(1, f.unanswerable)).toBeGreaterThanOrEqual(floor.refused);
      expect(f.falseAbstain).toBeLessThanOrEqual(floor.falseAbstain);
      expect(f.whoRecall).toBeGreaterThanOrEqual(0.9);
      expect(f.whoPrecision).toBeGreaterThanOrEqual(0.9);
      expect(f.whoUnknownOk).toBe(f.whoUnknown);
    });
  }
});
