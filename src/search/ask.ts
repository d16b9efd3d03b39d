import { relatedTerms } from "../language/related.ts";
import { isContent, type Token, tokenize } from "../text/analyze.ts";
import { type AssociationTable, NO_ASSOCIATIONS } from "./associations.ts";
import { BM25_ONCE, type Candidate, commonWordCandidates } from "./common-words.ts";
import { FIELD_BOOST, type SearchIndex } from "./index.ts";
import { searchTop } from "./minisearch-top.ts";
import { type Concept, idf, type ParsedQuestion, parseQuestion } from "./query.ts";
import {
  ANSWER_FEATURE_NAMES,
  answerFeatures,
  type CandidateInput,
  candidateFeatures,
  FEATURE_NAMES,
  type QuestionContext,
  questionContext,
} from "./rank-features.ts";
import { defaultRanker, type Ranker, sigmoid } from "./ranker.ts";

export interface RankedPassage {
  passageId: number;
  score: number;
  /** Share of the question's weight that this sentence covers (0..1). */
  coverage: number;
}

export interface AskResult {
  answered: boolean;
  /** The answer model's probability that the best sentence answers the question. */
  confidence: number;
  /** Best first; at most `limit`. */
  ranked: RankedPassage[];
  question: ParsedQuestion;
}

// How many sentences the index proposes for the ranker to read (each is analysed word by word).
const CANDIDATES = 100;
// A corpus this small is read whole.
const READ_ALL_UP_TO = 200;
// In a larger one, the articles holding the best hits are read whole: this many (1, 2, 3 and 5 were
// tried on validation; see tests/eval/README.md).
const READ_ARTICLES = 3;
// The asker's own word where a glossary name stands for it: searched, so that a sentence using it
// comes first among equals, but not a concept the answer must cover.
const LITERAL_WEIGHT = 0.3;
// MiniSearch's share for the words around a sentence, as a third field boosted this much would give.
const CONTEXT_BOOST = 0.15;

/** A candidate sentence with the ranker's view of it. */
export interface ScoredCandidate {
  passageId: number;
  features: Float64Array;
}

/**
 * Ranks the corpus's sentences for a question with the fitted ranker, and decides from the fitted
 * answer model whether the best one answers it (see src/search/ranker.ts and `npm run train`).
 */
export function ask(
  index: SearchIndex,
  text: string,
  limit = 5,
  passageText?: (passageId: number) => string,
  ranker: Ranker = defaultRanker(),
): AskResult {
  const { question, context, candidates } = candidatesFor(index, text, passageText, ranker.associations);
  if (!context || candidates.length === 0) return { answered: false, confidence: 0, ranked: [], question };
  const scored = candidates.map((c) => ({ ...c, score: ranker.rank(c.features) }));
  scored.sort((a, b) => b.score - a.score || a.passageId - b.passageId);
  const confidence = answerProbability(ranker.answer, answerFeatures(context, scored));
  const ranked = scored.slice(0, limit).map((c) => ({
    passageId: c.passageId,
    score: c.score,
    coverage: c.features[COVERAGE] as number,
  }));
  return { answered: confidence >= ranker.threshold, confidence, ranked, question };
}

const COVERAGE = FEATURE_NAMES.indexOf("coverage");
const UNKNOWN_NAME = ANSWER_FEATURE_NAMES.indexOf("unknownName");

/**
 * Whether a question names, capitalised, something the corpus never mentions ("What is Israel's
 * position on the talks?" of a story without Israel): refused whatever the sentences share with it.
 * The answer model weighs this feature among the others and let such questions through; refusing
 * them outright refused 3 more of the 214 unanswerable validation questions for no answerable one
 * (on the training questions 6 more, for 2 of 389 answerable: "Washington" for the federal
 * government, "City Hall").
 */
function namesTheUnknown(features: Float64Array): boolean {
  return features[UNKNOWN_NAME] === 1;
}

/** P(the best sentence answers) from the answer model, 0 for a question `namesTheUnknown`: what `ask` and `npm run train` both decide by. */
export function answerProbability(
  answer: (features: Float64Array) => number,
  features: Float64Array,
): number {
  return namesTheUnknown(features) ? 0 : sigmoid(answer(features));
}

/**
 * The question parsed, and its candidate sentences with their features, unranked: what `ask`
 * ranks, and what `npm run train` fits the ranker on.
 */
