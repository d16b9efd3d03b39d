import { findTimes, type TimeMention, withoutCalendarDates } from "../language/dates.ts";
import { writtenOut } from "../language/question-form.ts";
import { relatedTerms } from "../language/related.ts";
import { alikeStems } from "../language/synonyms.ts";
import { unfamiliarWord, unrankedWord } from "../language/typos.ts";
import {
  askedDimension,
  asksChange,
  asksMoney,
  asksPercent,
  type Dimension,
  MONEY_SIGN,
  MONEY_WORD,
  PERCENT_STATED,
  statesDimension,
} from "../language/units.ts";
import { bestSimilarity, termSimilarity } from "../language/vectors.ts";
import { isContent, type Token, tokenize } from "../text/analyze.ts";
import { type AssociationTable, associationStems, typeStem } from "./associations.ts";
import { cuesFromBits, isCount, type QuestionType } from "./features.ts";
import type { PassageTerms } from "./passage-terms.ts";
import { type Concept, inverseFrequency, type ParsedQuestion } from "./query.ts";

/**
 * What the learned ranker knows of a (question, sentence) pair, as numbers. The weights given to
 * each come from `npm run train` (src/search/ranker-weights.json), never from a person's guess:
 * these functions only measure, they do not decide.
 */
export const FEATURE_NAMES = [
  "coverage",
  "exactCoverage",
  "textCoverage",
  "linkedCoverage",
  "contextCoverage",
  "uncoveredConcepts",
  "largestUncovered",
  "namesMissing",
  "namesMissingFromArticle",
  "nameCountMissingFromArticle",
  "nameCountMissing",
  "focusMissing",
  "bm25",
  "bm25Log",
  "sentenceBm25",
  "sentenceBm25Relative",
  "sameWords",
  "articleMatch",
  "articleMatchRelative",
  "previousMatch",
  "nextMatch",
  "asksItself",
  "paragraphMatch",
  "paragraphMatchRelative",
  "sharedBigrams",
  "vectorCoverage",
  "vectorGain",
  "relatedCoverage",
  "proximity",
  "adjacentPairs",
  "lengthLog",
  "novelty",
  "firstInArticle",
  "articlePosition",
  "quote",
  "sayQuestionQuote",
  "whenPoint",
  "whenTemporal",
  "whenNoTemporal",
  "durationSpan",
  "durationTemporal",
  "quantityQuantity",
  "quantityNoQuantity",
  "measureQuantity",
  "whyReason",
  "wherePlace",
  "ageAge",
  "dimensionStated",
  "dimensionNotStated",
  "whoNewName",
  "nameQuestionNewName",
  "otherNewName",
  "focusCounted",
  "focusNotCounted",
  "otherCoverage",
  "associatedCoverage",
  "associatedBest",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Features only the refusal model reads (of the best sentence): the ranker is fitted without them.
 * What a sentence covers besides the question's names tells an answer from a near miss ("what did
 * Solberg say about the strike" against her other words), not one sentence from another: read by
 * the ranker too, validation fell 0.605 / 0.810 → 0.603 / 0.806 (session 16).
 */
export const ANSWER_ONLY_FEATURES: ReadonlySet<FeatureName> = new Set(["otherCoverage"]);
export const FEATURE_COUNT = FEATURE_NAMES.length;
const F = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<FeatureName, number>;

/** Term ids of a concept's expansions, resolved once per question. */
export interface ConceptIds {
  concept: Concept;
  /** [term id, how surely it expresses the concept]. */
  expansions: Array<[number, number]>;
  /** All of these must be present (an everyday acronym spelled out). */
  phrase?: number[];
  /** The concept's own stem (not a synonym, typo fix or other form), when the corpus has it. */
  own?: number;
}

/** Everything about the question that features read, worked out once for all its candidates. */
export interface QuestionContext {
  question: ParsedQuestion;
  /** The question as typed (its form, for the answer model: a written-out sentence or chat). */
  text: string;
  concepts: ConceptIds[];
  totalWeight: number;
  /** Stems the question states or expands to: a sentence word outside them is new information. */
  questionTerms: Set<string>;
  asksWhatWasSaid: boolean;
  /** The question's content stems with their idf (plain BM25 reads these, not the expansions). */
  plain: Map<string, number>;
  /** The question's content stems as term ids with their idf, for the paragraph-level match. */
  plainIds: Array<[number, number]>;
  /** The question's content words as typed (lower-cased), with their stem's idf. */
  words: Map<string, number>;
  /** Adjacent word pairs of the question ("type of" "of problem"), one of them a content word. */
  bigrams: Set<string>;
  /** The same by first stem, then second stem, as their index in `bigrams`. */
  bigramIndex: Map<string, Map<string, number>>;
  /**
   * Each concept's own stem as the asker wrote it, for meaning look-ups (vectors, related words);
   * undefined for names and numbers, whose neighbours in the vectors are siblings, not synonyms.
   */
  meaningStems: Array<string | undefined>;
  /** Mean number of distinct content stems in a sentence of the corpus. */
  averageLength: number;
  /** What a "how many / how much" question counts: each focus word's stems and near meanings. */
  counted: Array<ReadonlySet<string>>;
  /** Which of the concepts each article holds (by its first passage), worked out once per article. */
  articles: Map<number, boolean[]>;
  /** "what's the name of…", "which company…": the answer is likely a name the question lacks. */
  asksForName: boolean;
  /** "how old is the head", "what age…": the answer states an age. */
  asksAge: boolean;
  /** "how fast", "how hot", "how far…": the measure asked for, which a sentence states in its units. */
  dimension: Dimension | undefined;
  /** Whether the corpus is small enough for its sentences' analyses to be kept (see `analysed`). */
  keepsSentences: boolean;
  /** What words of answering sentences the question's words stand for, as learnt (associations.ts). */
  associations: AssociationTable;
  /** A sentence's text, when the caller can give it (the answer features read the best one's). */
  passageText?: (passageId: number) => string;
}

/** A concept that stands for a name: typed as one, or written as one by the corpus. */
const isName = (c: Concept) => c.nameLike || c.corpusName === true;

// Words by which a reader asks what someone said or holds, rather than what happened.
const SAY_WORDS =
  /\b(?:say|said|says|think|thinks|thought|view|views|stance|position|react|reaction|respond|response|comment|claim|claimed|warn|warned|argue|argued|believe|feel|opinion|stand)\b/i;

const averageLengths = new WeakMap<PassageTerms, number>();

function averageLength(terms: PassageTerms): number {
  let avg = averageLengths.get(terms);
  if (avg === undefined) {
    const starts = terms.data.textStart;
    avg = (starts[starts.length - 1] ?? 0) / Math.max(1, starts.length - 1) || 1;
    averageLengths.set(terms, avg);
  }
  return avg;
}

/** Whether tokens i and i + 1 make a bigram: both have a stem, and one of them is a content word. */
function isBigram(tokens: Token[], i: number): boolean {
  const a = tokens[i] as Token;
  const b = tokens[i + 1] as Token;
  if (!a.term || !b.term) return false;
  return isContent(a, tokens[i - 1]) || isContent(b, a);
}

/** Adjacent token pairs that hold at least one content word, as "stem stem". */
function bigramsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isBigram(tokens, i)) out.push(`${(tokens[i] as Token).term} ${(tokens[i + 1] as Token).term}`);
  }
  return out;
}

