import { allowedTypos, letterMask, maskedOut } from "../../language/typos.ts";
import type { Actor } from "../types.ts";
import { actorNames, nameWords, normalizeName } from "./names.ts";

/**
 * The actors' names arranged for look-up, so that `/who` does not score every actor (30,000 people
 * at 10,000 articles): whole names and single words in maps, and each distinct name word under its
 * letter pairs, so that a misspelt word is compared only with words sharing enough pairs with it.
 */
export interface NameIndex {
  /** Normalised name or alias → positions of the actors so named. */
  byName: Map<string, number[]>;
  /** Normalised word of any name → positions of the actors with it. */
  byWord: Map<string, number[]>;
  /** Distinct name words, and letter pair → positions (in `words`) of the words holding it. */
  words: string[];
  byPair: Map<string, number[]>;
  /** Word length → positions (in `words`) of the words that long. */
  byLength: Map<number, number[]>;
  /** Each word's letter mask (see `letterMask`), to rule most words out before comparing them. */
  masks: Int32Array;
}

const push = <K>(map: Map<K, number[]>, key: K, value: number) => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
};

const pairs = (word: string) => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(i, i + 2));
  return out;
};

/**
 * The name index of some actors (about 0.25 s at 10,000 articles): built once per set of actors,
 * by the `ActorDirectory` that owns it (`directory.ts`), on first use or when the engine warms it.
 */
export function buildNameIndex(actors: readonly Actor[]): NameIndex {
  const byName = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  actors.forEach((actor, i) => {
    for (const name of actorNames(actor)) {
      push(byName, name, i);
      for (const w of name.split(" ")) push(byWord, w, i);
    }
  });
  const words = [...byWord.keys()];
  const byPair = new Map<string, number[]>();
  const byLength = new Map<number, number[]>();
  words.forEach((w, i) => {
    for (const p of pairs(w)) push(byPair, p, i);
    push(byLength, w.length, i);
  });
  return { byName, byWord, words, byPair, byLength, masks: Int32Array.from(words, letterMask) };
}

/**
 * Positions of every actor that could score above 0 for a typed name (see `nameScore`): one named
 * so, or with, for the rarest typed word, a name word equal to it or within its allowed typos.
 * A word within d typos of another keeps all but at most 3·d of its letter pairs (a swap breaks three).
 */
export function candidates(
  index: NameIndex,
  typed: string,
  typo: (a: string, b: string, max: number) => number,
): number[] {
  const out = new Set<number>(index.byName.get(normalizeName(typed)) ?? []);
  const words = nameWords(typed);
  if (words.length === 0) return [...out];
  for (const a of index.byName.get(words.join(" ")) ?? []) out.add(a);
  let best: Set<number> | undefined;
  for (const word of words) {
    const found = new Set<number>(index.byWord.get(word) ?? []);
    const allowed = allowedTypos(word);
    if (allowed > 0) {
      const mask = letterMask(word);
      const own = [...pairs(word)];
      const needed = own.length - 3 * allowed;
      const counts = new Map<number, number>();
      if (needed <= 0) {
        // Short words can lose every pair ("acbd" for "abcd"): all words of a near length.
        for (let n = word.length - allowed; n <= word.length + allowed; n++)
          for (const i of index.byLength.get(n) ?? []) counts.set(i, 0);
      } else {
        for (const p of own)
          for (const i of index.byPair.get(p) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
      }
      for (const [i, count] of counts) {
        if (count < needed || maskedOut(mask, index.masks[i] as number, allowed)) continue;
        const w = index.words[i] as string;
        if (Math.abs(w.length - word.length) > allowed || typo(word, w, allowed) > allowed) continue;
        for (const a of index.byWord.get(w) ?? []) found.add(a);
      }
    }
    if (!best || found.size < best.size) best = found;
  }
  for (const a of best ?? []) out.add(a);
  return [...out].sort((a, b) => a - b);
}
