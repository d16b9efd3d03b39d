import { allowedTypos, typoDistance } from "../../language/typos.ts";
import type { Actor } from "../types.ts";
import type { ActorDirectory } from "./directory.ts";
import type { NameIndex } from "./name-index.ts";
import { actorNames, normalizeName } from "./names.ts";

/** Actors suggested when the caller does not say how many. */
export const SUGGESTED_ACTORS = 25;

/**
 * What is read of the typed text: no name is longer (`/who`'s argument takes 100 characters), and
 * the cut bounds the work whoever calls, as Discord gives autocomplete 3 seconds.
 */
const LONGEST_TYPED = 100;

type Ranked = { actor: Actor; rank: number };

/**
 * The actors a person typing `typed` most likely means, best first, at most `limit`: those whose
 * name starts with what was typed first, then those with a word or alias starting so, then those
 * containing it, then close misspellings; the most-cited first within each rank. Actors, not labels:
 * each interface shapes and shortens them (Discord's autocomplete in `commands/who.ts`).
 * Pure and fast: Discord gives autocomplete 3 seconds and no deferral.
 */
export function autocompleteActors(
  directory: ActorDirectory,
  typed: string,
  limit: number = SUGGESTED_ACTORS,
): Actor[] {
  const { actors } = directory;
  const query = normalizeName(typed.slice(0, LONGEST_TYPED));
  const ranks = query ? rankAll(directory, query) : new Uint8Array(actors.length).fill(1);
  const ranked: Ranked[] = [];
  ranks.forEach((rank, i) => {
    if (rank > 0) ranked.push({ actor: actors[i] as Actor, rank });
  });
  // By rank and citations first; names compared (slow) only among the best and those tied with the last of them.
  const byCount = (a: Ranked, b: Ranked) =>
    b.rank - a.rank || b.actor.passages.length - a.actor.passages.length;
  ranked.sort(byCount);
  let end = Math.min(ranked.length, limit);
  while (end > 0 && end < ranked.length && byCount(ranked[end - 1] as Ranked, ranked[end] as Ranked) === 0)
    end++;
  return ranked
    .slice(0, end)
    .sort((a, b) => byCount(a, b) || a.actor.name.localeCompare(b.actor.name))
    .slice(0, limit)
    .map(({ actor }) => actor);
}

/**
 * Each actor's rank for a query: its name starts so (5), another of its names does (4), a word
 * of one does (3), one contains it (2), a word or a word's start is a close misspelling (1), else 0.
 * Word ranks are found once per distinct name word (from the name index), not once per actor.
 */
function rankAll(directory: ActorDirectory, query: string): Uint8Array {
  const { actors } = directory;
  const ranks = new Uint8Array(actors.length);
  const index = directory.names;
  const raise = (word: string, rank: number) => {
    for (const a of index.byWord.get(word) ?? []) if ((ranks[a] as number) < rank) ranks[a] = rank;
  };
  // A word starting with the query holds its first letter pair.
  const starting = query.length >= 2 ? index.byPair.get(query.slice(0, 2)) : undefined;
  const withStart = starting
    ? starting.map((w) => index.words[w] as string)
    : query.length >= 2
      ? []
      : index.words;
  for (const word of withStart) if (word.startsWith(query)) raise(word, 3);
  const typos = allowedTypos(query);
  if (typos > 0) {
    for (const word of closeWords(index, query, typos)) {
      if (
        typoDistance(query, word.slice(0, query.length + 1), typos) <= typos ||
        typoDistance(query, word, typos) <= typos
      ) {
        raise(word, 1);
      }
    }
  }
  const { names, own } = directory.preparedNames;
  for (let i = 0; i < actors.length; i++) {
    const list = names[i] as string[];
    let rank = ranks[i] as number;
    for (let k = 0; k < list.length && rank < 5; k++) {
      const name = list[k] as string;
      if (name.startsWith(query)) rank = Math.max(rank, k === 0 && own[i] ? 5 : 4);
      else if (rank < 2 && name.includes(query)) rank = 2;
    }
    ranks[i] = rank;
  }
  return ranks;
}

/**
 * The name words that may be within `typos` of the query or of its start: long enough, and, when
 * the query has enough letter pairs, holding all but 3 per typo of them (as in `name-index.ts`).
 */
function closeWords(index: NameIndex, query: string, typos: number): string[] {
  const own = new Set<string>();
  for (let i = 0; i + 1 < query.length; i++) own.add(query.slice(i, i + 2));
  const needed = own.size - 3 * typos;
  if (needed <= 0) return index.words.filter((w) => w.length >= query.length - typos);
  const counts = new Map<number, number>();
  for (const pair of own)
    for (const w of index.byPair.get(pair) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const out: string[] = [];
  for (const [w, count] of counts) if (count >= needed) out.push(index.words[w] as string);
  return out;
}

/** Every actor's names normalised, and whether the first is its own name (not an alias). */
export interface PreparedNames {
  names: string[][];
  own: boolean[];
}

/** Prepared once per set of actors, by the `ActorDirectory` that owns them. */
export function prepareNames(actors: readonly Actor[]): PreparedNames {
  const names = actors.map(actorNames);
  return { names, own: actors.map((a, i) => names[i]?.[0] !== undefined && normalizeName(a.name) !== "") };
}