/**
 * A sentence's bigrams as their tokens, flat ([first, second, first, second, …]): no string per
 * pair. Stems hold no space, so a pair is one of the question's "stem stem" bigrams exactly when
 * `bigramIndex` finds it.
 */
function bigramPairsOf(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isBigram(tokens, i)) out.push(tokens[i] as Token, tokens[i + 1] as Token);
  }
  return out;
}

/** The question's bigrams by first stem, then second stem: their index in `QuestionContext.bigrams`. */
function bigramIndexOf(bigrams: Set<string>): Map<string, Map<string, number>> {
  const index = new Map<string, Map<string, number>>();
  let k = 0;
  for (const bigram of bigrams) {
    const space = bigram.indexOf(" ");
    const first = bigram.slice(0, space);
    let seconds = index.get(first);
    if (!seconds) {
      seconds = new Map();
      index.set(first, seconds);
    }
    seconds.set(bigram.slice(space + 1), k++);
  }
  return index;
}

/** How many of the question's bigrams the sentence's pairs hold, each counted once. */
function sharedBigrams(index: Map<string, Map<string, number>>, pairs: Token[]): number {
  let shared = 0;
  let seen: boolean[] | undefined;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const k = index.get((pairs[i] as Token).term)?.get((pairs[i + 1] as Token).term);
    if (k === undefined) continue;
    seen ??= [];
    if (seen[k]) continue;
    seen[k] = true;
    shared++;
  }
  return shared;
}

const NAME_QUESTION = /\b(?:who|whom|whose|name|named|called|which)\b/i;
// "how old is…", "what age was she when…", "age of the fossil": the answer gives an age.
const AGE_QUESTION = /\b(?:how old|what age|age of)\b/i;

export function questionContext(
  terms: PassageTerms,
  question: ParsedQuestion,
  text: string,
  associations: AssociationTable,
  passageText?: (passageId: number) => string,
): QuestionContext {
  const passages = Math.max(1, terms.data.textStart.length - 1);
  const idfOf = (term: string) => inverseFrequency(passages, terms.documentFrequency(term));
  const tokens = question.tokens;
  const bigrams = new Set(bigramsOf(tokens));
  const plain = new Map<string, number>();
  const words = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (!isContent(t, tokens[i - 1])) return;
    const w = idfOf(t.term);
    plain.set(t.term, w);
    words.set(t.word, w);
  });
  const concepts = question.concepts.map((concept) => {
    const expansions: Array<[number, number]> = [];
    let own: number | undefined;
    for (const [term, weight] of concept.expansions) {
      const id = terms.idOf(term);
      if (id === undefined) continue;
      expansions.push([id, weight]);
      if (weight >= 1 && own === undefined) own = id;
    }
    const ids: ConceptIds = { concept, expansions };
    if (own !== undefined) ids.own = own;
    if (concept.phrase) ids.phrase = concept.phrase.map((t) => terms.idOf(t) ?? -1);
    return ids;
  });
  const questionTerms = new Set<string>();
  for (const c of question.concepts) for (const t of c.expansions.keys()) questionTerms.add(t);
  for (const t of question.literal) questionTerms.add(t);
  return {
    question,
    text,
    concepts,
    totalWeight: question.concepts.reduce((sum, c) => sum + c.weight, 0) || 1,
    questionTerms,
    asksWhatWasSaid: SAY_WORDS.test(text),
    plain,
    plainIds: [...plain].flatMap(([term, idf]) => {
      const id = terms.idOf(term);
      return id === undefined ? [] : [[id, idf] as [number, number]];
    }),
    words,
    bigrams,
    bigramIndex: bigramIndexOf(bigrams),
    meaningStems: question.concepts.map((c) => {
      if (isName(c) || c.phrase) return undefined;
      const stem = tokenize(c.label)[0]?.term;
      return stem && !/^\p{N}/u.test(stem) ? stem : undefined;
    }),
    averageLength: averageLength(terms),
    articles: new Map(),
    // Whether or not the corpus writes them: "kids" counts the "children" of "65,000 children".
    // The first word after "how many" only ("ppl", not the "work" of "how many ppl work at…").
    counted: question.concepts
      .filter((c) => c.focus && !isName(c) && !c.phrase)
      .slice(0, 1)
      .map((c) => {
        const stem = tokenize(c.label)[0]?.term ?? "";
        return new Set([...c.expansions.keys(), ...alikeStems(stem)]);
      }),
    asksForName: NAME_QUESTION.test(text),
    asksAge: AGE_QUESTION.test(text),
    dimension: askedDimension(text.toLowerCase()),
    keepsSentences: passages <= ANALYSED_MAX,
    associations,
    ...(passageText ? { passageText } : {}),
  };
}

