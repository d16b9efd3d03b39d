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
  const covered = new Float64Array(passageCount);
  // Which concept last credited a passage: a concept counts once, by its surest term.
  const lastConcept = new Uint16Array(passageCount);
  // Typed and indexed: a common word's list is tens of thousands of passages long, and pushing
  // them onto an array through an iterator took three times as long (18 against 6 ms at 10,000
  // articles for two such words).
  const touchedAt = new Uint32Array(passageCount);
  let touchedCount = 0;
  concepts.forEach((concept, c) => {
    const stamp = c + 1;
    const surestFirst = [...concept.expansions].sort((a, b) => b[1] - a[1]);
    for (const [term, sureness] of surestFirst) {
      const postings = terms.postingsOf(term);
      const credit = concept.weight * sureness;
      for (let k = 0; k < postings.length; k++) {
        const p = postings[k] as number;
        if (lastConcept[p] === stamp) continue;
        if (lastConcept[p] === 0) touchedAt[touchedCount++] = p;
        lastConcept[p] = stamp;
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
  const above: number[] = [];
  const atCut: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    const b = bucketOf(values[id] as number);
    if (b > cut) above.push(id);
    else if (b === cut) atCut.push(id);
  }
  above.sort(byValue);
  // Values in one bucket differ by under a thousandth of the best: when tens of thousands tie
  // there, corpus order picks among them instead of a sort that would cost more than the rest.
  if (atCut.length <= 4 * count) atCut.sort(byValue);
  return [...above, ...atCut].slice(0, count);
}
