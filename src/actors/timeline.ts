import type { Corpus } from "../corpus/types.ts";
import type { Reply } from "../reply/types.ts";
import { WORDING } from "../reply/wording.ts";
import type { ActorIndex } from "./extract.ts";
import { citeFact } from "./who.ts";

/** The most events a `/timeline` reply quotes. */
export const TIMELINE_LIMIT = 50;

/**
 * `/timeline`: every event of the corpus (an actor's sentence telling of an action or happening),
 * dated ones in date order, then undated ones in their place in the story; each quoted and cited.
 */
export function timelineReply(corpus: Corpus, index: ActorIndex): Reply {
  const events = corpus.passages.filter((p) => index.facts.get(p.id)?.kind === "event");
  const dated = events
    .filter((p) => index.facts.get(p.id)?.when !== undefined)
    .sort((a, b) => (index.facts.get(a.id)?.when ?? 0) - (index.facts.get(b.id)?.when ?? 0) || a.id - b.id);
  const undated = events.filter((p) => index.facts.get(p.id)?.when === undefined);
  const all = [...dated, ...undated];
  // The earliest ones, and how many there are: a large corpus tells of thousands.
  const passages = all.slice(0, TIMELINE_LIMIT).map((p) => {
    const cited = citeFact(corpus, index, p.id);
    const holder = index.facts.get(p.id)?.holder;
    if (holder) cited.actor = holder;
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
