import type { Corpus, Passage } from "../../corpus/types.ts";
import type { FactTable } from "../extract.ts";

/**
 * Every event of the corpus (an actor's sentence telling of an action or happening): the dated
 * ones in date order (story order among the same date), and the undated ones in story order.
 */
export function eventsInOrder(corpus: Corpus, facts: FactTable): { dated: Passage[]; undated: Passage[] } {
  const events = corpus.passages.filter((p) => facts.get(p.id)?.kind === "event");
  const dated = events
    .filter((p) => facts.get(p.id)?.when !== undefined)
    .sort((a, b) => (facts.get(a.id)?.when ?? 0) - (facts.get(b.id)?.when ?? 0) || a.id - b.id);
  const undated = events.filter((p) => facts.get(p.id)?.when === undefined);
  return { dated, undated };
}
