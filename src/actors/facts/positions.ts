import type { Corpus } from "../../corpus/types.ts";
import { synonymStems, topicNeighbourStems } from "../../language/synonyms.ts";
import { contentTerms } from "../../text/analyze.ts";
import type { ActorIndex } from "../extract.ts";
import { hasStanceCue } from "./classify.ts";

/**
 * Stems that count as the topic: its words and their synonyms (the very stems `/ask` widens a
 * question's words to), then what those are about ("negotiations" aim at a deal) and its synonyms.
 */
export function topicTerms(topic: string): Set<string> {
  const terms = new Set<string>();
  for (const stem of contentTerms(topic)) {
    terms.add(stem);
    for (const synonym of synonymStems(stem)) terms.add(synonym);
  }
  for (const stem of [...terms]) {
    for (const neighbour of topicNeighbourStems(stem)) {
      terms.add(neighbour);
      for (const synonym of synonymStems(neighbour)) terms.add(synonym);
    }
  }
  return terms;
}

/** Which sentences hold any of some stems: the search index answers it without analysing text. */
export type StemMatcher = (stems: Set<string>) => (passageId: number) => boolean;

const byAnalysis =
  (corpus: Corpus): StemMatcher =>
  (stems) =>
  (id) =>
    contentTerms(corpus.passages[id]?.text ?? "").some((t) => stems.has(t));

/**
 * What each actor holds (on the topic, when one is given): the sentences whose subject is the
 * actor and that state a stance, actors in the order the story introduces them (none left without).
 */
export function heldPositions(
  corpus: Corpus,
  index: ActorIndex,
  topic?: string,
  matcher: StemMatcher = byAnalysis(corpus),
): Array<{ actor: string; ids: number[] }> {
  const onTopic = topic ? matcher(topicTerms(topic)) : undefined;
  const held: Array<{ actor: string; ids: number[] }> = [];
  for (const actor of index.actors) {
    const ids: number[] = [];
    for (const id of actor.passages) {
      const fact = index.facts.get(id);
      if (fact?.holder !== actor.id) continue;
      // The topic first: at 10,000 articles it rules out most sentences with a few look-ups.
      if (onTopic && !onTopic(id)) continue;
      if (fact.kind !== "position" && !hasStanceCue(corpus.passages[id]?.text ?? "")) continue;
      ids.push(id);
    }
    if (ids.length === 0) continue;
    held.push({ actor: actor.name, ids });
  }
  return held;
}
