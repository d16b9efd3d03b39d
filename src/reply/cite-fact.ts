import type { ActorIndex } from "../actors/extract.ts";
import type { Corpus } from "../corpus/types.ts";
import { cite } from "./cite.ts";
import type { CitedPassage } from "./types.ts";

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
