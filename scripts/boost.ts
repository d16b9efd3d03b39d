import { type Forest, type Tree, treeLeaf } from "../src/search/trees.ts";
import type { Group, Sample } from "./fit.ts";

/**
 * Gradient-boosted trees for ranking: each round fits one complete tree of `depth` to the gradient
 * of the listwise softmax loss (Newton steps: leaf = −G / (H + λ)), on features cut into at most
 * `bins` quantile bins. Deterministic: no sampling, ties broken by feature order then bin order.
 */
export interface BoostOptions {
  rounds: number;
  depth: number;
  rate: number;
  lambda: number;
  /** A split must leave at least this much hessian on each side. */
  minChild: number;
  bins: number;
}

export function boostRanker(names: readonly string[], groups: Group[], o: BoostOptions): Forest {
  const data = groups.filter((g) => g.positive.some(Boolean));
  const rows = data.flatMap((g) => g.rows);
  const starts: number[] = [];
  let at = 0;
  for (const g of data) {
    starts.push(at);
    at += g.rows.length;
  }
  starts.push(at);
  const total = data.reduce((s, g) => s + g.weight, 0) || 1;
  return boost(names, rows, o, (score, grad, hess) => {
    data.forEach((g, gi) => {
      const from = starts[gi] as number;
      const to = starts[gi + 1] as number;
      let max = Number.NEGATIVE_INFINITY;
      for (let i = from; i < to; i++) max = Math.max(max, score[i] as number);
      let all = 0;
      let pos = 0;
      for (let i = from; i < to; i++) {
        const e = Math.exp((score[i] as number) - max);
        all += e;
        if (g.positive[i - from]) pos += e;
      }
      const w = g.weight / total;
      for (let i = from; i < to; i++) {
        const e = Math.exp((score[i] as number) - max);
        const p = e / all;
        const r = g.positive[i - from] ? e / pos : 0;
        grad[i] = w * (p - r);
        hess[i] = w * Math.max(p * (1 - p), 1e-6);
      }
    });
  });
}

/**
 * Gradient-boosted trees for a yes/no label (the log-loss of σ(score)), fitted as the ranker's
 * trees are: the answer model, when trees tell answers from near misses better than a line does.
 */
export function boostClassifier(names: readonly string[], samples: Sample[], o: BoostOptions): Forest {
  const total = samples.reduce((s, x) => s + x.weight, 0) || 1;
  return boost(
    names,
    samples.map((x) => x.features),
    o,
    (score, grad, hess) => {
      samples.forEach((x, i) => {
        const p = 1 / (1 + Math.exp(-(score[i] as number)));
        const w = x.weight / total;
        grad[i] = w * (p - (x.label ? 1 : 0));
        hess[i] = w * Math.max(p * (1 - p), 1e-6);
      });
    },
  );
}

/**
 * The rounds both boosters share: the rows binned once, then each round one tree fitted to the
 * gradients and hessians `gradients` writes from the rows' scores so far.
 */
function boost(
  names: readonly string[],
  rows: Float64Array[],
  o: BoostOptions,
  gradients: (score: Float64Array, grad: Float64Array, hess: Float64Array) => void,
): Forest {
  const n = rows.length;
  const { cuts, bins } = binned(rows, names.length, o.bins);
  const score = new Float64Array(n);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const trees: Tree[] = [];
  for (let round = 0; round < o.rounds; round++) {
    gradients(score, grad, hess);
    const tree = growTree(bins, cuts, grad, hess, o);
    trees.push(tree);
    for (let i = 0; i < n; i++) score[i] = (score[i] as number) + treeLeaf(tree, rows[i] as Float64Array);
  }
  return { features: [...names], trees };
}

/** Quantile cut points of each feature (from its distinct values), and each row's bin by feature. */
function binned(
  rows: Float64Array[],
  width: number,
  binCount: number,
): { cuts: number[][]; bins: Uint8Array[] } {
  const n = rows.length;
  const cuts: number[][] = [];
  for (let f = 0; f < width; f++) {
    const values = [...new Set(rows.map((r) => r[f] as number))].sort((a, b) => a - b);
    const c: number[] = [];
    if (values.length <= binCount) {
      for (let i = 0; i + 1 < values.length; i++)
        c.push(((values[i] as number) + (values[i + 1] as number)) / 2);
    } else {
      const sorted = rows.map((r) => r[f] as number).sort((a, b) => a - b);
      for (let k = 1; k < binCount; k++) {
        const v = sorted[Math.floor((k * n) / binCount)] as number;
        const next = values.find((x) => x > v);
        if (next !== undefined) {
          const cut = (v + next) / 2;
          if (c[c.length - 1] !== cut) c.push(cut);
        }
      }
    }
    cuts.push(c);
  }
  // Bins by feature, then row (column-major): a histogram reads one feature of many rows, so its
  // reads run along one array instead of hopping between a small array per row.
  const bins = cuts.map((c, f) => {
    const column = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = (rows[i] as Float64Array)[f] as number;
      let b = 0;
      while (b < c.length && v > (c[b] as number)) b++;
      column[i] = b;
    }
    return column;
  });
  return { cuts, bins };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** A node's gradient and hessian sums by feature, then bin. */
