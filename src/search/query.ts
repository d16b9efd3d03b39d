import { COMMON_ACRONYMS, synonymStems } from "../language/synonyms.ts";
import { allowedTypos, fixQuestionWord, stopwordTypo } from "../language/typos.ts";
import { contentTerms, isContent, type Token, tokenize } from "../text/analyze.ts";
import { unknownWordWeight } from "../text/english-frequency.ts";
import { type QuestionType, questionType } from "./features.ts";
import { findGlossaryMentions } from "./glossary-terms.ts";
import { glossaryToken, type SearchIndex } from "./index.ts";

/** One thing the question asks about, with the index terms that stand for it. */
export interface Concept {
  /** The words of the question it comes from. */
  label: string;
  /** Index stems that express it, each with how surely (1 = the very word). */
  expansions: Map<string, number>;
  /** Rarity in the corpus: rare concepts decide more. */
  weight: number;
  /** Nothing in the corpus expresses it. */
  unknown: boolean;
  /** Written like a name (capitalised mid-question, or an acronym). */
  nameLike: boolean;
  /** The corpus writes it as a name (capitalised inside a sentence), however the asker typed it. */
  corpusName?: boolean;
  /** The thing a "how many / which / what X" question asks about: the corpus must know it to answer. */
  focus?: boolean;
  /** An acronym the corpus never writes ("BRT"): its letters, to find the words it stands for. */
  initials?: string;
  /** Passages that spell the acronym out ("bus rapid transit"), once found. */
  spelledOutIn?: Set<number>;
  /** Stems that together express it, all needed ("CEO" → chief, execut). */
  phrase?: string[];
}

export interface ParsedQuestion {
  type: QuestionType;
  /** The question's words as analysed. */
  tokens: Token[];
  concepts: Concept[];
  /**
   * The question's own words where a glossary name stands for them ("Tehran" in a question about Iran):
   * searched too, so a sentence using the asker's word ranks first among equals, but not counted in coverage.
   */
  literal: string[];
}

const SYNONYM_WEIGHT = 0.6;
const BACKGROUND_OPENERS = new Set(["after", "following", "since", "once", "before", "until"]);
const BACKGROUND_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.75;
const DERIVED_WEIGHT = 0.7;
const ABBREVIATION_WEIGHT = 0.7;
const PHRASE_WEIGHT = 0.5;

/** The corpus has the term in some sentence (or in the names a pronoun points to). */
const inCorpus = (index: SearchIndex, term: string) => index.passages.documentFrequency(term) > 0;

export function idf(index: SearchIndex, df: number): number {
  return inverseFrequency(index.passageCount, df);
}

/** BM25's idf of a term in `df` of `passages` sentences. */
export function inverseFrequency(passages: number, df: number): number {
  return Math.log(1 + (passages - df + 0.5) / (df + 0.5));
}

/** Turns a question into concepts: glossary names first, then each remaining content word. */
export function parseQuestion(index: SearchIndex, question: string): ParsedQuestion {
  const tokens = tokenize(question);
  const concepts: Concept[] = [];
  const consumed = new Set<number>();
  // "What happened after the US quit the deal?": the clause after "after" names the event the
  // question starts from, not what it asks about; its words weigh less.
  const clauseStart = tokens.findIndex((t) => BACKGROUND_OPENERS.has(t.word));
  const background = (positions: Iterable<number>) =>
    clauseStart >= 0 && [...positions].every((p) => p > clauseStart) ? BACKGROUND_WEIGHT : 1;
  const literal: string[] = [];
  const dfOf = (term: string) => index.passages.documentFrequency(term);

  const mentions = [...findGlossaryMentions(tokens, index.glossary)];
  for (const [entryIndex, positions] of mentions) {
    const entry = index.glossary.entries[entryIndex];
    // "IAEA chief" names Grossi; the "IAEA" inside it is part of that name, not a second subject.
    const inside = mentions.some(
      ([other, p]) =>
        other !== entryIndex && p.size > positions.size && [...positions].every((x) => p.has(x)),
    );
    for (const p of positions) {
      consumed.add(p);
      const token = tokens[p];
      if (token && isContent(token, tokens[p - 1]) && dfOf(token.term) > 0) literal.push(token.term);
    }
    if (!entry || inside) continue;
    const token = glossaryToken(entryIndex);
    const df = dfOf(token);
    concepts.push({
      label: entry.name,
      expansions: new Map(df > 0 ? [[token, 1]] : []),
      weight: idf(index, df) * background(positions),
      unknown: df === 0,
      nameLike: true,
    });
  }

  const focus = focusPositions(tokens);
  tokens.forEach((token, i) => {
    if (consumed.has(i) || !isContent(token, tokens[i - 1])) return;
    if (!inCorpus(index, token.term) && !token.capitalized && stopwordTypo(token.word)) return;
    if (concepts.some((c) => c.label === token.word)) return;
    const nameLike = token.acronym || (token.capitalized && i > 0);
    const phrase = dfOf(token.term) === 0 ? acronymPhrase(index, token.word) : undefined;
    if (phrase) {
      concepts.push({
        label: token.word,
        expansions: new Map(phrase.map((t) => [t, PHRASE_WEIGHT] as const)),
        weight: idf(index, Math.min(...phrase.map(dfOf))),
        unknown: false,
        nameLike,
        phrase,
      });
      return;
    }
    const expansions = expand(index, token, nameLike);
    const known = [...expansions].filter(([, w]) => w > 0);
    const best = known.length ? Math.min(...known.map(([t]) => dfOf(t))) : 0;
    const unknown = known.length === 0;
    concepts.push({
      label: token.word,
      expansions,
      weight: idf(index, best) * (unknown && !nameLike ? unknownWordWeight(token.word) : 1) * background([i]),
      unknown,
      nameLike,
      ...(index.words.get(token.word)?.name ? { corpusName: true } : {}),
      ...(focus.has(i) ? { focus: true } : {}),
      ...(unknown && token.acronym && /^[a-z]{2,5}$/.test(token.word) ? { initials: token.word } : {}),
    });
  });
  return { type: questionType(fixQuestionWord(question)), tokens, concepts, literal };
}

