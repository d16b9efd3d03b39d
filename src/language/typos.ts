/**
 * The one typo policy of every command: how far a typed word may be from the word meant
 * (`/ask`'s question words, `/who`'s names and its autocomplete alike), and how slips are counted.
 */
import { STOPWORDS } from "../text/analyze.ts";
import { commonEnglishWords, englishRank } from "../text/english-frequency.ts";

/**
 * Slips forgiven in a typed word of this length, in `/ask`, `/who` and autocomplete alike: none under
 * 4 letters (too many short words lie one slip apart), one up to 5, two from 6.
 */
export function allowedTypos(word: string): number {
  return word.length < 4 ? 0 : word.length <= 5 ? 1 : 2;
}

/**
 * Slips forgiven in a short name word typed after a first name written exactly ("marcus hail" for
 * Marcus Hale, "balwinder gil" for Balwinder Gill): one more than alone, since the first name has
 * already said whom the name is likely to be. Not for longer words, which two slips already
 * reach: one more made names in no article ("nadia bekova") into others ("Nadia Petrova").
 */
export function allowedTyposBesideExact(word: string): number {
  return allowedTypos(word) + (word.length <= 5 ? 1 : 0);
}

// Three rows reused across calls: a typo look-up compares a question word with thousands of words.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Optimal string alignment distance: like Levenshtein, but a swap of two neighbouring letters
 * ("waht" for "what") costs one edit, as it does when a person types. Above `max` it gives up
 * early and returns `max + 1`.
 */
export function typoDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if ((rows[0] as Int32Array).length <= b.length) {
    rows = [0, 1, 2].map(() => new Int32Array(b.length * 2 + 1));
  }
  let [twoUp, up, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) up[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (twoUp[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Row minima never fall again (a swap reaches back one row, at a cost of one): give up.
    if (rowMin > max) return max + 1;
    [twoUp, up, row] = [up, row, twoUp];
  }
  return Math.min(up[b.length] as number, max + 1);
}

/** Which of 31 letter classes (a–z, digits, anything else) a word holds, one bit each. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const bit = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + ((c - 48) % 4) : 30;
    mask |= 1 << bit;
  }
  return mask;
}

/**
 * Whether two words' letter masks alone show them more than `max` slips apart: each slip adds or
 * removes at most one letter of each word's letter set. One XOR rules out most words before `typoDistance`.
 */
export function maskedOut(a: number, b: number, max: number): boolean {
  return popCount(a ^ b) > 2 * max;
}

function popCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const SHORT_STOPWORDS = [...STOPWORDS].filter((w) => w.length >= 3);

/**
 * The stop word a short unknown word is a slip for ("wen" → "when", "whats" → "what", "goign" → "going"),
 * so that a typo of a function word is not taken for a subject the corpus lacks.
 */
export function stopwordTypo(word: string): string | undefined {
  if (word.length < 3 || word.length > 6) return undefined;
  // A common word of its own ("want") is not a slip for a stop word ("wont").
  if ((englishRank(word) ?? Number.POSITIVE_INFINITY) < 5000) return undefined;
  return SHORT_STOPWORDS.find((s) => Math.abs(s.length - word.length) <= 1 && typoDistance(word, s, 1) <= 1);
}

const QUESTION_WORDS = ["when", "what", "where", "which", "who", "why", "how"];

/** The question with a misspelt first question word put right ("wen did…" → "when did…"). */
export function fixQuestionWord(question: string): string {
  return question.replace(/^(\s*)(\p{L}+)/u, (whole, space: string, word: string) => {
    const lower = word.toLowerCase();
    if (QUESTION_WORDS.includes(lower)) return whole;
    const fixed = QUESTION_WORDS.find((q) => typoDistance(lower, q, 1) <= 1 && lower.length >= 3);
    return fixed ? space + fixed : whole;
  });
}

// Everyday English as far as a reader's slip goes: the 30,000 most common words, by length.
const EVERYDAY = 30_000;
let everydayByLength: Map<number, string[]> | undefined;

/**
 * A word no everyday English word is, nor a slip of one ("higway", "becuase" are slips; "priyanka",
 * "castlegate" are not): most likely a name, typed in lower case. Short words are left out: chat
 * shorthand ("ppl", "govt", "tbh") is in no dictionary either.
 */
export function unfamiliarWord(word: string): boolean {
  let known = unfamiliar.get(word);
  if (known === undefined) {
    known = judgeUnfamiliar(word);
    if (unfamiliar.size >= 10_000) unfamiliar.clear();
    unfamiliar.set(word, known);
  }
  return known;
}

// Performance: a question's rare words recur (autocomplete, retries); each is judged once.
const unfamiliar = new Map<string, boolean>();

/**
 * A word whose absence from English word lists says something: five letters or more, letters only.
 * Shorter words and chat shorthand ("ppl", "govt", "tbh") are in no dictionary either.
 */
function listable(word: string): boolean {
  return word.length >= 5 && /^\p{L}+$/u.test(word);
}

/**
 * A word the English frequency list lacks altogether, even one a slip away from an everyday word
 * ("hutchins", "brenner"): wider than `unfamiliarWord`, for the refusal model to weigh.
 */
export function unrankedWord(word: string): boolean {
  return listable(word) && englishRank(word) === undefined;
}

/**
 * One of the 10,000 most common English words: too common to be anyone's slip for another
 * ("cleaner" is no misspelt "leader"; "manger", rarer, may be a misspelt "manager"), or to stand
 * for a name on its own ("Frank", "Will" written alone are words; "Zdravko" a name).
 */
export function commonWord(word: string): boolean {
  return (englishRank(word) ?? COMMON) < COMMON;
}
const COMMON = 10_000;

/** One of the 30,000 most common English words ("runner", "price"). */
export function everydayWord(word: string): boolean {
  return (englishRank(word) ?? EVERYDAY) < EVERYDAY;
}

function judgeUnfamiliar(word: string): boolean {
  if (!listable(word) || everydayWord(word)) return false;
  if (!everydayByLength) {
    everydayByLength = new Map();
    for (const w of commonEnglishWords(EVERYDAY)) {
      const list = everydayByLength.get(w.length) ?? [];
      list.push(w);
      everydayByLength.set(w.length, list);
    }
  }
  const allowed = allowedTypos(word);
  for (let n = word.length - allowed; n <= word.length + allowed; n++) {
    for (const w of everydayByLength.get(n) ?? []) {
      if (w[0] === word[0] && typoDistance(word, w, allowed) <= allowed) return false;
    }
  }
  return true;
}