interface Histogram {
  g: Float64Array[];
  h: Float64Array[];
}

function histogram(
  bins: Uint8Array[],
  cuts: number[][],
  grad: Float64Array,
  hess: Float64Array,
  members: Int32Array,
): Histogram {
  const g: Float64Array[] = [];
  const h: Float64Array[] = [];
  for (let f = 0; f < bins.length; f++) {
    const nb = (cuts[f] as number[]).length + 1;
    const column = bins[f] as Uint8Array;
    const hg = new Float64Array(nb);
    const hh = new Float64Array(nb);
    if (nb >= 2)
      for (let k = 0; k < members.length; k++) {
        const i = members[k] as number;
        const b = column[i] as number;
        hg[b] = (hg[b] as number) + (grad[i] as number);
        hh[b] = (hh[b] as number) + (hess[i] as number);
      }
    g.push(hg);
    h.push(hh);
  }
  return { g, h };
}

/** The parent's histogram less one child's: the other child's, without reading its rows. */
function remainder(parent: Histogram, child: Histogram): Histogram {
  const less = (a: Float64Array[], b: Float64Array[]) =>
    a.map((x, f) => x.map((v, k) => v - ((b[f] as Float64Array)[k] as number)));
  return { g: less(parent.g, child.g), h: less(parent.h, child.h) };
}

function growTree(
  bins: Uint8Array[],
  cuts: number[][],
  grad: Float64Array,
  hess: Float64Array,
  o: BoostOptions,
): Tree {
  const splits = 2 ** o.depth - 1;
  const feature = new Array<number>(splits).fill(0);
  const threshold = new Array<number>(splits).fill(Number.POSITIVE_INFINITY);
  const n = grad.length;
  // Rows at each node of the current level, in ascending order, with their histograms: a node's
  // smaller child's is read from its rows, the larger's is the parent's less it (half the reads).
  const root = Int32Array.from({ length: n }, (_, i) => i);
  let level: Array<{ members: Int32Array; hist: Histogram }> = [
    { members: root, hist: histogram(bins, cuts, grad, hess, root) },
  ];
  let node = 0;
  let leaves: Int32Array[] = [];
  for (let depth = 0; depth < o.depth; depth++) {
    const next: Array<{ members: Int32Array; hist: Histogram }> = [];
    const last = depth === o.depth - 1;
    for (const { members, hist } of level) {
      let G = 0;
      let H = 0;
      for (const i of members) {
        G += grad[i] as number;
        H += hess[i] as number;
      }
      const parent = (G * G) / (H + o.lambda);
      let bestGain = 1e-12;
      let bestF = -1;
      let bestB = -1;
      for (let f = 0; f < bins.length; f++) {
        const nb = (cuts[f] as number[]).length + 1;
        if (nb < 2) continue;
        const hg = hist.g[f] as Float64Array;
        const hh = hist.h[f] as Float64Array;
        let gl = 0;
        let hl = 0;
        for (let b = 0; b + 1 < nb; b++) {
          gl += hg[b] as number;
          hl += hh[b] as number;
          const gr = G - gl;
          const hr = H - hl;
          if (hl < o.minChild || hr < o.minChild) continue;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
          if (gain > bestGain) {
            bestGain = gain;
            bestF = f;
            bestB = b;
          }
        }
      }
      let left = members;
      let right = new Int32Array(0);
      if (bestF >= 0) {
        feature[node] = bestF;
        threshold[node] = round6((cuts[bestF] as number[])[bestB] as number);
        const column = bins[bestF] as Uint8Array;
        let lefts = 0;
        for (const i of members) if ((column[i] as number) <= bestB) lefts++;
        left = new Int32Array(lefts);
        right = new Int32Array(members.length - lefts);
        let l = 0;
        let r = 0;
        for (const i of members) {
          if ((column[i] as number) <= bestB) left[l++] = i;
          else right[r++] = i;
        }
      }
      // No useful split: everything goes left (threshold +∞), the right leaf stays empty.
      if (last) leaves.push(left, right);
      else {
        const small = left.length <= right.length ? left : right;
        const smallHist = histogram(bins, cuts, grad, hess, small);
        const largeHist = remainder(hist, smallHist);
        next.push(
          { members: left, hist: small === left ? smallHist : largeHist },
          { members: right, hist: small === left ? largeHist : smallHist },
        );
      }
      node++;
    }
    level = next;
  }
  if (o.depth === 0) leaves = [root];
  const leaf = leaves.map((members) => {
    let G = 0;
    let H = 0;
    for (const i of members) {
      G += grad[i] as number;
      H += hess[i] as number;
    }
    return round6(members.length ? (-o.rate * G) / (H + o.lambda) : 0);
  });
  return { feature, threshold: threshold.map((t) => (Number.isFinite(t) ? t : 1e300)), leaf };
}