/** Which of the question's concepts the article of a passage holds anywhere (sentences or pronoun names). */
function articleHolds(ctx: QuestionContext, terms: PassageTerms, passage: number): boolean[] {
  const [from, to] = terms.articleRange(passage);
  let holds = ctx.articles.get(from);
  if (!holds) {
    holds = ctx.concepts.map((ids) => {
      const expansions = ids.expansions;
      for (let i = 0; i < expansions.length; i++) {
        if (terms.heldIn((expansions[i] as [number, number])[0], from, to)) return true;
      }
      return false;
    });
    ctx.articles.set(from, holds);
  }
  return holds;
}

/** Where a concept stands in a sentence: its own word, another word for it, a pronoun, the context. */
export interface ConceptMatch {
  /** Best weight of an expansion in the sentence text (0 when none). */
  text: number;
  own: boolean;
  linked: number;
  context: number;
}

export function matchConcept(ids: ConceptIds, terms: PassageTerms, passageId: number): ConceptMatch {
  const concept = ids.concept;
  if (concept.spelledOutIn?.has(passageId)) return { text: 1, own: true, linked: 0, context: 0 };
  if (ids.phrase) {
    const inText = ids.phrase.every((t) => terms.inText(passageId, t));
    const inLinked =
      !inText && ids.phrase.every((t) => terms.inText(passageId, t) || terms.inLinked(passageId, t));
    return { text: inText ? 1 : 0, own: inText, linked: inLinked ? 1 : 0, context: 0 };
  }
  let text = 0;
  let linked = 0;
  let context = 0;
  // Indexed, not `for…of` nor a destructured pair: this runs for every concept of every candidate,
  // and each made an iterator.
  const expansions = ids.expansions;
  for (let i = 0; i < expansions.length; i++) {
    const pair = expansions[i] as [number, number];
    const term = pair[0];
    const weight = pair[1];
    if (weight > text && terms.inText(passageId, term)) text = weight;
    else if (weight > linked && terms.inLinked(passageId, term)) linked = weight;
    else if (weight > context && terms.inContext(passageId, term)) context = weight;
  }
  const own = ids.own !== undefined && terms.inText(passageId, ids.own);
  return { text, own, linked, context };
}

/** Facts about one candidate sentence that do not depend on the model. */
export interface CandidateInput {
  passageId: number;
  /** First-stage (BM25-like) evidence, relative to the best candidate's (0..1), and raw. */
  evidence: number;
  rawEvidence: number;
  /** The sentence as written, when the caller can give it (positions, length, names, quotes). */
  text?: string;
  /** Index of the sentence in its article (0 = the first). */
  positionInArticle: number;
}