/** The stems in the index that may stand for a question's stem, with their weights. */
function expand(index: SearchIndex, token: Token, nameLike: boolean): Map<string, number> {
  const { term, word } = token;
  const out = new Map<string, number>();
  const add = (t: string, w: number) => {
    if (inCorpus(index, t) && (out.get(t) ?? 0) < w) out.set(t, w);
  };
  add(term, 1);
  if (!/^\p{N}/u.test(term)) {
    for (const synonym of synonymStems(term)) add(synonym, SYNONYM_WEIGHT);
    // Other forms of the same word that the stemmer leaves apart ("diplomacy" / "diplomatic").
    if (term.length >= 5) {
      const stemLength = Math.max(5, Math.ceil(term.length * 0.75));
      for (const candidate of index.passages.withPrefix(term.slice(0, stemLength))) {
        if (
          candidate !== term &&
          commonPrefix(candidate, term) >= Math.ceil(0.75 * Math.min(candidate.length, term.length))
        )
          add(candidate, DERIVED_WEIGHT);
      }
    }
    // A capitalised abbreviation of a name the corpus spells out ("Ave" → "Avenue", "Gov" → "Governor").
    if (nameLike && !inCorpus(index, term) && word.length >= 2 && word.length <= 4) {
      for (const [candidate, info] of index.words.withPrefix(word)) {
        if (info.name && candidate.length > word.length) add(info.term, ABBREVIATION_WEIGHT);
      }
    }
    // Misspellings, only for words the corpus does not have as typed; a capitalised word
    // may only be a misspelt name ("Grosi"), never a common word ("President" is not "residents").
    // Two swapped letters count as one slip ("chiar" → "chair").
    const allowed = allowedTypos(word);
    if (!inCorpus(index, term) && allowed > 0) {
      for (const { info, distance } of index.words.similar(word, allowed)) {
        if (nameLike && !info.name) continue;
        add(info.term, distance === 1 ? FUZZY_WEIGHT : FUZZY_WEIGHT * 0.8);
      }
    }
  }
  return out;
}

/** The stems of what an everyday acronym stands for ("ceo" → chief, execut), when the corpus has them all. */
function acronymPhrase(index: SearchIndex, word: string): string[] | undefined {
  const meaning = COMMON_ACRONYMS[word];
  if (!meaning) return undefined;
  const stems = contentTerms(meaning);
  return stems.length > 0 && stems.every((t) => inCorpus(index, t)) ? stems : undefined;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const FOCUS_OPENER = /^(?:which|what|how (?:many|much))$/;
// Between "what" and the thing asked about: "what is the…", "how many of the…".
const FOCUS_SKIP = new Set(["is", "are", "was", "were", "the", "a", "an", "of"]);

/**
 * Positions of the noun phrase a "which / what / how many / how much" question asks about
 * ("which construction company", "what were Pinecrest's annual revenues"), up to the first
 * function word or verb in -ing.
 */
function focusPositions(tokens: Token[]): Set<number> {
  const out = new Set<number>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const pair = next ? `${token.word} ${next.word}` : "";
    let j = FOCUS_OPENER.test(pair) ? i + 2 : FOCUS_OPENER.test(token.word) ? i + 1 : -1;
    if (j < 0) return;
    while (j < tokens.length && FOCUS_SKIP.has((tokens[j] as Token).word)) j++;
    for (; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (!isContent(t, tokens[j - 1]) || /ing$/.test(t.word)) break;
      out.add(j);
    }
  });
  return out;
}
