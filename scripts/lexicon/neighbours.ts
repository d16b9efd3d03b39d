import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { inverseNormOf, type VectorTable } from "../../src/language/vector-table.ts";

/**
 * `nearestRows` over several worker threads, each taking a contiguous share of the queries and
 * decoding its own copy of the table from `tableBytes`. Rows are independent, so the result does
 * not depend on how many threads there are.
 */
export async function nearestRowsParallel(
  tableBytes: Uint8Array,
  queries: readonly number[],
  k: number,
  threads = availableParallelism(),
): Promise<Map<number, number[]>> {
  const share = Math.ceil(queries.length / threads);
  // A worker cannot load TypeScript by itself: this boot code registers tsx's loader first.
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./neighbours-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  const parts = await Promise.all(
    Array.from({ length: threads }, (_, i) => queries.slice(i * share, (i + 1) * share)).map(
      (part) =>
        new Promise<Array<[number, number[]]>>((done, fail) => {
          if (part.length === 0) return done([]);
          const worker = new Worker(boot, { eval: true, workerData: { tableBytes, queries: part, k } });
          worker.once("message", (result: Array<[number, number[]]>) => {
            done(result);
            void worker.terminate();
          });
          worker.once("error", fail);
        }),
    ),
  );
  return new Map(parts.flat());
}

/**
 * The `k` nearest rows (by cosine, excluding itself) of each requested row, searched over the
 * whole table. Exact brute force on the quantised rows: every dot product is an integer, so the
 * ranking is the same on any machine and matches what `termSimilarity` computes at run time.
 * Ties go to the lower row number (rows are in sorted-stem order), again for determinism.
 *
 * The cost is rows × table × dims multiply-adds; four query rows share each pass over the table
 * because reading the table, not multiplying, is what limits the speed.
 */
export function nearestRows(
  table: VectorTable,
  queries: readonly number[],
  k: number,
): Map<number, number[]> {
  const { dims } = table;
  const rows = table.terms.length;
  const inverseNorm = Float64Array.from({ length: rows }, (_, row) => inverseNormOf(table, row));
  // Doubles are read faster than int8 in the inner loop, and hold the integer sums exactly.
  const data = Float64Array.from(table.data);
  const result = new Map<number, number[]>();
  const scores = [
    new Float64Array(rows),
    new Float64Array(rows),
    new Float64Array(rows),
    new Float64Array(rows),
  ];
  for (let start = 0; start < queries.length; start += 4) {
    const group = queries.slice(start, start + 4);
    const q = [0, 1, 2, 3].map((i) => ((group[i] ?? group[0]) as number) * dims);
    const [o0, o1, o2, o3] = q as [number, number, number, number];
    const [s0, s1, s2, s3] = scores as [Float64Array, Float64Array, Float64Array, Float64Array];
    for (let b = 0; b < rows; b++) {
      const ob = b * dims;
      let d0 = 0;
      let d1 = 0;
      let d2 = 0;
      let d3 = 0;
      for (let j = 0; j < dims; j++) {
        const x = data[ob + j] as number;
        d0 += (data[o0 + j] as number) * x;
        d1 += (data[o1 + j] as number) * x;
        d2 += (data[o2 + j] as number) * x;
        d3 += (data[o3 + j] as number) * x;
      }
      // The query row's own norm is the same for every candidate, so it can wait.
      const inv = inverseNorm[b] as number;
      s0[b] = d0 * inv;
      s1[b] = d1 * inv;
      s2[b] = d2 * inv;
      s3[b] = d3 * inv;
    }
    group.forEach((row, i) => {
      result.set(row, topK(scores[i] as Float64Array, row, k));
    });
  }
  return result;
}

/** Indices of the k highest scores except `self`, highest first; equal scores keep index order. */
function topK(scores: Float64Array, self: number, k: number): number[] {
  const best: number[] = [];
  for (let b = 0; b < scores.length; b++) {
    if (b === self) continue;
    const s = scores[b] as number;
    // Strictly greater: an equal score never displaces an earlier (lower) index.
    if (best.length === k && s <= (scores[best[k - 1] as number] as number)) continue;
    let at = best.length;
    while (at > 0 && (scores[best[at - 1] as number] as number) < s) at--;
    best.splice(at, 0, b);
    if (best.length > k) best.pop();
  }
  return best;
}
