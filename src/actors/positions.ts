import type { Corpus } from "../corpus/types.ts";
import { synonymStems, topicNeighbourStems } from "../language/synonyms.ts";
import type { Reply } from "../reply/types.ts";
import { WORDING } from "../reply/wording.ts";
import { contentTerms } from "../text/analyze.ts";
import type { ActorIndex } from "./extract.ts";
import { hasStanceCue } from "./facts/classify.ts";
import { citeFact } from "./who.ts";

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

/** The most sentences a `/positions` reply quotes, and per actor when there are more than that. */
export const POSITIONS_LIMIT = 50;
export const POSITIONS_PER_ACTOR = 3;

/**
 * `/positions [topic]`: side by side, what each actor holds (on the topic, when one is given):
 * the sentences whose subject is the actor and that state a stance, each cited, actors in the
 * order the story introduces them. When there are more than `POSITIONS_LIMIT`, the first few of
 * each actor's, so that a large corpus still shows positions side by side, and the counts.
 */
/** Which sentences hold any of some stems: the search index answers it without analysing text. */
export type StemMatcher = (stems: Set<string>) => (passageId: number) => boolean;

const byAnalysis =
  (corpus: Corpus): StemMatcher =>
  (stems) =>
  (id) =>
    contentTerms(corpus.passages[id]?.text ?? "").some((t) => stems.has(t));

export function positionsReply(
  corpus: Corpus,
  index: ActorIndex,
  topic?: string,
  matcher: StemMatcher = byAnalysis(corpus),
): Reply {
  const onTopic = topic ? matcher(topicTerms(topic)) : undefined;
  const held: Array<{ actor: string; ids: number[] }> = [];
  let total = 0;
  for (const actor of index.actors) {
    const ids: number[] = [];
    for (const id of actor.passages) {
      const fact = index.facts.get(id);
      if (fact?.holder !== actor.name) continue;
      // The topic first: at 10,000 articles it rules out most sentences with a few look-ups.
      if (onTopic && !onTopic(id)) continue;
      if (fact.kind !== "position" && !hasStanceCue(corpus.passages[id]?.text ?? "")) continue;
      ids.push(id);
    }
    if (ids.length === 0) continue;
    held.push({ actor: actor.name, ids });
    total += ids.length;
  }
  const capped = total > POSITIONS_LIMIT;
  const passages = [];
  for (const { actor, ids } of held) {
    for (const id of capped ? ids.slice(0, POSITIONS_PER_ACTOR) : ids) {
      if (passages.length === POSITIONS_LIMIT) break;
      const cited = citeFact(corpus, index, id);
      cited.actor = actor;
      passages.push(cited);
    }
  }
  const query = topic ?? "";
  if (passages.length === 0) {
    return {
      kind: "positions",
      query,
      answered: false,
      message: WORDING.noPositions(topic),
      passages,
    };
  }
  const holders = new Set(held.map((h) => h.actor)).size;
  const message = WORDING.positions(
    holders,
    topic,
    capped ? { total, quoted: passages.length, perActor: POSITIONS_PER_ACTOR } : undefined,
  );
  return { kind: "positions", query, answered: true, message, passages };
}
