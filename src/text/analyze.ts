import { createRequire } from "node:module";
import type { EnglishVerbsIrregular } from "english-verbs-irregular";
import { stemmer } from "stemmer";
import { eng } from "stopword";
import { PHRASAL_VERBS } from "../language/phrases.ts";

/** One word of a text, as searched. */
export interface Token {
  /** Lower-cased, accents and possessive removed: "trump’s" → "trump", "U.S." → "us". */
  word: string;
  /** Stem used for matching: "negotiations" → "negoti". */
  term: string;
  /** Written as an initialism or in capitals ("U.S.", "IAEA"): never a stop word. */
  acronym: boolean;
  /** Starts with a capital letter as written. */
  capitalized: boolean;
  /** Position among the text's tokens. */
  position: number;
}

// Question words and auxiliaries that the general list leaves in; alone they never decide a ranking.
const EXTRA_STOPWORDS = [
  "why",
  "again",
  "mean",
  "means",
  "meant",
  "when",
  "whom",
  "whose",
  "does",
  "doing",
  "done",
  "will",
  "won't",
  "wont",
  "isn't",
  "aren't",
  "don't",
  "doesn't",
  "didn't",
  "can't",
  "cannot",
  "not",
  "no",
  "yes",
  "its",
  "it's",
  // Reflexive pronouns the general list lacks ("the council itself"): no content of their own.
  "itself",
  "herself",
  "themselves",
  "ourselves",
  "yourself",
  "s",
  "t",
  "d",
  "ll",
  "re",
  "ve",
  "say",
  "says",
  "tell",
  "told",
  "happen",
  "happened",
  "happening",
  "going",
  "about",
  "abt",
  "thing",
  "things",
  "anything",
  "something",
  "really",
  "just",
  "even",
  "ever",
  "think",
  "thinks",
  "know",
  "still",
];
// The general list drops words that order events; "what happened after the vote" needs them.
const KEPT = new Set(["after", "before", "never", "under", "against", "over", "between", "since"]);
export const STOPWORDS: ReadonlySet<string> = new Set(
  [...eng, ...EXTRA_STOPWORDS].filter((w) => !KEPT.has(w)),
);

// Past forms the stemmer cannot relate to their verb ("withdrew", "broken", "sought") → the verb.
const IRREGULAR = (() => {
  const verbs = createRequire(import.meta.url)(
    "english-verbs-irregular/dist/verbs.json",
  ) as EnglishVerbsIrregular;
  const map = new Map<string, string>();
  for (const [verb, forms] of Object.entries(verbs)) {
    for (const form of forms.flat()) if (form !== verb && !map.has(form)) map.set(form, verb);
  }
  return map;
})();

// Words the stemmer joins to another of unrelated meaning, each given a stem of its own: "the
// author" is not "the authority" nor "authorised", "news" is not "new", an "executive" does not
// "execute", a "university" is no "universe".
const OWN_STEMS: ReadonlyArray<[RegExp, string]> = [
  [/^authorit(?:y|ies)$/u, "authoriti"],
  [/^authori[sz](?:e|es|ed|ing|ation|ations)$/u, "authoriz"],
  [/^news$/u, "news"],
  [/^executives?$/u, "executiv"],
  [/^universit(?:y|ies)$/u, "universiti"],
];

/** A word's stem: its own where the stemmer joins unrelated words, else its verb's ("withdrew") stemmed. */
function stemOf(word: string): string {
  for (const [pattern, stem] of OWN_STEMS) if (pattern.test(word)) return stem;
  return stemmer(IRREGULAR.get(word) ?? word);
}

// Dotted initialisms first so "U.S." stays one token; then words with inner apostrophes or hyphens; then numbers.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)*|\p{N}+(?:[.,:]\p{N}+)*/gu;

/**
 * Splits text into tokens. Hyphenated words give their parts ("weapons-grade" → weapons, grade),
 * possessives lose their `’s`, and initialisms lose their dots.
 */
type WordAnalysis = Omit<Token, "position">;
// Performance: the same raw words recur all through a corpus; analysing each once makes indexing
// several times faster. Bounded, so a huge corpus cannot grow it without end.
const analysed = new Map<string, WordAnalysis>();
const ANALYSED_MAX = 200_000;

function analyzeWord(raw: string): WordAnalysis {
  const known = analysed.get(raw);
  if (known) return known;
  const dotted = raw.includes(".") && /\p{L}/u.test(raw);
  const letters = dotted ? raw.replaceAll(".", "") : raw;
  const acronym = dotted || (letters.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(letters));
  const word = letters
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$|['’]$/u, "")
    .replaceAll("’", "'");
  const result: WordAnalysis = {
    word,
    term: acronym || /^\p{N}/u.test(word) ? word : stemOf(word),
    acronym,
    capitalized: /^\p{Lu}/u.test(raw),
  };
  if (analysed.size >= ANALYSED_MAX) analysed.clear();
  analysed.set(raw, result);
  return result;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // `match` with the global flag gives the matched strings only: `matchAll` made a match array
  // (index, input, groups) per word, the largest share of what ranking a question allocated.
  for (const raw of text.match(TOKEN) ?? []) {
    const { word, term, acronym, capitalized } = analyzeWord(raw);
    out.push({ word, term, acronym, capitalized, position: out.length });
  }
  return joinPhrasalVerbs(out);
}

const PHRASAL = new Map(
  Object.entries(PHRASAL_VERBS).map(([phrase, verb]) => {
    const [head = "", particle = ""] = phrase.split(" ");
    return [`${stemOf(head)} ${particle}`, stemOf(verb)] as const;
  }),
);

// Most words head no phrasal verb: checking the head first saves building a key for every word pair.
const PHRASAL_HEADS = new Set([...PHRASAL.keys()].map((key) => key.split(" ")[0]));

/** "pulled out" → one token meaning "withdraw"; the particle stops counting as a word. */
function joinPhrasalVerbs(tokens: Token[]): Token[] {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (!PHRASAL_HEADS.has(head.term)) continue;
    const particle = tokens[i + 1] as Token;
    const verb = PHRASAL.get(`${head.term} ${particle.word}`);
    if (verb === undefined || head.acronym) continue;
    head.term = verb;
    particle.term = "";
  }
  return tokens;
}

/** True for a token that carries meaning: not a stop word unless written as an acronym ("US"). */
export function isContent(token: Token, previous?: Token): boolean {
  if (token.acronym) return token.term !== "";
  // "talk to the us" typed in lower case means the country, not the pronoun.
  if (token.word === "us" && previous?.word === "the") return true;
  return token.term !== "" && !STOPWORDS.has(token.word) && token.word.length > 1;
}

/** The searchable terms of a text, in order: stems of its content words. */
export function contentTerms(text: string | Token[]): string[] {
  const tokens = typeof text === "string" ? tokenize(text) : text;
  return tokens.filter((t, i) => isContent(t, tokens[i - 1])).map((t) => t.term);
}
