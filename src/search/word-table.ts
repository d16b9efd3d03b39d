import { letterMask, maskedOut, typoDistance } from "../language/typos.ts";
import { lowerBound } from "./sorted.ts";

/**
 * The corpus's words as written (lower-cased), each with its stem and whether it is written as a
 * name: for typo and abbreviation look-ups. Sorted arrays, so a prefix is a binary search, and a
 * letter-set mask per word, so a typo look-up rules out most words with one XOR before comparing
 * letters. MiniSearch's radix-tree fuzzy search took ~0.2 ms per word on a 170-word story (far
 * more before the JIT warms up) and must be rebuilt on every start; this is stored as it is.
 */

export interface WordInfo {
  term: string;
  /** Seen capitalised after a sentence's first word: a name, which a capitalised question word may mean. */
  name: boolean;
}

export interface WordTableData {
  words: string[];
  terms: string[];
  names: Uint8Array;
  masks: Int32Array;
}

export class WordTable {
  constructor(readonly data: WordTableData) {}

  static from(entries: Map<string, WordInfo>): WordTable {
    const words = [...entries.keys()].sort();
    return new WordTable({
      words,
      terms: words.map((w) => entries.get(w)?.term ?? ""),
      names: Uint8Array.from(words, (w) => (entries.get(w)?.name ? 1 : 0)),
      masks: Int32Array.from(words, letterMask),
    });
  }

  get size(): number {
    return this.data.words.length;
  }

  get(word: string): WordInfo | undefined {
    const i = lowerBound(this.data.words, word);
    return this.data.words[i] === word ? this.info(i) : undefined;
  }

  /** Words that start with `prefix`, in order. */
  *withPrefix(prefix: string): Generator<[string, WordInfo]> {
    const { words } = this.data;
    for (
      let i = lowerBound(this.data.words, prefix);
      i < words.length && (words[i] as string).startsWith(prefix);
      i++
    ) {
      yield [words[i] as string, this.info(i)];
    }
  }

  /** Words within `max` typing slips of `word` (see `typoDistance`), with the distance. */
  similar(word: string, max: number): Array<{ word: string; info: WordInfo; distance: number }> {
    const { words, masks } = this.data;
    const mask = letterMask(word);
    const out: Array<{ word: string; info: WordInfo; distance: number }> = [];
    for (let i = 0; i < words.length; i++) {
      const candidate = words[i] as string;
      if (Math.abs(candidate.length - word.length) > max) continue;
      if (maskedOut(mask, masks[i] as number, max)) continue;
      const distance = typoDistance(word, candidate, max);
      if (distance <= max) out.push({ word: candidate, info: this.info(i), distance });
    }
    return out;
  }

  private info(i: number): WordInfo {
    return { term: this.data.terms[i] as string, name: this.data.names[i] === 1 };
  }
}
