import { describe, expect, it } from "vitest";
import { curveSummary, refusalCurve } from "./refusal-curve.ts";

describe("refusal curve", () => {
  it("GIVEN answerable questions all more confident than unanswerable ones THEN AUC 1 and every budget refuses them all", () => {
    const curve = refusalCurve([0.6, 0.7, 0.8, 0.9], [0.1, 0.2]);
    expect(curve.auc).toBe(1);
    expect(curve.atBudgets.every((b) => b.refused === 2)).toBe(true);
  });

  it("GIVEN overlapping confidences THEN AUC counts pairs, ties half, and a larger budget refuses more", () => {
    const answerable = Array.from({ length: 100 }, (_, i) => i / 100);
    const curve = refusalCurve(answerable, [0.015, 0.5], [0.01, 0.02, 0.6]);
    // 0.015 is below 98 of them; 0.5 below 49 and equal to one.
    expect(curve.auc).toBeCloseTo((98 + 49 + 0.5) / 200, 6);
    expect(curve.atBudgets.map((b) => b.refused)).toEqual([0, 1, 2]);
    expect(curveSummary(curve)).toMatch(
      /^refusal AUC=0\.73[78] refused at budgets 1%: 0\/2 2%: 1\/2 60%: 2\/2$/,
    );
  });
});
