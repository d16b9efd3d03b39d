import { type Token, tokenize } from "../text/analyze.ts";
import { typeBonus } from "./features.ts";
import { FIELD_BOOST, type PassageDoc, type SearchIndex } from "./index.ts";
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

  const hits = index.mini.search(
    { combineWith: "OR", queries: [...weights.keys()] },
    { boost: { ...FIELD_BOOST }, boostTerm: (term) => weights.get(term) ?? 1, fuzzy: false, prefix: false },
  );
  const top = hits.slice(0, CANDIDATES);
  if (passageText) {
    for (const concept of question.concepts) {
      if (concept.initials) spellOut(index, concept, concept.initials, top, passageText);
    }
  }
  const maxScore = top[0]?.score ?? 1;
  const totalWeight = question.concepts.reduce((sum, c) => sum + c.weight, 0) || 1;

  const ranked = top.map((hit) => {
    const doc = index.docs[hit.id as number] as PassageDoc;
    const coverage =
      question.concepts.reduce((sum, c) => sum + c.weight * covers(c, doc, hit.id as number), 0) /
      totalWeight;
    const bonus = typeBonus(question.type, doc.cues);
    // Coverage counts each concept once, however many of its synonyms a sentence repeats;
    // MiniSearch's BM25 only breaks ties between sentences that cover the same.
    const score = coverage + 0.15 * (hit.score / maxScore) + bonus;
    return { passageId: hit.id as number, score, coverage };
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
  const cues = index.docs[best.passageId]?.cues;
  if ((question.type === "when" || question.type === "duration") && !cues?.temporal) return false;
  if (question.type === "quantity" && !cues?.quantity) return false;
  return best.coverage >= ANSWER_COVERAGE;
}

/** How fully a sentence expresses a concept (0..1). */
function covers(concept: Concept, doc: PassageDoc, passageId: number): number {
  if (concept.spelledOutIn?.has(passageId)) return 1;
  if (concept.phrase) {
    const has = (t: string) => doc.terms.has(t) || doc.linkedTerms.has(t);
    return concept.phrase.every(has) ? 1 : 0;
  }
  let best = 0;
  for (const [term, weight] of concept.expansions) {
    if (doc.terms.has(term)) best = Math.max(best, weight);
    else if (doc.linkedTerms.has(term)) best = Math.max(best, weight * LINK_CREDIT);
    else if (doc.contextTerms.has(term)) best = Math.max(best, weight * CONTEXT_CREDIT);
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
  candidates: Array<{ id: unknown }>,
  passageText: (passageId: number) => string,
) {
  const found = new Set<number>();
  for (const { id: hitId } of candidates) {
    const id = hitId as number;
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
