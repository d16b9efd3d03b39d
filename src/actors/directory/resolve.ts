import { isPostNominal } from "../../language/titles.ts";
import { everydayWord, typoDistance } from "../../language/typos.ts";
import { STOPWORDS } from "../../text/analyze.ts";
import type { Actor } from "../types.ts";
import type { ActorDirectory } from "./directory.ts";
import { candidates } from "./name-index.ts";
import {
  actorNames,
  holdsTitle,
  nameScore,
  nameScoreBesideExact,
  nameWords,
  normalizeName,
  similarity,
} from "./names.ts";

/** A name typed with every word as written in one of the actor's names (not a typo's likeness). */
export const NAMED = 80;
/** One of the actor's names as written, or all its words in order. */
const EXACT = 95;
/** One of the actor's names as written, every typed word included. */
const WHOLE = 100;

/**
 * The actors a typed name or role means: one for a name ("grosi", "Gov. Brennan") or a role only
 * one actor has ("the mayor"); several when a role fits several ("the judge"); none otherwise.
 * A name written as the corpus writes it wins over a role; a role wins over a misspelt name.
 */
export function resolveActors(directory: ActorDirectory, typed: string): Actor[] {
  const found = bestByName(directory, withoutPostNominals(typed));
  // "the runner up" is no slip for "Brunner": everyday words, none of them the name's own, are
  // read as what they say, not as a misspelt name.
  const named =
    found && !(found.score < NAMED && slipsOfEverydayWords(found.actor, typed)) ? found : undefined;
  // "transport secretary" matches "Harbour Region Transport" by one word once the title is set
  // aside, and "maravel chair" matches "Maravel" exactly: a role that fits every word is the
  // better reading, unless the name as typed is the actor's own ("Mayor Elena Vasquez").
  const titled = holdsTitle(typed);
  if (named && (named.score >= WHOLE || (named.score >= NAMED && !titled))) {
    // "the coroner" is Senior coroner Radomir Vukovic, not "Kelsby Coroner's Court", and "the
    // council" where two are named is both: everyday words that are part of a body's name are a
    // role first, when some actor has it.
    if (named.score < WHOLE && named.actor.kind !== "person" && everydayWords(typed)) {
      const fitting = directory.byRole(typed);
      // A body whose name ends in the word typed is one of them, whatever its name's first words.
      const kind = nameWords(named.actor.name).at(-1) === nameWords(typed).at(-1);
      if (fitting.length) return kind && !fitting.includes(named.actor) ? [named.actor, ...fitting] : fitting;
    }
    return [named.actor];
  }
  let byRole = directory.byRole(typed);
  if (byRole.length === 0 && named && named.score >= EXACT) return [named.actor];
  // "general manger": a role misspelt, by the same typo policy as names, when no name is typed as written.
  if (byRole.length === 0 && !(named && named.score >= NAMED)) {
    const respelled = directory.respelled(typed);
    if (respelled) byRole = directory.byRole(respelled);
  }
  if (byRole.length) return byRole;
  // "the arts minister" is no misspelling of "Eastbrook School of Art": with a title typed and no
  // role fitting, only a person's name is a likely reading.
  if (named && holdsTitle(typed) && named.score < EXACT && named.actor.kind !== "person") return [];
  return named ? [named.actor] : [];
}

/**
 * "nwosu kc", "gareth pryce mp": the letters after a name are no part of it (the corpus's person is
 * "Adaeze Nwosu"), unless they are all that is typed ("the mp" is a role). Session 34: train /who
 * 0.9033 / 0.9367 → 0.9039 / 0.9371, validation 0.8549 / 0.9023 unchanged.
 */
function withoutPostNominals(typed: string): string {
  const words = typed.trim().split(/\s+/u);
  while (words.length > 1 && isPostNominal((words.at(-1) as string).toUpperCase())) words.pop();
  return words.length > 0 && words.some((w) => !STOPWORDS.has(w.toLowerCase())) ? words.join(" ") : typed;
}

/** Whether every typed word is an everyday English word. */
function everydayWords(typed: string): boolean {
  const words = nameWords(typed);
  return words.length > 0 && words.every((w) => everydayWord(w));
}

/** Whether every typed word is an everyday English word and none is a word of the actor's names. */
function slipsOfEverydayWords(actor: Actor, typed: string): boolean {
  const own = new Set(actorNames(actor).flatMap((n) => n.split(" ")));
  return everydayWords(typed) && !nameWords(typed).some((w) => own.has(w));
}

/** The actor a typed name means ("grosi", "Gov. Brennan", "khameni"), or undefined. */
export function resolveActor(directory: ActorDirectory, typed: string): Actor | undefined {
  return bestByName(directory, typed)?.actor;
}

function bestByName(directory: ActorDirectory, typed: string): { actor: Actor; score: number } | undefined {
  let best: { actor: Actor; score: number } | undefined;
  // Only the actors that can score (in their order, so ties fall as before), not all of them.
  for (const position of candidates(directory.names, typed, typoDistance)) {
    const actor = directory.actors[position] as Actor;
    const score = nameScore(actor, typed);
    if (score === 0) continue;
    if (
      !best ||
      score > best.score ||
      (score === best.score && actor.passages.length > best.actor.passages.length)
    ) {
      best = { actor, score };
    }
  }
  return best ?? bestBesideExact(directory, typed);
}

/** "marcus hail": the actor whose first name is typed exactly and its other words nearly, when no other fits. */
function bestBesideExact(
  directory: ActorDirectory,
  typed: string,
): { actor: Actor; score: number } | undefined {
  let best: { actor: Actor; score: number } | undefined;
  // Only the actors with the typed first word among their names' words: none other can score.
  const first = nameWords(typed)[0];
  for (const position of first === undefined ? [] : (directory.names.byWord.get(first) ?? [])) {
    const actor = directory.actors[position] as Actor;
    const score = nameScoreBesideExact(actor, typed);
    if (score > 0 && (!best || score > best.score)) best = { actor, score };
  }
  return best;
}

/** Above this many actors, "did you mean" compares only those sharing a letter pair with the name. */
const EXHAUSTIVE_SUGGESTIONS = 5000;

/** Below this likeness a name is not offered as "did you mean" ("the judge" is not "Eleanor Park"). */
const PLAUSIBLE = 0.5;

/** The actors whose names look most like a typed one, best first; none when none looks alike. */
export function closestActors(directory: ActorDirectory, typed: string, count = 3): string[] {
  const { actors } = directory;
  const pool = actors.length <= EXHAUSTIVE_SUGGESTIONS ? actors : sharingPairs(directory, typed);
  return pool
    .map((actor) => ({ name: actor.name, score: similarity(typed, actor) }))
    .filter((a) => a.score >= PLAUSIBLE)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((a) => a.name);
}

/** The actors with a name word sharing a letter pair with the typed name's words (a large corpus's suggestions). */
function sharingPairs(directory: ActorDirectory, typed: string): Actor[] {
  const { actors } = directory;
  const index = directory.names;
  const found = new Set<number>();
  for (const word of normalizeName(typed).split(" ")) {
    for (let i = 0; i + 1 < word.length; i++) {
      for (const w of index.byPair.get(word.slice(i, i + 2)) ?? []) {
        for (const a of index.byWord.get(index.words[w] as string) ?? []) found.add(a);
      }
    }
  }
  return [...found].map((a) => actors[a] as Actor);
}