/** The feature vector of one candidate. */
export function candidateFeatures(
  ctx: QuestionContext,
  terms: PassageTerms,
  input: CandidateInput,
): Float64Array {
  const f = new Float64Array(FEATURE_COUNT);
  const id = input.passageId;
  const W = ctx.totalWeight;
  let coverage = 0;
  let exact = 0;
  let text = 0;
  let linked = 0;
  let context = 0;
  let uncovered = 0;
  let namesMissing = 0;
  let focusMissing = 0;
  let namesMissingCount = 0;
  let nameCount = 0;
  let largestUncovered = 0;
  let largest = 0;
  let otherWeight = 0;
  let otherCovered = 0;
  const matched: boolean[] = [];
  for (const ids of ctx.concepts) {
    const w = ids.concept.weight;
    const m = matchConcept(ids, terms, id);
    const best = Math.max(m.text, m.linked * LINK_SHARE, m.context * CONTEXT_SHARE);
    coverage += w * best;
    if (m.own) exact += w;
    text += w * m.text;
    if (m.text === 0) linked += w * m.linked;
    if (m.text === 0 && m.linked === 0) context += w * m.context;
    if (best === 0) uncovered += w;
    largest = Math.max(largest, w);
    if (m.text === 0 && m.linked === 0) largestUncovered = Math.max(largestUncovered, w);
    if (isName(ids.concept) && m.text === 0 && m.linked === 0) {
      namesMissing += w;
      namesMissingCount++;
    }
    if (isName(ids.concept)) nameCount++;
    if (ids.concept.focus && m.text === 0 && m.linked === 0) focusMissing += w;
    if (!isName(ids.concept)) {
      otherWeight += w;
      otherCovered += w * best;
    }
    matched.push(m.text > 0);
  }
  f[F.coverage] = coverage / W;
  // What the sentence covers of the question besides its names: "what did Solberg say about the
  // tram strike" is not answered by any sentence of Solberg's.
  f[F.otherCoverage] = otherWeight ? otherCovered / otherWeight : 1;
  f[F.exactCoverage] = exact / W;
  f[F.textCoverage] = text / W;
  f[F.linkedCoverage] = linked / W;
  f[F.contextCoverage] = context / W;
  f[F.uncoveredConcepts] = uncovered / W;
  // The rarest thing the question names that the sentence does not: one such detail ("in 2009",
  // "the cost") is often all that tells a near miss from an answer.
  f[F.largestUncovered] = largest ? largestUncovered / largest : 0;
  f[F.namesMissing] = namesMissing / W;
  f[F.nameCountMissing] = nameCount ? namesMissingCount / nameCount : 0;
  const article = terms.data.articleOf[id] ?? 0;
  const holds = articleHolds(ctx, terms, id);
  let elsewhere = 0;
  let elsewhereCount = 0;
  let names = 0;
  // Which article the question is about: the share of its concepts the sentence's article holds.
  let inArticle = 0;
  ctx.concepts.forEach((ids, c) => {
    const concept = ids.concept;
    if (holds[c]) inArticle += concept.weight;
    if (!isName(concept) || concept.unknown) return;
    names++;
    if (holds[c]) return;
    elsewhere += concept.weight;
    elsewhereCount++;
  });
  f[F.articleMatch] = inArticle / W;
  f[F.namesMissingFromArticle] = elsewhere / W;
  // Unweighted too: a name found in every sentence of its own article has a low idf, yet it alone
  // says which article the question is about.
  f[F.nameCountMissingFromArticle] = names ? elsewhereCount / names : 0;
  // An answer often follows the sentence that restates the question (an interview's "Q: …?",
  // a definition's lead-in): how much of the question the sentences either side hold.
  f[F.previousMatch] = neighbourShare(ctx, terms, id - 1, article);
  f[F.nextMatch] = neighbourShare(ctx, terms, id + 1, article);
  f[F.focusMissing] = focusMissing / W;
  // How much of the question its whole paragraph holds: crowd questions are often written from one
  // paragraph, and news questions from one passage of a story.
  let paragraph = 0;
  let all = 0;
  for (const [term, idf] of ctx.plainIds) {
    all += idf;
    if (terms.inText(id, term) || terms.inContext(id, term)) paragraph += idf;
  }
  f[F.paragraphMatch] = all ? paragraph / all : 0;
  f[F.bm25] = input.evidence;
  f[F.bm25Log] = Math.log1p(input.rawEvidence);
  f[F.firstInArticle] = input.positionInArticle === 0 ? 1 : 0;
  f[F.articlePosition] = 1 / (1 + input.positionInArticle);

  if (input.text !== undefined) wordFeatures(f, ctx, input.text, matched);

  const cues = cuesFromBits(terms.cueBits(id));
  const type: QuestionType = ctx.question.type;
  f[F.whenPoint] = type === "when" && cues.point ? 1 : 0;
  f[F.whenTemporal] = type === "when" && cues.temporal ? 1 : 0;
  f[F.whenNoTemporal] = (type === "when" || type === "duration") && !cues.temporal ? 1 : 0;
  f[F.durationSpan] = type === "duration" && cues.span ? 1 : 0;
  f[F.durationTemporal] = type === "duration" && cues.temporal ? 1 : 0;
  f[F.quantityQuantity] = type === "quantity" && cues.quantity ? 1 : 0;
  f[F.quantityNoQuantity] = type === "quantity" && !cues.quantity ? 1 : 0;
  f[F.measureQuantity] = type === "measure" && cues.quantity ? 1 : 0;
  f[F.whyReason] = type === "why" && cues.reason ? 1 : 0;
  f[F.wherePlace] = type === "where" && cues.place ? 1 : 0;
  f[F.ageAge] = ctx.asksAge && cues.age ? 1 : 0;
  if (ctx.dimension && input.text !== undefined) {
    const stated = statesDimension(input.text, ctx.dimension);
    f[F.dimensionStated] = stated ? 1 : 0;
    f[F.dimensionNotStated] = stated ? 0 : 1;
  }
  return f;
}

/** The share of the question's weight that the sentence `other` holds, if it is of the same article. */
function neighbourShare(ctx: QuestionContext, terms: PassageTerms, other: number, article: number): number {
  const passages = terms.data.textStart.length - 1;
  if (!(other >= 0 && other < passages && terms.data.articleOf[other] === article)) return 0;
  let covered = 0;
  for (const ids of ctx.concepts) {
    const expansions = ids.expansions;
    for (let i = 0; i < expansions.length; i++) {
      if (terms.inText(other, (expansions[i] as [number, number])[0])) {
        covered += ids.concept.weight;
        break;
      }
    }
  }
  return covered / ctx.totalWeight;
}

// A concept met only through a pronoun, or only in the paragraph around, is weaker evidence; how much
// weaker the model learns from the separate linked / context features, this only keeps `coverage`
// (the share the refusal reads) from counting them as fully said.
const LINK_SHARE = 0.9;
const CONTEXT_SHARE = 0.3;

