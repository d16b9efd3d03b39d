import type { ActorIndex } from "../actors/extract.ts";
import { eventsInOrder } from "../actors/facts/events.ts";
import type { Corpus } from "../corpus/types.ts";
import { citeFact } from "./cite-fact.ts";
import type { Reply } from "./types.ts";
import { WORDING } from "./wording.ts";

/** The most events a `/timeline` reply quotes. */
export const TIMELINE_LIMIT = 50;

/**
 * `/timeline`: every event of the corpus (an actor's sentence telling of an action or happening),
 * dated ones in date order, then undated ones in their place in the story; each quoted and cited.
 */
export function timelineReply(corpus: Corpus, index: ActorIndex): Reply {
  const { dated, undated } = eventsInOrder(corpus, index.facts);
  const all = [...dated, ...undated];
  // The earliest ones, and how many there are: a large corpus tells of thousands.
  const passages = all.slice(0, TIMELINE_LIMIT).map((p) => {
    const cited = citeFact(corpus, index, p.id);
    const holder = index.facts.get(p.id)?.holder;
    const name = holder === undefined ? undefined : index.actors[holder]?.name;
    if (name) cited.actor = name;
    return cited;
  });
  if (passages.length === 0) {
    return {
      kind: "timeline",
      query: "",
      answered: false,
      message: WORDING.noEvents,
      passages,
    };
  }
  const message = WORDING.timeline(dated.length, undated.length, passages.length, all.length);
  return { kind: "timeline", query: "", answered: true, message, passages };
}
