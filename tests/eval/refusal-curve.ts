/**
 * How well the answer model tells answerable questions from unanswerable ones, over the whole
 * curve: the refusal threshold at a 2 % budget sits where a small change of the model moves many
 * refusals, so a change is judged by the refusals at several budgets and by the AUC.
 */
export interface RefusalCurve {
  /** P(an answerable question's confidence > an unanswerable one's), ties counting half. */
  auc: number;
  /** Unanswerable questions refused when the threshold refuses `budget` of the answerable ones. */
  atBudgets: Array<{ budget: number; refused: number }>;
  unanswerable: number;
}

export function refusalCurve(
  answerable: readonly number[],
  unanswerable: readonly number[],
  budgets: readonly number[] = [0.01, 0.02, 0.03, 0.05],
): RefusalCurve {
  const sorted = [...answerable].sort((a, b) => a - b);
  let wins = 0;
  for (const n of unanswerable) for (const p of sorted) wins += p > n ? 1 : p === n ? 0.5 : 0;
  const pairs = sorted.length * unanswerable.length;
  return {
    auc: pairs ? wins / pairs : 0,
    atBudgets: budgets.map((budget) => {
      // As `npm run train` sets it: the confidence of the first answerable question not refused.
      const threshold = sorted[Math.floor(budget * sorted.length)] ?? 0;
      return { budget, refused: unanswerable.filter((c) => c < threshold).length };
    }),
    unanswerable: unanswerable.length,
  };
}

export function curveSummary(curve: RefusalCurve): string {
  const at = curve.atBudgets.map((b) => `${Math.round(b.budget * 100)}%: ${b.refused}/${curve.unanswerable}`);
  return `refusal AUC=${curve.auc.toFixed(3)} refused at budgets ${at.join(" ")}`;
}
