/**
 * The word-vector table's file format and arithmetic, shared by the runtime loader (`vectors.ts`)
 * and the build (`scripts/build-lexicon.ts`), so the cosines the build writes into `related.txt`
 * are exactly the ones `termSimilarity` returns.
 *
 * Layout, little-endian:
 *   0  "NDV1"                 magic, so a truncated or foreign file fails loudly
 *   4  uint32 dims
 *   8  uint32 rows
 *  12  uint32 termBytes
 *  16  termBytes of UTF-8     the stems, sorted, joined by "\n"; row i belongs to the i-th stem
 *   …  rows × dims int8       each row scaled so its largest component is ±127
 *
 * Rows carry no scale: cosine does not depend on a vector's length, so only each row's norm is
 * needed, and that is computed at load time rather than stored.
 */

export interface VectorTable {
  readonly dims: number;
  readonly terms: readonly string[];
  /** stem → row number. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** rows × dims quantised components, one array for the whole table (a view of the file's bytes). */
  readonly data: Int8Array;
  /**
   * 1 / Euclidean norm of each row (0 for an all-zero row, whose cosine is then 0), or -1 until
   * first needed: filled lazily by `inverseNormOf`, since computing all 4 million squares up front
   * was a fifth of the load time and a question touches a few hundred rows.
   */
  readonly inverseNorm: Float64Array;
}

const MAGIC = "NDV1";
const HEADER_BYTES = 16;

/** Serialises sorted stems and their already-quantised rows. */
export function encodeVectorTable(terms: readonly string[], data: Int8Array, dims: number): Uint8Array {
  if (data.length !== terms.length * dims) throw new Error("vector data does not match terms × dims");
  const termBytes = new TextEncoder().encode(terms.join("\n"));
  const out = new Uint8Array(HEADER_BYTES + termBytes.length + data.length);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(4, dims, true);
  view.setUint32(8, terms.length, true);
  view.setUint32(12, termBytes.length, true);
  out.set(termBytes, HEADER_BYTES);
  out.set(new Uint8Array(data.buffer, data.byteOffset, data.length), HEADER_BYTES + termBytes.length);
  return out;
}

export function decodeVectorTable(bytes: Uint8Array): VectorTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < HEADER_BYTES || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error("not a word-vector table (bad magic)");
  }
  const dims = view.getUint32(4, true);
  const rows = view.getUint32(8, true);
  const termBytes = view.getUint32(12, true);
  const dataStart = HEADER_BYTES + termBytes;
  if (bytes.length !== dataStart + rows * dims) throw new Error("word-vector table has the wrong length");
  const terms =
    rows === 0 ? [] : new TextDecoder().decode(bytes.subarray(HEADER_BYTES, dataStart)).split("\n");
  if (terms.length !== rows) throw new Error("word-vector table: term count does not match rows");
  const rowOf = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) rowOf.set(terms[i] as string, i);
  // A view, not a copy: the file's bytes are read once and kept as they are.
  const data = new Int8Array(bytes.buffer, bytes.byteOffset + dataStart, rows * dims);
  return { dims, terms, rowOf, data, inverseNorm: new Float64Array(rows).fill(-1) };
}

/** 1 / the row's Euclidean norm (0 for an all-zero row), computed once. */
export function inverseNormOf(table: VectorTable, row: number): number {
  const known = table.inverseNorm[row] as number;
  if (known >= 0) return known;
  const { data, dims } = table;
  let sum = 0;
  for (let k = row * dims, end = k + dims; k < end; k++) {
    const x = data[k] as number;
    sum += x * x;
  }
  const inverse = sum === 0 ? 0 : 1 / Math.sqrt(sum);
  table.inverseNorm[row] = inverse;
  return inverse;
}

/** Cosine of two rows. Integer dot product first, so the result is exact up to the final scaling. */
export function rowCosine(table: VectorTable, a: number, b: number): number {
  const { data, dims } = table;
  const oa = a * dims;
  const ob = b * dims;
  let dot = 0;
  for (let k = 0; k < dims; k++) dot += (data[oa + k] as number) * (data[ob + k] as number);
  return dot * inverseNormOf(table, a) * inverseNormOf(table, b);
}

/**
 * Scales a real-valued vector so its largest component becomes ±127 and rounds. Per-vector scaling
 * keeps more precision than normalising to unit length first (where most components would round
 * into a handful of levels).
 */
export function quantise(vector: ArrayLike<number>, out: Int8Array, offset: number): void {
  let max = 0;
  for (let k = 0; k < vector.length; k++) max = Math.max(max, Math.abs(vector[k] as number));
  const scale = max === 0 ? 0 : 127 / max;
  for (let k = 0; k < vector.length; k++) out[offset + k] = Math.round((vector[k] as number) * scale);
}
