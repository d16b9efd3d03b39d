import MiniSearch, { type Options } from "minisearch";

/**
 * A MiniSearch index as a few typed arrays, for the on-disk cache. At 10,000 articles the index is
 * 22 MB of JSON; `MiniSearch.loadJSON` parses it into an object per term and field and then copies
 * each object into a Map, which took ~2 s of a ~3.8 s start (half of it garbage collection). From
 * these columns the same Maps are built directly, in ~0.3 s.
 *
 * This reads and writes MiniSearch's own fields (`_index`, `_documentIds`, …) as its `toJSON` and
 * `loadJS` do: the dependency is pinned to the version it was written for, and
 * tests/search/minisearch-columns.test.ts checks that a restored index is, term for term, what
 * `loadJSON` restores, and answers the same searches.
 */
export interface MiniSearchColumns {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Short id → document id, as pairs. */
  documentIds: Int32Array;
  /** Per document (in `documentIds` order), the length of each field (`fieldCount` a document). */
  fieldLength: Int32Array;
  fieldCount: number;
  /** Every indexed term, joined by "\n" (one string is stored and read back as bytes). */
  terms: string;
  /** Term i's fields are entries termStart[i] … termStart[i + 1] − 1 of `field` and `postingStart`. */
  termStart: Int32Array;
  field: Int32Array;
  /** Entry k's postings are docs/freqs postingStart[k] … postingStart[k + 1] − 1. */
  postingStart: Int32Array;
  docs: Int32Array;
  freqs: Int32Array;
}

/**
 * The fields of MiniSearch 7 that `toJSON` and `loadJS` read and write, and that `search` reads
 * (`searchTop` in minisearch-top.ts): the one description of its internals, for the pinned version.
 */
export interface MiniSearchInternals {
  _options: { fields: string[]; searchOptions: { bm25: { k: number; b: number; d: number } } };
  _index: {
    get(term: string): Map<number, Map<number, number>> | undefined;
    set(term: string, data: Map<number, Map<number, number>>): void;
  } & Iterable<[string, Map<number, Map<number, number>>]>;
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
  _storedFields: Map<number, unknown>;
}

const internals = (mini: MiniSearch<never>) => mini as unknown as MiniSearchInternals;

export function toColumns<T>(mini: MiniSearch<T>): MiniSearchColumns {
  const m = internals(mini as MiniSearch<never>);
  if (m._storedFields.size > 0) throw new Error("stored fields are not kept in columns");
  const fieldCount = Object.keys(m._fieldIds).length;
  const documentIds = new Int32Array(m._documentIds.size * 2);
  const fieldLength = new Int32Array(m._documentIds.size * fieldCount);
  let d = 0;
  for (const [shortId, id] of m._documentIds) {
    if (typeof id !== "number") throw new Error("only numeric document ids are kept in columns");
    documentIds[2 * d] = shortId;
    documentIds[2 * d + 1] = id;
    const lengths = m._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fieldCount; f++) fieldLength[d * fieldCount + f] = lengths[f] ?? 0;
    d++;
  }
  const terms: string[] = [];
  const termStart = [0];
  const field: number[] = [];
  const postingStart = [0];
  const docs: number[] = [];
  const freqs: number[] = [];
  for (const [term, data] of m._index) {
    if (term.includes("\n")) throw new Error(`a term holds a line break: ${JSON.stringify(term)}`);
    terms.push(term);
    for (const [fieldId, postings] of data) {
      field.push(fieldId);
      for (const [doc, freq] of postings) {
        docs.push(doc);
        freqs.push(freq);
      }
      postingStart.push(docs.length);
    }
    termStart.push(field.length);
  }
  return {
    documentCount: m._documentCount,
    nextId: m._nextId,
    dirtCount: m._dirtCount,
    fieldIds: { ...m._fieldIds },
    averageFieldLength: [...m._avgFieldLength],
    documentIds,
    fieldLength,
    fieldCount,
    terms: terms.join("\n"),
    termStart: Int32Array.from(termStart),
    field: Int32Array.from(field),
    postingStart: Int32Array.from(postingStart),
    docs: Int32Array.from(docs),
    freqs: Int32Array.from(freqs),
  };
}

/** Restores the index in one go (the persisted start). */
export function fromColumns<T>(c: MiniSearchColumns, options: Options<T>): MiniSearch<T> {
  const steps = restoring<T>(c, options, Number.POSITIVE_INFINITY);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Restores the index a few thousand terms per turn of the event loop, so that a bot taking over a
 * reloaded index keeps answering meanwhile (src/engine-handoff.ts).
 */
export async function fromColumnsInTurns<T>(
  c: MiniSearchColumns,
  options: Options<T>,
  nextTurn: () => Promise<void>,
  termsPerTurn = 4000,
): Promise<MiniSearch<T>> {
  const steps = restoring<T>(c, options, termsPerTurn);
  let step = steps.next();
  while (!step.done) {
    await nextTurn();
    step = steps.next();
  }
  return step.value;
}

/** The restore, pausing (`yield`) after every `termsPerStep` terms. */
function* restoring<T>(
  c: MiniSearchColumns,
  options: Options<T>,
  termsPerStep: number,
): Generator<void, MiniSearch<T>> {
  // `loadJS` starts the same way: an empty index with the stored counters (the index's format 2).
  const mini = (
    MiniSearch as unknown as { instantiateMiniSearch(js: object, options: Options<T>): MiniSearch<T> }
  ).instantiateMiniSearch(
    {
      documentCount: c.documentCount,
      nextId: c.nextId,
      fieldIds: c.fieldIds,
      averageFieldLength: c.averageFieldLength,
      dirtCount: c.dirtCount,
      serializationVersion: 2,
    },
    options,
  );
  const m = internals(mini as MiniSearch<never>);
  const documentIds = new Map<number, unknown>();
  const fieldLength = new Map<number, number[]>();
  for (let d = 0; d < c.documentIds.length / 2; d++) {
    const shortId = c.documentIds[2 * d] as number;
    const id = c.documentIds[2 * d + 1] as number;
    documentIds.set(shortId, id);
    m._idToShortId.set(id, shortId);
    fieldLength.set(shortId, Array.from(c.fieldLength.subarray(d * c.fieldCount, (d + 1) * c.fieldCount)));
  }
  m._documentIds = documentIds;
  m._fieldLength = fieldLength;
  m._storedFields = new Map();
  const terms = c.terms === "" ? [] : c.terms.split("\n");
  for (let t = 0; t < terms.length; t++) {
    const data = new Map<number, Map<number, number>>();
    for (let k = c.termStart[t] as number; k < (c.termStart[t + 1] as number); k++) {
      const postings = new Map<number, number>();
      for (let j = c.postingStart[k] as number; j < (c.postingStart[k + 1] as number); j++) {
        postings.set(c.docs[j] as number, c.freqs[j] as number);
      }
      data.set(c.field[k] as number, postings);
    }
    m._index.set(terms[t] as string, data);
    if ((t + 1) % termsPerStep === 0) yield;
  }
  return mini;
}
