import type { ActorIndex } from "../actors/extract.ts";
import { heldPositions, type StemMatcher } from "../actors/facts/positions.ts";
import type { Corpus } from "../corpus/types.ts";
import { citeFact } from "./cite-fact.ts";
import type { Reply } from "./types.ts";
import { WORDING } from "./wording.ts";

/** The most sentences a `/positions` reply quotes, and per actor when there are more than that. */
export const POSITIONS_LIMIT = 50;
export const POSITIONS_PER_ACTOR = 3;

/**
 * `/positions [topic]`: side by side, what each actor holds (on the topic, when one is given):
 * the sentences whose subject is the actor and that state a stance, each cited, actors in the
 * order the story introduces them. When there are more than `POSITIONS_LIMIT`, the first few of
 * each actor's, so that a large corpus still shows positions side by side, and the counts.
 */
export function positionsReply(
  corpus: Corpus,
  index: ActorIndex,
  topic?: string,
  matcher?: StemMatcher,
): Reply {
  const held = heldPositions(corpus, index, topic, matcher);
  let total = 0;
  for (const { ids } of held) total += ids.length;
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
