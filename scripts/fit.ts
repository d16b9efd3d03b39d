import type { LinearModel } from "../src/search/ranker.ts";

/**
 * Fitting the ranker's linear model: plain full-batch gradient descent with Adam steps, from
 * zero weights, in a fixed order — the same data always gives the same weights, bit for bit.
 */

/** One question's candidates: a row of features each, and which of them answer it. */
export interface Group {
  rows: Float64Array[];
  positive: boolean[];
  weight: number;
}

export interface Sample {
  features: Float64Array;
  label: boolean;
  weight: number;
}

interface Standardiser {
  mean: number[];
  scale: number[];
}

function standardiser(rows: Float64Array[], width: number): Standardiser {
  const mean = new Array<number>(width).fill(0);
  const scale = new Array<number>(width).fill(0);
  for (const r of rows) for (let i = 0; i < width; i++) mean[i] = (mean[i] as number) + (r[i] as number);
  for (let i = 0; i < width; i++) mean[i] = (mean[i] as number) / Math.max(1, rows.length);
  for (const r of rows) {
    for (let i = 0; i < width; i++)
      scale[i] = (scale[i] as number) + ((r[i] as number) - (mean[i] as number)) ** 2;
  }
  // A feature that never varies in training gets scale 1 and, under L2, weight 0.
  for (let i = 0; i < width; i++) scale[i] = Math.sqrt((scale[i] as number) / Math.max(1, rows.length)) || 1;
  return { mean, scale };
}

function standardise(rows: Float64Array[], s: Standardiser): Float64Array[] {
  return rows.map((r) => r.map((x, i) => (x - (s.mean[i] as number)) / (s.scale[i] as number)));
}

interface AdamOptions {
  iterations: number;
  rate: number;
  l2: number;
}

/** Minimises `loss` (which also fills the gradient) from zero with Adam; returns the weights. */
function adam(
  width: number,
  loss: (w: Float64Array, grad: Float64Array) => number,
  o: AdamOptions,
): Float64Array {
  const w = new Float64Array(width);
  const grad = new Float64Array(width);
  const m = new Float64Array(width);
  const v = new Float64Array(width);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let t = 1; t <= o.iterations; t++) {
    grad.fill(0);
    loss(w, grad);
    for (let i = 0; i < width; i++) {
      // The bias (last weight) is not shrunk.
      const g = (grad[i] as number) + (i < width - 1 ? o.l2 * (w[i] as number) : 0);
      m[i] = b1 * (m[i] as number) + (1 - b1) * g;
      v[i] = b2 * (v[i] as number) + (1 - b2) * g * g;
      const mHat = (m[i] as number) / (1 - b1 ** t);
      const vHat = (v[i] as number) / (1 - b2 ** t);
      w[i] = (w[i] as number) - (o.rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return w;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

function toModel(names: readonly string[], s: Standardiser, w: Float64Array, bias: number): LinearModel {
  return {
    features: [...names],
    mean: s.mean.map(round),
    scale: s.scale.map(round),
    weights: [...w.subarray(0, names.length)].map(round),
    bias: round(bias),
  };
}

/**
 * Listwise ranking: for each question, the softmax over its candidates should put its mass on the
 * sentences that answer it (−log of their total probability, weighted by the question's weight).
 */
export function fitRanker(names: readonly string[], groups: Group[], o: AdamOptions): LinearModel {
  const width = names.length;
  const s = standardiser(
    groups.flatMap((g) => g.rows),
    width,
  );
  const data = groups
    .filter((g) => g.positive.some(Boolean))
    .map((g) => ({ rows: standardise(g.rows, s), positive: g.positive, weight: g.weight }));
  const total = data.reduce((sum, g) => sum + g.weight, 0) || 1;
  const w = adam(
    width + 1,
    (w, grad) => {
      let loss = 0;
      for (const g of data) {
        const scores = g.rows.map((r) => dot(w, r));
        const max = Math.max(...scores);
        const exp = scores.map((x) => Math.exp(x - max));
        const all = exp.reduce((a, b) => a + b, 0);
        const pos = exp.reduce((a, b, i) => a + (g.positive[i] ? b : 0), 0);
        loss -= g.weight * Math.log(pos / all);
        g.rows.forEach((r, i) => {
          // d/ds_i of −log(Σ_pos e^s / Σ e^s) = p_i − (positive ? e^s_i / Σ_pos e^s : 0)
          const coef =
            (g.weight * ((exp[i] as number) / all - (g.positive[i] ? (exp[i] as number) / pos : 0))) / total;
          if (coef === 0) return;
          for (let k = 0; k < width; k++) grad[k] = (grad[k] as number) + coef * (r[k] as number);
        });
      }
      return loss / total;
    },
    o,
  );
  // A constant added to every candidate changes no ranking: the bias stays 0.
  return toModel(names, s, w, 0);
}

function dot(w: Float64Array, r: Float64Array): number {
  let s = 0;
  for (let i = 0; i < r.length; i++) s += (w[i] as number) * (r[i] as number);
  return s;
}
