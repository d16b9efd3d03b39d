import { DISCORD_LIMITS, truncate } from "../render/limits.ts";
import { typoDistance } from "../text/typos.ts";
import { allowedTypos, normalizeName } from "./names.ts";
import type { Actor } from "./types.ts";

/** One autocomplete choice as Discord takes it: a label and the value sent back. */
export interface ActorChoice {
  name: string;
  value: string;
}

/**
 * Autocomplete for `/who`'s actor option: the actors whose name starts with what was typed first,
 * then those with a word or alias starting so, then those containing it, then close misspellings;
 * the most-cited first within each rank. At most 25 choices, labels and values at most 100 characters.
 * Pure and fast: Discord gives autocomplete 3 seconds and no deferral.
 */
export function autocompleteActors(actors: readonly Actor[], typed: string): ActorChoice[] {
  const query = normalizeName(typed);
  const ranked = actors
    .map((actor) => ({ actor, rank: query ? rank(actor, query) : 1 }))
    .filter((r) => r.rank > 0)
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        b.actor.passages.length - a.actor.passages.length ||
        a.actor.name.localeCompare(b.actor.name),
    );
  return ranked.slice(0, DISCORD_LIMITS.choices).map(({ actor }) => ({
    name: truncate(actor.role ? `${actor.name} — ${actor.role}` : actor.name, DISCORD_LIMITS.choiceName),
    value: truncate(actor.name, DISCORD_LIMITS.choiceValue, ""),
  }));
}

function rank(actor: Actor, query: string): number {
  const name = normalizeName(actor.name);
  if (name.startsWith(query)) return 5;
  const names = [name, ...actor.aliases.map(normalizeName)];
  if (names.some((n) => n.startsWith(query))) return 4;
  const words = names.flatMap((n) => n.split(" "));
  if (words.some((w) => w.startsWith(query))) return 3;
  if (names.some((n) => n.includes(query))) return 2;
  // A misspelling of a word, or of the start of one while still typing.
  const typos = allowedTypos(query);
  if (
    typos > 0 &&
    words.some(
      (w) =>
        typoDistance(query, w.slice(0, query.length + 1), typos) <= typos ||
        typoDistance(query, w, typos) <= typos,
    )
  ) {
    return 1;
  }
  return 0;
}
