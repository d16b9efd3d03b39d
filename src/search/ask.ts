import { type Token, tokenize } from "../text/analyze.ts";
import { BM25_ONCE, type Candidate, commonWordCandidates } from "./common-words.ts";
import { cuesFromBits, typeBonus } from "./features.ts";
import { FIELD_BOOST, type SearchIndex } from "./index.ts";
import type { PassageTerms } from "./passage-terms.ts";
import { type Concept, idf, type ParsedQuestion, parseQuestion } from "./query.ts";

export interface RankedPassage {
  passageId: number;
  score: number;
  /** Share of the question's weight that this sentence covers (0..1). */
  coverage: number;
}

export interface AskResult {
  answered: boolean;
  /** Best first; at most `limit`. */
  ranked: RankedPassage[];
  question: ParsedQuestion;
}

/** How much of a question the best sentence must cover to count as an answer. */
export const ANSWER_COVERAGE = 0.25;
const CANDIDATES = 200;
const LINK_CREDIT = 0.9;
const LITERAL_WEIGHT = 0.3;
const CONTEXT_CREDIT = 0.3;
const CONTEXT_BOOST = 0.15;

/**
 * Ranks the corpus's sentences for a question and decides whether the corpus answers it,
 * from how much of the question's content the best sentence actually covers.
 */
export function ask(
  index: SearchIndex,
  text: string,
  limit = 5,
  passageText?: (passageId: number) => string,
): AskResult {
  const question = parseQuestion(index, text);
  const weights = new Map<string, number>();
  for (const concept of question.concepts) {
    for (const [term, w] of concept.expansions) weights.set(term, Math.max(weights.get(term) ?? 0, w));
  }
  if (weights.size === 0) return { answered: false, ranked: [], question };
  for (const term of question.literal) if (!weights.has(term)) weights.set(term, LITERAL_WEIGHT);

  const terms = index.passages;
  const concepts = question.concepts.map((c) => ({ concept: c, ids: termIds(terms, c) }));
  const questionTerms = [...weights].flatMap(([term, w]) => {
    const id = terms.idOf(term);
    return id === undefined ? [] : [{ term, id, score: w * idf(index, terms.documentFrequency(term)) }];
  });
  const rare = rareTerms(index, weights);
  const top: Candidate[] =
    rare.length > 0
      ? index.mini
          .search(rare.join(" "), {
            combineWith: "OR",
            boost: { ...FIELD_BOOST },
            boostTerm: (term) => weights.get(term) ?? 1,
            fuzzy: false,
            prefix: false,
          })
          .slice(0, CANDIDATES)
          .map((hit) => ({ id: hit.id as number, score: hit.score, queryTerms: hit.queryTerms }))
      : commonWordCandidates(
          terms,
          index.passageCount,
          concepts.map((c) => ({ weight: c.concept.weight, expansions: c.ids.expansions })),
          questionTerms,
          CANDIDATES,
        );
  if (passageText) {
    for (const concept of question.concepts) {
      if (concept.initials) spellOut(index, concept, concept.initials, top, passageText);
    }
  }
  const totalWeight = question.concepts.reduce((sum, c) => sum + c.weight, 0) || 1;

  // The words around a sentence (its paragraph, its title) are weak evidence for it. They count as
  // a third MiniSearch field boosted 0.15 would (BM25 of one occurrence, and one more matched term
  // in MiniSearch's multiplier) without indexing each paragraph again for every one of its sentences.
  const evidence = top.map((hit) => {
    const matched = new Set(hit.queryTerms);
    let score = hit.score / (matched.size || 1);
    for (const t of questionTerms) {
      if (!terms.inContext(hit.id, t.id)) continue;
      score += CONTEXT_BOOST * BM25_ONCE * t.score;
      matched.add(t.term);
    }
    return score * matched.size;
  });
  const maxEvidence = Math.max(...evidence, Number.MIN_VALUE);
  const ranked = top.map((hit, i) => {
    const id = hit.id;
    const coverage =
      concepts.reduce((sum, c) => sum + c.concept.weight * covers(c.concept, c.ids, terms, id), 0) /
      totalWeight;
    const bonus = typeBonus(question.type, cuesFromBits(terms.cueBits(id)));
    // Coverage counts each concept once, however many of its synonyms a sentence repeats;
    // BM25 only breaks ties between sentences that cover the same.
    const score = coverage + 0.15 * ((evidence[i] ?? 0) / maxEvidence) + bonus;
    return { passageId: id, score, coverage };
  });
  ranked.sort((a, b) => b.score - a.score || a.passageId - b.passageId);
  const best = ranked[0];
  const answered = best !== undefined && isAnswer(index, question, best);
  return { answered, ranked: ranked.slice(0, limit), question };
}

