import type { Corpus } from "../corpus/types.ts";
import type { ActorIndex } from "./extract.ts";

/** The actor index as plain data for the on-disk cache (`src/cache/`): `links` as the names per passage. */
export type SerializedActors = Omit<ActorIndex, "links"> & { links: Map<number, string[]> };

export function serializeActors(index: ActorIndex, corpus: Corpus): SerializedActors {
  const { links, ...rest } = index;
  const names = new Map<number, string[]>();
  for (const passage of corpus.passages) {
    const linked = links(passage);
    if (linked.length > 0) names.set(passage.id, linked);
  }
  return { ...rest, links: names };
}

export function restoreActors(data: SerializedActors): ActorIndex {
  const { links, ...rest } = data;
  return { ...rest, links: (passage) => links.get(passage.id) ?? [] };
}
