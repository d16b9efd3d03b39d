import type MiniSearch from "minisearch";
import { type Candidate, STAMP_LIMIT } from "./common-words.ts";
import type { MiniSearchInternals } from "./minisearch-columns.ts";

/**
 * The best `count` hits of an OR query over the index's own postings: what
 * `mini.search(terms.join(" "), { combineWith: "OR", boost, boostTerm, fuzzy: false, prefix: false })
 * .slice(0, count)` returns, the same scores to the last bit and in the same order.
 *
 * Why: a question with a misspelt word expands to dozens of look-alike terms, each in hundreds of
 * sentences. MiniSearch then makes an object, two arrays and a `match` record for each of thousands
 * of sentences and sorts them all, for the 100 that `ask` keeps: at 10,000 articles 10–25 ms and most
 * of the slowest questions' time (and of their garbage). Here the sums go into typed arrays kept
 * between questions, and only the best `count` are sorted and given a result.
 *
 * Same order of additions as MiniSearch 7.2 (the version is pinned, see minisearch-columns.ts):
 * per term, a sentence's fields in `fields` order (`termResults`), then the terms in query order
 * (the OR `combinators`); the final score is that sum times the number of terms matched; ties keep
 * the order in which MiniSearch's result Map first met each sentence (its sort is stable).
 * tests/search/minisearch-top.test.ts checks it against `search`.
 */
export function searchTop<T>(
  mini: MiniSearch<T>,
  terms: string[],
  fieldBoost: Readonly<Record<string, number>>,
  termBoost: (term: string) => number,
  count: number,
): Candidate[] | undefined {
  const m = mini as unknown as MiniSearchInternals;
  // Query terms as MiniSearch's search tokenizer splits the joined query.
  const query = terms.join(" ").split(" ").filter(Boolean);
  // What this does not reproduce is left to MiniSearch: discarded documents not yet vacuumed
  // (`termResults` would remove their terms), a term twice in the query (counted once in the quality).
  if (m._dirtCount !== 0 || new Set(query).size !== query.length) return undefined;
  const s = scratchFor(m);
  const { k, b, d } = m._options.searchOptions.bm25;
  const fields = m._options.fields;
  const base = s.stamp;
  let found = 0;
  for (let t = 0; t < query.length; t++) {
    const data = m._index.get(query[t] as string);
    if (data === undefined) continue;
    const boost = termBoost(query[t] as string);
    const stamp = base + t + 1;
    // This term's score of each sentence: its fields added in order.
    for (const field of fields) {
      const fieldId = m._fieldIds[field] as number;
      const freqs = data.get(fieldId);
      if (freqs === undefined) continue;
      const weight = boost * (fieldBoost[field] || 1);
      const avgFieldLength = m._avgFieldLength[fieldId] as number;
      const matching = freqs.size;
      const idf = Math.log(1 + (m._documentCount - matching + 0.5) / (matching + 0.5));
      for (const [doc, termFreq] of freqs) {
        const fieldLength = (m._fieldLength.get(doc) as number[])[fieldId] as number;
        const raw =
          idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
        const score = weight * raw;
        if (s.termAt[doc] === stamp) s.term[doc] = (s.term[doc] as number) + score;
        else {
          s.termAt[doc] = stamp;
          s.term[doc] = score;
        }
      }
    }
    // Then added to the sentence's total, meeting the sentences in the order the term's fields list them.
    for (const field of fields) {
      const freqs = data.get(m._fieldIds[field] as number);
      if (freqs === undefined) continue;
      for (const doc of freqs.keys()) {
        // Added already, from an earlier field.
        if (s.termAt[doc] !== stamp) continue;
        s.termAt[doc] = 0;
        if (s.seenAt[doc] !== base) {
          s.seenAt[doc] = base;
          s.total[doc] = s.term[doc] as number;
          s.matched[doc] = 1;
          s.order[found++] = doc;
        } else {
          s.total[doc] = (s.total[doc] as number) + (s.term[doc] as number);
          s.matched[doc] = (s.matched[doc] as number) + 1;
        }
      }
    }
  }
  s.stamp = base + query.length + 1;
  const best = bestInOrder(s, found, count);
  return best.map((doc) => ({
    id: m._documentIds.get(doc) as number,
    score: (s.total[doc] as number) * (s.matched[doc] as number),
    // The terms in query order: the order in which MiniSearch records each sentence's matches.
    queryTerms: query.filter((term) => {
      const data = m._index.get(term);
      return data !== undefined && fields.some((f) => data.get(m._fieldIds[f] as number)?.has(doc));
    }),
  }));
}

/** The `count` sentences of highest score, ties in the order first met: a stable sort's first `count`. */
function bestInOrder(s: Scratch, found: number, count: number): number[] {
  const score = (doc: number) => (s.total[doc] as number) * (s.matched[doc] as number);
  const docs = s.order.subarray(0, found);
  let cut = Number.NEGATIVE_INFINITY;
  if (found > count) {
    const scores = new Float64Array(found);
    for (let i = 0; i < found; i++) scores[i] = score(docs[i] as number);
    cut = scores.sort()[found - count] as number;
  }
  let atCut = count;
  for (const doc of docs) if (score(doc) > cut) atCut--;
  const out: number[] = [];
  for (const doc of docs) {
    const v = score(doc);
    if (v > cut) out.push(doc);
    else if (v === cut && atCut > 0) {
      out.push(doc);
      atCut--;
    }
  }
  // Array sort is stable: equal scores keep the order first met.
  return out.sort((x, y) => score(y) - score(x));
}

/** Per-sentence sums, kept with their index between questions: stamps say which entries are this question's. */
interface Scratch {
  stamp: number;
  term: Float64Array;
  termAt: Uint32Array;
  total: Float64Array;
  matched: Uint16Array;
  seenAt: Uint32Array;
  order: Uint32Array;
}

const scratches = new WeakMap<MiniSearchInternals, Scratch>();

function scratchFor(m: MiniSearchInternals): Scratch {
  let s = scratches.get(m);
  const size = m._nextId;
  if (!s || s.total.length < size || s.stamp > STAMP_LIMIT) {
    s = {
      stamp: 1,
      term: new Float64Array(size),
      termAt: new Uint32Array(size),
      total: new Float64Array(size),
      matched: new Uint16Array(size),
      seenAt: new Uint32Array(size),
      order: new Uint32Array(size),
    };
    scratches.set(m, s);
  }
  return s;
}