// Performance: the same sentences come up question after question in a small corpus (it is read
// whole): their analyses are kept instead of worked out each time. Only while the cache can hold
// every sentence of the corpus: in a larger one few come up again before they are evicted (7.5%
// at 10,000 articles), and each kept analysis (tokens, sets, maps) outlives a young-generation
// collection or two, so is copied into the old generation to die there. That promotion, about
// 0.5 MB a question, cost more collection time than the cache saved analysing (measured: minor
// collections 2.1 s against 0.4 s over 800 questions at 10,000 articles).
const ANALYSED_MAX = 5000;
const analysedSentences = new Map<string, Analysed>();

/** What the word features read of a sentence, whatever the question: worked out once per sentence. */
interface Analysed {
  content: Token[];
  /** Its content stems in order, and how often each stands there. */
  stems: string[];
  frequency: Map<string, number>;
  /** Its content words as written (lower-cased). */
  written: Set<string>;
  /** Its bigrams as token pairs (see `bigramPairsOf`). */
  bigramPairs: Token[];
  /** Its stems as the learnt associations read them (`associationStems`). */
  associationStems: Set<string>;
  quote: boolean;
  asksItself: boolean;
  /** The best cosine of a question's stem with the sentence's stems, once asked for. */
  closest: Map<string, number>;
}

function analysed(text: string, keep: boolean): Analysed {
  let known = keep ? analysedSentences.get(text) : undefined;
  if (!known) {
    const tokens = tokenize(text);
    // One pass, no intermediate arrays: at 10,000 articles nearly every candidate is new to the cache.
    const content: Token[] = [];
    const stems: string[] = [];
    const frequency = new Map<string, number>();
    const written = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!isContent(t, tokens[i - 1])) continue;
      content.push(t);
      stems.push(t.term);
      frequency.set(t.term, (frequency.get(t.term) ?? 0) + 1);
      written.add(t.word);
    }
    known = {
      content,
      stems,
      frequency,
      written,
      bigramPairs: bigramPairsOf(tokens),
      associationStems: associationStems(tokens),
      quote: /["“”]/.test(text) || /\b(?:said|says|told|according to)\b/.test(text),
      asksItself: /\?["”’)]*$/.test(text.trim()),
      closest: new Map(),
    };
    if (keep) {
      if (analysedSentences.size >= ANALYSED_MAX) analysedSentences.clear();
      analysedSentences.set(text, known);
    }
  }
  return known;
}

/** Features that need the sentence's words in order: proximity, length, names, quotes. */
function wordFeatures(f: Float64Array, ctx: QuestionContext, text: string, matched: boolean[]) {
  const sentence = analysed(text, ctx.keepsSentences);
  const content = sentence.content;
  // Where each matched concept first stands in the sentence (-1: not matched).
  const positions: number[] = [];
  let found = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < ctx.concepts.length; c++) {
    const at = matched[c] ? firstPosition(content, (ctx.concepts[c] as ConceptIds).concept.expansions) : -1;
    positions.push(at);
    if (at < 0) continue;
    found++;
    first = Math.min(first, at);
    last = Math.max(last, at);
  }
  if (found >= 2) f[F.proximity] = found / (last - first + 1);
  let pairs = 0;
  let adjacent = 0;
  for (let c = 0; c + 1 < positions.length; c++) {
    pairs++;
    const a = positions[c] as number;
    const b = positions[c + 1] as number;
    if (a >= 0 && b >= 0 && Math.abs(a - b) <= 2) adjacent++;
  }
  f[F.adjacentPairs] = pairs ? adjacent / pairs : 0;
  f[F.lengthLog] = Math.log1p(content.length);
  // Plain BM25 (k1 1.2, b 0.75) of the sentence for the question's own stems, as a textbook engine
  // would score it: the expansions above say what a word may mean, this says how it is written.
  const tf = sentence.frequency;
  const norm = 1.2 * (1 - 0.75 + (0.75 * tf.size) / ctx.averageLength);
  let bm25 = 0;
  for (const [term, idf] of ctx.plain) {
    const n = tf.get(term);
    if (n) bm25 += (idf * n * 2.2) / (n + norm);
  }
  f[F.sentenceBm25] = bm25;
  let same = 0;
  let all = 0;
  const written = sentence.written;
  for (const [word, idf] of ctx.words) {
    all += idf;
    if (written.has(word)) same += idf;
  }
  f[F.sameWords] = all ? same / all : 0;
  if (ctx.bigrams.size) {
    f[F.sharedBigrams] = sharedBigrams(ctx.bigramIndex, sentence.bigramPairs) / ctx.bigrams.size;
  }
  let fresh = 0;
  let newName = false;
  for (const t of content) {
    if (ctx.questionTerms.has(t.term)) continue;
    fresh++;
    if (t.capitalized && t.position > 0) newName = true;
  }
  f[F.novelty] = content.length ? fresh / content.length : 0;
  f[F.asksItself] = sentence.asksItself ? 1 : 0;
  meaningFeatures(f, ctx, sentence, matched);
  associationFeatures(f, ctx, sentence);
  const quote = sentence.quote;
  f[F.quote] = quote ? 1 : 0;
  f[F.sayQuestionQuote] = ctx.asksWhatWasSaid && quote ? 1 : 0;
  f[F.whoNewName] = ctx.question.type === "who" && newName ? 1 : 0;
  f[F.nameQuestionNewName] = ctx.asksForName && newName ? 1 : 0;
  f[F.otherNewName] = ctx.question.type !== "who" && newName ? 1 : 0;
  countedFeatures(f, ctx, content);
}

