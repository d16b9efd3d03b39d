import { restoreActors, type SerializedActors, serializeActors } from "../actors/persist.ts";
import type { Corpus } from "../corpus/types.ts";
import type { EngineState } from "../engine.ts";
import { restoreSearchIndex, type SerializedSearchIndex, serializeSearchIndex } from "../search/persist.ts";

/**
 * The engine's derived state for the disk cache: one `serialize…`/`restore…` pair per module.
 * A module that adds state to `EngineState` adds its pair here (TypeScript points at this file).
 */
export interface SerializedEngineState {
  index: SerializedSearchIndex;
  actors: SerializedActors;
}

export function serializeEngineState(state: EngineState, corpus: Corpus): SerializedEngineState {
  return { index: serializeSearchIndex(state.index), actors: serializeActors(state.actors, corpus) };
}

export function restoreEngineState(data: SerializedEngineState, corpus: Corpus): EngineState {
  return { index: restoreSearchIndex(data.index, corpus), actors: restoreActors(data.actors) };
}