function isAnswer(index: SearchIndex, question: ParsedQuestion, best: RankedPassage): boolean {
  // A name the corpus never mentions (a person, a country) means the story is about something else.
  if (question.concepts.some((c) => c.unknown && c.nameLike)) return false;
  // "How many centrifuges…", "which construction company…": the thing asked about is nowhere in the corpus.
  if (question.concepts.some((c) => c.unknown && c.focus)) return false;
  // "When…" answered by a sentence without a date, "how many…" by one without a number: not an answer.
  const cues = cuesFromBits(index.passages.cueBits(best.passageId));
  if ((question.type === "when" || question.type === "duration") && !cues.temporal) return false;
  if (question.type === "quantity" && !cues.quantity) return false;
  return best.coverage >= ANSWER_COVERAGE;
}

/** The question's terms that MiniSearch may look up: all but the very common ones of a large corpus. */
function rareTerms(index: SearchIndex, weights: Map<string, number>): string[] {
  const limit = index.commonLimit;
  return [...weights.keys()].filter((t) => index.passages.documentFrequency(t) <= limit);
}

type TermIds = { phrase?: number[]; expansions: Array<[number, number]> };

function termIds(terms: PassageTerms, concept: Concept): TermIds {
  const expansions: Array<[number, number]> = [];
  for (const [term, weight] of concept.expansions) {
    const id = terms.idOf(term);
    if (id !== undefined) expansions.push([id, weight]);
  }
  if (!concept.phrase) return { expansions };
  // A phrase word the corpus lacks can never be covered: -1 matches no passage.
  return { expansions, phrase: concept.phrase.map((t) => terms.idOf(t) ?? -1) };
}

/** How fully a sentence expresses a concept (0..1). */
function covers(concept: Concept, ids: TermIds, terms: PassageTerms, passageId: number): number {
  if (concept.spelledOutIn?.has(passageId)) return 1;
  if (ids.phrase) {
    return ids.phrase.every((t) => terms.inText(passageId, t) || terms.inLinked(passageId, t)) ? 1 : 0;
  }
  let best = 0;
  for (const [term, weight] of ids.expansions) {
    if (weight <= best) continue;
    if (terms.inText(passageId, term)) best = weight;
    else if (terms.inLinked(passageId, term)) best = Math.max(best, weight * LINK_CREDIT);
    else if (terms.inContext(passageId, term)) best = Math.max(best, weight * CONTEXT_CREDIT);
  }
  return best;
}

// Words an acronym's letters skip ("Department of Transportation" → DOT).
const ACRONYM_FILLERS = new Set(["of", "and", "for", "the", "on", "in", "to"]);

/**
 * Finds, among the candidate sentences, those that spell out an acronym the corpus never writes
 * ("BRT" → "bus rapid transit"): the concept is then known, and covered by those sentences.
 */
function spellOut(
  index: SearchIndex,
  concept: Concept,
  initials: string,
  candidates: Candidate[],
  passageText: (passageId: number) => string,
) {
  const found = new Set<number>();
  for (const { id } of candidates) {
    const words = tokenize(passageText(id)).filter((t) => !ACRONYM_FILLERS.has(t.word));
    for (let i = 0; i + initials.length <= words.length && !found.has(id); i++) {
      let spelled = true;
      for (let k = 0; k < initials.length && spelled; k++) {
        const word = words[i + k] as Token;
        const gap = k === 0 ? 0 : word.position - (words[i + k - 1] as Token).position;
        spelled = word.word[0] === initials[k] && gap <= 2;
      }
      if (spelled) found.add(id);
    }
  }
  if (found.size === 0) return;
  concept.spelledOutIn = found;
  concept.unknown = false;
  concept.weight = idf(index, found.size);
}