/** Position of the first content token whose stem is one of `stems`, or -1. */
function firstPosition(content: Token[], stems: ReadonlyMap<string, number>): number {
  for (let i = 0; i < content.length; i++) {
    const t = content[i] as Token;
    if (stems.has(t.term)) return t.position;
  }
  return -1;
}

/**
 * "how many kids are they trying to jab" against "aims to vaccinate 65,000 children": a number
 * just before the thing the question counts. A sentence with numbers of other things ("$140
 * million" for "how many ppl work at the plant") does not answer, however many words it shares.
 */
function countedFeatures(f: Float64Array, ctx: QuestionContext, content: Token[]): void {
  const type = ctx.question.type;
  if (type !== "quantity" && type !== "measure") return;
  const focus = ctx.counted;
  if (focus.length === 0) return;
  const counted = numberBefore(
    content,
    COUNTED_SPAN,
    (t) => isCount(t.word),
    (next) => focus.some((stems) => stems.has(next.term)),
  );
  f[F.focusCounted] = counted ? 1 : 0;
  f[F.focusNotCounted] = counted ? 0 : 1;
}

/** How far after the number the counted thing may stand ("65,000 children", "340 people directly", "200 more nurses"). */
const COUNTED_SPAN = 4;

/**
 * Whether a number `isNumber` accepts stands at most `span` positions before a token `isCounted`
 * accepts (given its index in `tokens`): "65,000 children", "200 more nurses".
 */
function numberBefore(
  tokens: readonly Token[],
  span: number,
  isNumber: (t: Token) => boolean,
  isCounted: (next: Token, at: number) => boolean,
): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isNumber(t)) continue;
    for (let j = i + 1; j < tokens.length; j++) {
      const next = tokens[j] as Token;
      if (next.position - t.position > span) break;
      if (isCounted(next, j)) return true;
    }
  }
  return false;
}

/** Whether a lower-case token states a figure: a count ("65,000", "twelve") or any word with a digit ("£2.4m"). */
function isFigure(word: string): boolean {
  return isCount(word) || /\p{N}/u.test(word);
}

/**
 * How close in meaning the sentence comes to the question's words it does not share: the best
 * cosine of each such word with the sentence's words (word vectors), and whether a word related
 * to it by both the vectors and WordNet stands there. A shared word counts 1 in the coverage.
 */
function meaningFeatures(f: Float64Array, ctx: QuestionContext, sentence: Analysed, matched: boolean[]) {
  const stems = sentence.stems;
  let weight = 0;
  let coverage = 0;
  let gain = 0;
  let related = 0;
  ctx.concepts.forEach((ids, c) => {
    const stem = ctx.meaningStems[c];
    if (stem === undefined) return;
    const w = ids.concept.weight;
    weight += w;
    if (matched[c]) {
      coverage += w;
      return;
    }
    // Questions share words: a question word's closest match in a sentence is worked out once.
    let similarity = sentence.closest.get(stem);
    if (similarity === undefined) {
      similarity = bestSimilarity(stem, stems);
      if (sentence.closest.size >= 500) sentence.closest.clear();
      sentence.closest.set(stem, similarity);
    }
    coverage += w * similarity;
    gain += w * similarity;
    const near = relatedTerms(stem);
    if (near.size > 0 && stems.some((t) => near.has(t))) related += w;
  });
  if (weight === 0) return;
  f[F.vectorCoverage] = coverage / weight;
  f[F.vectorGain] = gain / ctx.totalWeight;
  f[F.relatedCoverage] = related / ctx.totalWeight;
}

/**
 * How far the words the question has and the sentence lacks stand, as learnt from the training
 * questions, for words the sentence has ("ceo" for "chief executive", "how long" for "hours"), and
 * its type for what answers such a question ("why" for "because", "how many" for a figure): the
 * idf-weighted share of the question's words met so, each by its strongest association (the type
 * weighing the mean of the words' idf); and the strongest association met. (Session 28, ranking
 * alone on validation: words only 0.6330 / 0.8133, the type as a feature of its own 0.6403 / 0.8250,
 * folded in as here 0.6455 / 0.8234.)
 */
function associationFeatures(f: Float64Array, ctx: QuestionContext, sentence: Analysed) {
  const table = ctx.associations;
  if (table.size === 0) return;
  const tf = sentence.frequency;
  const stems = sentence.associationStems;
  const strongest = (row: ReadonlyMap<string, number>) => {
    let most = 0;
    for (const s of stems) {
      const v = row.get(s);
      if (v !== undefined && v > most) most = v;
    }
    return most;
  };
  let all = 0;
  let gain = 0;
  let best = 0;
  for (const [term, idf] of ctx.plain) {
    all += idf;
    if (tf.has(term)) continue;
    const row = table.get(term);
    if (!row) continue;
    const v = strongest(row);
    gain += idf * v;
    if (v > best) best = v;
  }
  const type = typeStem(ctx.question.type);
  const row = type === undefined ? undefined : table.get(type);
  if (row) {
    const weight = ctx.plain.size ? all / ctx.plain.size : 1;
    const v = strongest(row);
    all += weight;
    gain += weight * v;
    if (v > best) best = v;
  }
  f[F.associatedCoverage] = all ? gain / all : 0;
  f[F.associatedBest] = best;
}

/**
 * What the refusal model reads: the question as a whole and how its best sentences fare, then every
 * ranking feature of the best sentence ("top.coverage", …). Given all of them instead of a chosen
 * dozen, the model refused 56 of 256 unanswerable validation questions instead of 35 at the same
 * 19 of 794 wrong refusals (session 17): it weighs what it finds useful.
 */
