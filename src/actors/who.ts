import type { Corpus } from "../corpus/types.ts";
import { typoDistance } from "../language/typos.ts";
import { cite } from "../reply/cite.ts";
import type { CitedPassage, Reply } from "../reply/types.ts";
import type { ActorIndex } from "./extract.ts";
import { candidates, nameIndex } from "./name-index.ts";
import { nameScore, normalizeName, similarity } from "./names.ts";
import type { Actor } from "./types.ts";

/** The actor a typed name means ("grosi", "Gov. Brennan", "khameni"), or undefined. */
export function resolveActor(actors: readonly Actor[], typed: string): Actor | undefined {
  let best: { actor: Actor; score: number } | undefined;
  // Only the actors that can score (in their order, so ties fall as before), not all of them.
  for (const position of candidates(nameIndex(actors), typed, typoDistance)) {
    const actor = actors[position] as Actor;
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
  return best?.actor;
}

/** Above this many actors, "did you mean" compares only those sharing a letter pair with the name. */
const EXHAUSTIVE_SUGGESTIONS = 5000;

/** The actors whose names look most like a typed one, best first. */
export function closestActors(actors: readonly Actor[], typed: string, count = 3): string[] {
  const pool = actors.length <= EXHAUSTIVE_SUGGESTIONS ? actors : sharingPairs(actors, typed);
  return pool
    .map((actor) => ({ name: actor.name, score: similarity(typed, actor) }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((a) => a.name);
}

/** The actors with a name word sharing a letter pair with the typed name's words (a large corpus's suggestions). */
function sharingPairs(actors: readonly Actor[], typed: string): Actor[] {
  const index = nameIndex(actors);
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

/** A passage cited with what it is for an actor: position or event, and its dates. */
export function citeFact(corpus: Corpus, index: ActorIndex, passageId: number, score = 1): CitedPassage {
  const cited = cite(corpus, passageId, score);
  const fact = index.facts.get(passageId);
  if (fact) {
    cited.kind = fact.kind;
    if (fact.dates.length) cited.dates = fact.dates;
  }
  return cited;
}

/** The most sentences a `/who` reply quotes; more than any message or screen shows anyway. */
export const WHO_LIMIT = 50;

/**
 * `/who`: the actor card for a name (canonical name, aliases, role as stated) with every
 * sentence about the actor in story order, each marked position or event. A name not in the
 * corpus gets a plain "not in the story" and the closest actor names.
 */
export function whoReply(corpus: Corpus, index: ActorIndex, name: string): Reply {
  const actor = resolveActor(index.actors, name);
  if (!actor) {
    const reply: Reply = {
      kind: "actor",
      query: name,
      answered: false,
      message: `${name} is not in the story.`,
      passages: [],
    };
    const suggestions = closestActors(index.actors, name);
    if (suggestions.length) reply.suggestions = suggestions;
    return reply;
  }
  const summary: Reply["actor"] = { name: actor.name, aliases: actor.aliases };
  if (actor.role && summary) summary.role = actor.role;
  const viaPronoun = new Set(actor.viaPronoun);
  const shown = actor.passages.slice(0, WHO_LIMIT);
  const reply: Reply = {
    kind: "actor",
    query: name,
    answered: true,
    passages: shown.map((id) => citeFact(corpus, index, id, viaPronoun.has(id) ? 0.8 : 1)),
  };
  // An actor named in thousands of sentences gets the first ones and the count, not all of them.
  if (actor.passages.length > shown.length) {
    reply.message = `Named in ${actor.passages.length} sentences; the first ${shown.length} are quoted.`;
  }
  if (summary) reply.actor = summary;
  return reply;
}
