import { readFileSync } from "node:fs";

/**
 * Common nouns for people ("umpire", "jockey", "baker", "widow"): WordNet's, built by `npm run
 * build:lexicon` into `data/person-nouns.txt` (one word a line, "#" lines are comments). A word
 * whose most frequent sense is a person, so that "given out by umpire Hamish Ferrante" reads
 * "umpire" as what Ferrante is, as "captain" already was.
 */
const FILE = new URL("./data/person-nouns.txt", import.meta.url);

let words: ReadonlySet<string> | undefined;

/** Whether WordNet's most frequent sense of a lower-case word is a kind of person. */
export function isWordNetPersonNoun(word: string): boolean {
  words ??= new Set(
    readFileSync(FILE, "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#")),
  );
  return words.has(word);
}