const QUESTION_FEATURE_NAMES = [
  "topProbability",
  "topScore",
  "margin",
  "unknownShare",
  "largestUnknown",
  "unknownName",
  "unknownNotEnglish",
  "unknownUnranked",
  "unknownFocus",
  "typeMismatch",
  "conceptCountLog",
  "slotAsked",
  "slotUnfilled",
  "slotKind",
  "slotKindUnfilled",
  "wellFormed",
  "contentWords",
] as const;
const TOP = QUESTION_FEATURE_NAMES.length;
export const ANSWER_FEATURE_NAMES: readonly string[] = [
  ...QUESTION_FEATURE_NAMES,
  ...FEATURE_NAMES.map((name) => `top.${name}`),
];
export const ANSWER_FEATURE_COUNT = ANSWER_FEATURE_NAMES.length;
type AnswerFeature = (typeof QUESTION_FEATURE_NAMES)[number];
const A = Object.fromEntries(QUESTION_FEATURE_NAMES.map((n, i) => [n, i])) as Record<AnswerFeature, number>;

/** The refusal model's features, from the question and its ranked candidates (best first). */
export function answerFeatures(
  ctx: QuestionContext,
  ranked: Array<{ score: number; features: Float64Array; passageId: number }>,
): Float64Array {
  const f = new Float64Array(ANSWER_FEATURE_COUNT);
  const top = ranked[0];
  if (!top) return f;
  let sum = 0;
  for (const r of ranked) sum += Math.exp(r.score - top.score);
  const tf = top.features;
  const concepts = ctx.question.concepts;
  const W = ctx.totalWeight;
  const unknownShare = concepts.reduce((s, c) => s + (c.unknown ? c.weight : 0), 0) / W;
  const largest = concepts.reduce((m, c) => Math.max(m, c.weight), 0) || 1;
  const type = ctx.question.type;
  f[A.topProbability] = 1 / sum;
  f[A.topScore] = top.score;
  f[A.margin] = ranked[1] ? top.score - ranked[1].score : 5;
  f[A.unknownShare] = unknownShare;
  f[A.largestUnknown] = concepts.reduce((m, c) => (c.unknown ? Math.max(m, c.weight) : m), 0) / largest;
  f[A.unknownName] = concepts.some((c) => c.unknown && c.nameLike) ? 1 : 0;
  // A word the corpus lacks that is no everyday English word either, nor a slip of one, is most
  // likely a name typed in lower case: something the corpus does not cover, not a paraphrase.
  f[A.unknownNotEnglish] = concepts.some((c) => c.unknown && !c.phrase && unfamiliarWord(c.label)) ? 1 : 0;
  // Wider than the above: a word the corpus lacks and no English word list has, even if it is a slip
  // away from an everyday word ("hutchins", "harlan", "brenner"): a name or a misspelling the corpus
  // cannot match either way. How much this says, the answer model learns.
  f[A.unknownUnranked] = concepts.some((c) => c.unknown && !c.phrase && unrankedWord(c.label)) ? 1 : 0;
  f[A.unknownFocus] = concepts.some((c) => c.unknown && c.focus) ? 1 : 0;
  // "how old is Kwame Asante" over a sentence that names him with no age is no answer either.
  f[A.typeMismatch] =
    ((type === "when" || type === "duration") && tf[F.whenNoTemporal] === 1) ||
    (type === "quantity" && tf[F.quantityNoQuantity] === 1) ||
    (ctx.asksAge && tf[F.ageAge] === 0)
      ? 1
      : 0;
  f[A.conceptCountLog] = Math.log1p(concepts.length);
  // The question's form: a sentence written out as SQuAD's crowd workers write them leaves more of
  // its many words uncovered than chat does, and tells the trees which kind of asker they read.
  f[A.wellFormed] = writtenOut(ctx.text) ? 1 : 0;
  f[A.contentWords] = ctx.words.size;
  const text = ctx.passageText?.(top.passageId);
  if (text !== undefined) {
    // Read once: the slot check, the figure check and the duration check all look at them.
    const times = findTimes(text);
    const slot = askedSlot(ctx, text, times);
    f[A.slotAsked] = slot === undefined ? 0 : 1;
    f[A.slotUnfilled] = slot === false ? 1 : 0;
    const kind = askedKind(ctx);
    if (kind !== undefined) {
      const filled = statesKind(ctx, kind, text, times, tf);
      f[A.slotKind] = KINDS.indexOf(kind) + 1;
      f[A.slotKindUnfilled] = filled ? 0 : 1;
    }
  }
  f.set(tf, TOP);
  return f;
}

/** The question's words as typed: what a figure, a time or a name of the sentence must say more than. */
function askedWords(ctx: QuestionContext): Set<string> {
  return new Set(ctx.question.tokens.map((t) => t.word));
}

/** Whether something written ("Saturday night", "£2.4m") holds a word the question does not. */
function beyond(asked: ReadonlySet<string>, written: string): boolean {
  return tokenize(written).some((t) => t.term !== "" && !asked.has(t.word));
}

/**
 * Whether the sentence states the kind of thing the question asks for and the question does not
 * already hold ("what time on saturday night…" over "On Saturday night… the gate jammed": the time
 * it states is the question's own): a time for when / how long, a figure for how many / how much /
 * how old / how far, a name for who / which / what's the name. Undefined when the question asks for
 * none of these.
 */
