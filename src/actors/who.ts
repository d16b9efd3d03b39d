import type { Corpus } from "../corpus/types.ts";
import { cite } from "../reply/cite.ts";
import type { CitedPassage, Reply } from "../reply/types.ts";
import type { ActorIndex } from "./extract.ts";
import { nameScore, similarity } from "./names.ts";
import type { Actor } from "./types.ts";

/** The actor a typed name means ("grosi", "Gov. Brennan", "khameni"), or undefined. */
export function resolveActor(actors: readonly Actor[], typed: string): Actor | undefined {
  let best: { actor: Actor; score: number } | undefined;
  for (const actor of actors) {
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

/** The actors whose names look most like a typed one, best first. */
export function closestActors(actors: readonly Actor[], typed: string, count = 3): string[] {
  return actors
    .map((actor) => ({ name: actor.name, score: similarity(typed, actor) }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((a) => a.name);
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
  const reply: Reply = {
    kind: "actor",
    query: name,
    answered: true,
    passages: actor.passages.map((id) =>
      citeFact(corpus, index, id, actor.viaPronoun.includes(id) ? 0.8 : 1),
    ),
  };
  if (summary) reply.actor = summary;
  return reply;
}