export function candidatesFor(
  index: SearchIndex,
  text: string,
  passageText?: (passageId: number) => string,
  associations: AssociationTable = NO_ASSOCIATIONS,
): { question: ParsedQuestion; context?: QuestionContext; candidates: ScoredCandidate[] } {
  const question = parseQuestion(index, text);
  const weights = new Map<string, number>();
  for (const concept of question.concepts) {
    for (const [term, w] of concept.expansions) weights.set(term, Math.max(weights.get(term) ?? 0, w));
  }
  if (weights.size === 0) relatedInstead(index, question, weights);
  if (weights.size === 0) return { question, candidates: [] };
  for (const term of question.literal) if (!weights.has(term)) weights.set(term, LITERAL_WEIGHT);

  const terms = index.passages;
  const context = questionContext(terms, question, text, associations, passageText);
  const questionTerms = [...weights].flatMap(([term, w]) => {
    const id = terms.idOf(term);
    return id === undefined ? [] : [{ term, id, score: w * idf(index, terms.documentFrequency(term)) }];
  });
  const rare = rareTerms(index, weights);
  const top: Candidate[] =
    rare.length > 0
      ? rareWordCandidates(index, rare, weights)
      : commonWordCandidates(
          terms,
          index.passageCount,
          context.concepts.map((c) => ({ weight: c.concept.weight, expansions: c.expansions })),
          questionTerms,
          CANDIDATES,
        );
  // In a small corpus every sentence can be read, in a larger one the best hits' articles: one that
  // shares no word with the question (a paraphrase) still gets its chance with the ranker.
  readWhole(
    top,
    index.passageCount <= READ_ALL_UP_TO
      ? [[0, index.passageCount]]
      : bestArticles(terms, top, READ_ARTICLES),
  );
  if (passageText) {
    for (const concept of question.concepts) {
      if (concept.initials) spellOut(index, concept, concept.initials, top, passageText);
    }
  }

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
  const candidates = top.map((hit, i) => {
    const raw = evidence[i] ?? 0;
    const input: CandidateInput = {
      passageId: hit.id,
      evidence: raw / maxEvidence,
      rawEvidence: raw,
      positionInArticle: terms.positionInArticle(hit.id),
    };
    if (passageText) input.text = passageText(hit.id);
    return { passageId: hit.id, features: candidateFeatures(context, terms, input) };
  });
  for (const [feature, relative] of RELATIVE_FEATURES) relativeToBest(candidates, feature, relative);
  return { question, context, candidates };
}

// Features also given relative to the question's best candidate: how a sentence compares with the others.
const RELATIVE_FEATURES = (
  [
    ["sentenceBm25", "sentenceBm25Relative"],
    ["articleMatch", "articleMatchRelative"],
    ["paragraphMatch", "paragraphMatchRelative"],
  ] as const
).map(([feature, relative]) => [FEATURE_NAMES.indexOf(feature), FEATURE_NAMES.indexOf(relative)] as const);

function relativeToBest(candidates: ScoredCandidate[], feature: number, relative: number): void {
  let best = Number.MIN_VALUE;
  for (const c of candidates) best = Math.max(best, c.features[feature] as number);
  for (const c of candidates) c.features[relative] = (c.features[feature] as number) / best;
}

/**
 * The passages of the articles holding the best hits, as [first, one past the last): the sentence
 * that answers in other words than the question's (a paraphrase) usually stands in the article that
 * holds the question's words elsewhere. Hits are best first.
 */
function bestArticles(
  terms: SearchIndex["passages"],
  top: Candidate[],
  articles: number,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const hit of top) {
    if (ranges.length >= articles) break;
    if (ranges.some(([from, to]) => hit.id >= from && hit.id < to)) continue;
    ranges.push(terms.articleRange(hit.id));
  }
  return ranges;
}

/** Every passage of the ranges not yet a candidate, as one with no evidence. */
function readWhole(top: Candidate[], ranges: ReadonlyArray<[number, number]>): void {
  const seen = new Set(top.map((c) => c.id));
  for (const [from, to] of ranges) {
    for (let id = from; id < to; id++) {
      if (!seen.has(id)) top.push({ id, score: 0, queryTerms: [] });
    }
  }
}

/** MiniSearch's best hits for the rare terms, each boosted by its weight in the question. */
function rareWordCandidates(index: SearchIndex, rare: string[], weights: Map<string, number>): Candidate[] {
  const boostTerm = (term: string) => weights.get(term) ?? 1;
  return (
    searchTop(index.mini, rare, FIELD_BOOST, boostTerm, CANDIDATES) ??
    index.mini
      .search(rare.join(" "), {
        combineWith: "OR",
        boost: { ...FIELD_BOOST },
        boostTerm,
        fuzzy: false,
        prefix: false,
      })
      .slice(0, CANDIDATES)
      .map((hit) => ({ id: hit.id as number, score: hit.score, queryTerms: hit.queryTerms }))
  );
}

// How much a related stem stands for a question word the corpus never writes, times their cosine.
const RELATED_FALLBACK = 0.3;

/**
 * When no word of the question is in the corpus ("when will the shops be shut"), their related
 * stems ("shopper") pick the candidates, so a refusal can still offer the nearest passages. Only
 * retrieval sees them: the question's concepts stay unknown for the ranker and the refusal.
 */
function relatedInstead(index: SearchIndex, question: ParsedQuestion, weights: Map<string, number>): void {
  question.tokens.forEach((token, i) => {
    if (!isContent(token, question.tokens[i - 1])) return;
    for (const [other, cosine] of relatedTerms(token.term)) {
      if (index.passages.documentFrequency(other) === 0) continue;
      weights.set(other, Math.max(weights.get(other) ?? 0, RELATED_FALLBACK * cosine));
    }
  });
}

/** The question's terms that MiniSearch may look up: all but the very common ones of a large corpus. */
function rareTerms(index: SearchIndex, weights: Map<string, number>): string[] {
  const limit = index.commonLimit;
  return [...weights.keys()].filter((t) => index.passages.documentFrequency(t) <= limit);
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