function askedSlot(ctx: QuestionContext, text: string, times: readonly TimeMention[]): boolean | undefined {
  const type = ctx.question.type;
  const asked = askedWords(ctx);
  if (type === "when" || type === "duration") return times.some((t) => beyond(asked, t.text));
  if (type === "quantity" || type === "measure" || ctx.asksAge || ctx.dimension) {
    return tokenize(withoutCalendarDates(text, times)).some((t) => isFigure(t.word) && !asked.has(t.word));
  }
  if (type === "who" || ctx.asksForName) {
    return tokenize(text).some(
      (t) => t.capitalized && t.position > 0 && !asked.has(t.word) && !ctx.questionTerms.has(t.term),
    );
  }
  return undefined;
}

/** The kinds of figure a question may ask for, finer than its type: what a sentence must state to answer. */
const KINDS = ["money", "percent", "age", "duration", "measure", "count"] as const;
type Kind = (typeof KINDS)[number];

/** The question's words in order, lower-case, as one string. */
function questionWords(ctx: QuestionContext): string {
  return ctx.question.tokens.map((t) => t.word).join(" ");
}

/** The kind of figure the question asks for, when it asks for one whose kind a sentence shows. */
function askedKind(ctx: QuestionContext): Kind | undefined {
  const type = ctx.question.type;
  const q = questionWords(ctx);
  if (ctx.asksAge) return "age";
  if (type === "duration") return "duration";
  if (/\bhow many\b/.test(q)) return ctx.counted.length ? "count" : undefined;
  const wh = /^(?:how|what|whats|which)\b/.test(q) || /\bhow much\b/.test(q);
  if (!wh) return undefined;
  if (asksMoney(q)) return "money";
  if (asksPercent(q)) return "percent";
  if (ctx.dimension) return "measure";
  return undefined;
}

/** A pattern that finds every match (`matchAll` needs the flag; the shared patterns are for `test`). */
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
const ALL_MONEY_SIGNS = everywhere(MONEY_SIGN);
const ALL_MONEY_WORDS = everywhere(MONEY_WORD);
const ALL_PERCENTS = everywhere(PERCENT_STATED);

/** Whether a figure the pattern (global) finds stands in the text and is not the question's own. */
function statesNew(ctx: QuestionContext, pattern: RegExp, text: string): boolean {
  const asked = askedWords(ctx);
  for (const m of text.matchAll(pattern)) {
    // The figure around the match: its digits, as the question would have written them.
    const from = Math.max(0, (m.index ?? 0) - 12);
    const around = text.slice(from, (m.index ?? 0) + m[0].length + 12);
    const figures = tokenize(around).filter((t) => /\p{N}/u.test(t.word));
    if (figures.length === 0 || figures.some((t) => !asked.has(t.word))) return true;
  }
  return false;
}

/** Whether the sentence states a figure of the kind the question asks for. */
function statesKind(
  ctx: QuestionContext,
  kind: Kind,
  text: string,
  times: readonly TimeMention[],
  tf: Float64Array,
): boolean {
  const plain = withoutCalendarDates(text, times);
  switch (kind) {
    case "money":
      return (
        statesNew(ctx, ALL_MONEY_SIGNS, plain) ||
        statesNew(ctx, ALL_MONEY_WORDS, plain) ||
        (asksChange(questionWords(ctx)) && statesNew(ctx, ALL_PERCENTS, plain))
      );
    case "percent":
      return statesNew(ctx, ALL_PERCENTS, plain);
    case "age":
      return tf[F.ageAge] === 1;
    case "duration": {
      const asked = askedWords(ctx);
      return (
        times.some(
          (t) =>
            (t.kind === "duration" || t.kind === "span" || t.kind === "boundary") && beyond(asked, t.text),
        ) || statesDimension(text, "length")
      );
    }
    case "measure":
      return ctx.dimension !== undefined && statesDimension(text, ctx.dimension);
    case "count":
      return countsFocus(ctx, plain);
  }
}

/** How far after the number the counted thing may stand for the refusal's check ("200 more nurses"). */
const KIND_COUNTED_SPAN = 3;
/** Cosine above which a sentence word is taken for the counted thing ("staff" for "workers"). */
const COUNTED_SIMILARITY = 0.55;
/** Learnt association strength above which a sentence word is taken for the counted thing ("employe" for "staff"). */
const COUNTED_ASSOCIATION = 1.2;

/**
 * "how many ppl work at the plant": a new number followed within a few words by the counted thing,
 * its synonyms, a related word, a near word in the vectors, or a word the learnt associations tie to it.
 */
function countsFocus(ctx: QuestionContext, text: string): boolean {
  const asked = askedWords(ctx);
  const focus = ctx.counted[0];
  if (!focus) return false;
  const tokens = tokenize(text);
  const like = (term: string) => {
    if (term === "") return false;
    for (const s of focus) {
      if (s === term) return true;
      if ((relatedTerms(s).get(term) ?? 0) >= 0.5) return true;
      if ((ctx.associations.get(s)?.get(term) ?? 0) >= COUNTED_ASSOCIATION) return true;
      if (termSimilarity(s, term) >= COUNTED_SIMILARITY) return true;
    }
    return false;
  };
  return numberBefore(
    tokens,
    KIND_COUNTED_SPAN,
    (t) => isFigure(t.word) && !asked.has(t.word),
    (next, j) => isContent(next, tokens[j - 1]) && like(next.term),
  );
}
