import { describe, expect, it } from "vitest";
import { evaluate, evaluationSets } from "./sets.ts";

// Floors a little under what was measured when they were set (see the README's "Measuring answers"):
// a change that makes answers worse on the project's own questions fails here.
const FLOORS: Record<
  string,
  { hit1: number; hit3: number; abstain: number; falseAbstain: number; whoRecall?: number }
> = {
  story: { hit1: 0.64, hit3: 0.85, abstain: 7 / 7, falseAbstain: 2 },
  extra: { hit1: 0.72, hit3: 0.8, abstain: 1 / 5, falseAbstain: 3 },
  "story+extra, story questions": { hit1: 0.7, hit3: 0.9, abstain: 7 / 7, falseAbstain: 1 },
  "story+extra, extra questions": { hit1: 0.72, hit3: 0.84, abstain: 1 / 5, falseAbstain: 2 },
  holdout: { hit1: 0.72, hit3: 0.8, abstain: 4 / 7, falseAbstain: 2, whoRecall: 0.9 },
};

describe("answer quality on the project's own question sets", () => {
  for (const set of evaluationSets()) {
    it(`GIVEN ${set.name} THEN the figures stay above their floors`, () => {
      const f = evaluate(set.questions, set.corpus);
      const floor = FLOORS[set.name];
      if (!floor) throw new Error(`no floor for ${set.name}`);
      expect(f.askHit1, f.misses.join("\n")).toBeGreaterThanOrEqual(floor.hit1);
      expect(f.askHit3).toBeGreaterThanOrEqual(floor.hit3);
      expect(f.abstained / f.unanswerable).toBeGreaterThanOrEqual(floor.abstain);
      expect(f.falseAbstain).toBeLessThanOrEqual(floor.falseAbstain);
      expect(f.whoRecall).toBeGreaterThanOrEqual(floor.whoRecall ?? 0.95);
      expect(f.whoPrecision).toBeGreaterThanOrEqual(0.9);
      expect(f.whoUnknownOk).toBe(f.whoUnknown);
    });
  }
});
