import { STOPWORDS } from "./analyze.ts";
import { englishRank } from "./english-frequency.ts";

/**
 * Optimal string alignment distance, capped: like Levenshtein, but a swap of two neighbouring
 * letters ("waht" for "what") costs one edit, as it does when a person types.
 */
export function typoDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const up = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
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
