import type { Corpus } from "../corpus/types.ts";
import type { Reply } from "../reply/types.ts";
import { contentTerms } from "../text/analyze.ts";
import { SYNONYM_GROUPS } from "../text/synonyms.ts";
import { hasStanceCue } from "./classify.ts";
import type { ActorIndex } from "./extract.ts";
import { TOPIC_NEIGHBOURS } from "./lexicon.ts";
import { citeFact } from "./who.ts";

/** Stems that count as the topic: its words, their synonyms, and the things they are about. */
export function topicTerms(topic: string): Set<string> {
  const terms = new Set(contentTerms(topic));
  const groups = [...SYNONYM_GROUPS, ...TOPIC_NEIGHBOURS].map(
    (g) => new Set(g.flatMap((w) => contentTerms(w))),
  );
  // Two hops: "negotiations" → talks → deal.
  for (let hop = 0; hop < 2; hop++) {
    for (const group of groups) if ([...group].some((t) => terms.has(t))) for (const t of group) terms.add(t);
  }
  return terms;
}

/**
 * `/positions [topic]`: side by side, what each actor holds (on the topic, when one is given):
 * the sentences whose subject is the actor and that state a stance, each cited, actors in the
 * order the story introduces them.
 */
export function positionsReply(corpus: Corpus, index: ActorIndex, topic?: string): Reply {
  const wanted = topic ? topicTerms(topic) : undefined;
  const passages = [];
  for (const actor of index.actors) {
    for (const id of actor.passages) {
      const fact = index.facts.get(id);
      const text = corpus.passages[id]?.text ?? "";
      if (fact?.holder !== actor.name) continue;
      if (fact.kind !== "position" && !hasStanceCue(text)) continue;
      if (wanted && !contentTerms(text).some((t) => wanted.has(t))) continue;
      const cited = citeFact(corpus, index, id);
      cited.actor = actor.name;
      passages.push(cited);
    }
  }
  const query = topic ?? "";
  if (passages.length === 0) {
    return {
      kind: "positions",
      query,
      answered: false,
      message: topic
        ? `The story doesn't say where anyone stands on ${topic}.`
        : "The story states no positions.",
      passages,
    };
  }
  const holders = new Set(passages.map((p) => p.actor)).size;
  return {
    kind: "positions",
    query,
    answered: true,
    message: `${holders} actor(s) take a position${topic ? ` on ${topic}` : ""}.`,
    passages,
  };
}
