import type { PassageTerms } from "./passage-terms.ts";

/** A candidate passage as MiniSearch would return it: the fields `ask` reads. */
export interface Candidate {
  id: number;
  score: number;
  queryTerms: string[];
}

export interface WeightedConcept {
  weight: number;
  /** Term id and how surely it expresses the concept (0..1). */
  expansions: Array<[number, number]>;
}

export interface WeightedTerm {
  term: string;
  id: number;
  /** The term's weight in the question times its idf. */
  score: number;
}

const LINKED_BOOST = 0.7;
// BM25 (MiniSearch's k = 1.2, b = 0.7, d = 0.5) of one occurrence in a field of average length, less its idf.
export const BM25_ONCE = 1.5;

/**
 * Candidates for a question whose every word is common in a large corpus ("where is the council
 * meeting"): MiniSearch would score and sort a large share of the corpus. Instead each passage
 * gets the weight of the concepts it holds, from the term → passages lists (typed arrays, no
 * allocation per passage), and the best `count` are kept, each scored like a BM25 hit.
 */
export function commonWordCandidates(
  terms: PassageTerms,
  passageCount: number,
  concepts: WeightedConcept[],
  questionTerms: WeightedTerm[],
  count: number,
): Candidate[] {
  const s = scratchFor(terms, passageCount, concepts.length);
  const { covered, conceptAt, touchedAt } = s;
  const base = s.stamp;
  s.stamp = base + concepts.length + 1;
  // Typed and indexed: a common word's list is tens of thousands of passages long, and pushing
  // them onto an array through an iterator took three times as long (18 against 6 ms at 10,000
  // articles for two such words).
  let touchedCount = 0;
  concepts.forEach((concept, c) => {
    // Which concept last credited a passage: a concept counts once, by its surest term.
    const stamp = base + c + 1;
    const surestFirst = [...concept.expansions].sort((a, b) => b[1] - a[1]);
    for (const [term, sureness] of surestFirst) {
      const postings = terms.postingsOf(term);
      const credit = concept.weight * sureness;
      for (let k = 0; k < postings.length; k++) {
        const p = postings[k] as number;
        if (conceptAt[p] === stamp) continue;
        // First met in this question: its entries are an earlier question's.
        if ((conceptAt[p] as number) <= base) {
          touchedAt[touchedCount++] = p;
          covered[p] = 0;
        }
        conceptAt[p] = stamp;
        covered[p] = (covered[p] as number) + credit;
      }
    }
  });
  return best(touchedAt.subarray(0, touchedCount), covered, count).map((id) => {
    const matched: string[] = [];
    let score = 0;
    for (const t of questionTerms) {
      if (terms.inText(id, t.id)) score += t.score * BM25_ONCE;
      else if (terms.inLinked(id, t.id)) score += t.score * BM25_ONCE * LINKED_BOOST;
      else continue;
      matched.push(t.term);
    }
    return { id, score: score * matched.length, queryTerms: matched };
  });
}

/**
 * Per-passage sums kept with their index between questions, as `searchTop` keeps its own: three
 * arrays of the corpus's size (3.5 MB at 10,000 articles) made afresh for each such question
 * were zeroed by the allocator and counted against the heap's external memory. A stamp says
 * which entries are this question's.
 */
interface Scratch {
  stamp: number;
  covered: Float64Array;
  conceptAt: Uint32Array;
  touchedAt: Uint32Array;
}

const scratches = new WeakMap<PassageTerms, Scratch>();
/**
 * Per-passage arrays kept between questions (here and in `searchTop`) mark their entries with a
 * stamp that grows with each question; well before a stamp would wrap, the arrays start over.
 */
export const STAMP_LIMIT = 0xffff0000;

function scratchFor(terms: PassageTerms, passageCount: number, concepts: number): Scratch {
  let s = scratches.get(terms);
  if (!s || s.covered.length < passageCount || s.stamp + concepts + 1 > STAMP_LIMIT) {
    s = {
      stamp: 0,
      covered: new Float64Array(passageCount),
      conceptAt: new Uint32Array(passageCount),
      touchedAt: new Uint32Array(passageCount),
    };
    scratches.set(terms, s);
  }
  return s;
}

/** The `count` passages with the highest values, in linear time: a histogram finds the cut. */
function best(ids: Uint32Array, values: Float64Array, count: number): number[] {
  if (ids.length <= count) return Array.from(ids);
  let max = 0;
  for (let k = 0; k < ids.length; k++) max = Math.max(max, values[ids[k] as number] as number);
  if (max <= 0) return Array.from(ids.subarray(0, count));
  const buckets = 1024;
  const histogram = new Uint32Array(buckets);
  const bucketOf = (v: number) => Math.min(buckets - 1, Math.floor((v / max) * buckets));
  for (let k = 0; k < ids.length; k++) {
    const b = bucketOf(values[ids[k] as number] as number);
    histogram[b] = (histogram[b] as number) + 1;
  }
  let cut = buckets - 1;
  for (let total = 0; cut > 0; cut--) {
    total += histogram[cut] ?? 0;
    if (total >= count) break;
  }
  const byValue = (a: number, b: number) => (values[b] ?? 0) - (values[a] ?? 0) || a - b;
  // Values in one bucket differ by under a thousandth of the best: when tens of thousands tie
  // there, corpus order picks among them instead of a sort that would cost more than the rest.
  // Only as many of them are kept as could be sorted, plus one to tell that case.
  const sortedUpTo = 4 * count;
  const above: number[] = [];
  const atCut: number[] = [];
  let atCutCount = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    const b = bucketOf(values[id] as number);
    if (b > cut) above.push(id);
    else if (b === cut && atCutCount++ <= sortedUpTo) atCut.push(id);
  }
  above.sort(byValue);
  if (atCutCount <= sortedUpTo) atCut.sort(byValue);
  // Fewer than `count` lie above the cut bucket, and `atCut` holds at least `count` when it was not sorted.
  for (let k = 0; above.length < count && k < atCut.length; k++) above.push(atCut[k] as number);
  return above.length > count ? above.slice(0, count) : above;
}
