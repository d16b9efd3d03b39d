import { deserialize, serialize } from "node:v8";
import { restoreActors } from "./actors/persist.ts";
import type { SerializedEngineState } from "./cache/state.ts";
import { restoreCorpus, type SerializedCorpus } from "./corpus/persist.ts";
import { type Engine, engineFromState } from "./engine.ts";
import { compileGlossary } from "./search/glossary-terms.ts";
import { miniSearchOptions, type SearchIndex } from "./search/index.ts";
import { fromColumnsInTurns } from "./search/minisearch-columns.ts";
import { PassageTerms } from "./search/passage-terms.ts";
import { WordTable } from "./search/word-table.ts";

/**
 * An engine built in the reload worker, handed to the main thread in pieces the main thread can
 * restore one at a time between questions. Restoring it in one go is what a persisted start does
 * (`restoreEngineState`): a pause without an answer that grows with the corpus. Here the bytes are
 * transferred (not copied), MiniSearch's columns are restored a few thousand terms per turn of the
 * event loop, and each other part is restored in its own turn.
 *
 * Mirrors `restoreSearchIndex` (src/search/persist.ts) and `restoreEngineState` (src/cache/state.ts):
 * a field added to the engine's state is added here too (TypeScript points at `fromParts`).
 */
export interface EngineParts {
  /** `v8.serialize(SerializedCorpus)`. */
  corpus: Uint8Array;
  /** `v8.serialize` of MiniSearch's columns, the passages' term arrays, the word table and the actors. */
  mini: Uint8Array;
  passages: Uint8Array;
  words: Uint8Array;
  actors: Uint8Array;
  passageCount: number;
  commonLimit: number;
}

/** Worker side: the parts of a built engine, and the buffers to transfer with them. */
export function toParts(
  corpus: SerializedCorpus,
  serialized: SerializedEngineState,
): { parts: EngineParts; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const bytes = (value: unknown): Uint8Array => {
    const buffer = serialize(value);
    // A buffer that owns its whole ArrayBuffer moves to the main thread without a copy.
    const owned =
      buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength
        ? buffer
        : new Uint8Array(buffer);
    transfer.push(owned.buffer as ArrayBuffer);
    return owned;
  };
  return {
    parts: {
      corpus: bytes(corpus),
      mini: bytes(serialized.index.mini),
      passages: bytes(serialized.index.passages),
      words: bytes(serialized.index.words),
      actors: bytes(serialized.actors),
      passageCount: serialized.index.passageCount,
      commonLimit: serialized.index.commonLimit,
    },
    transfer,
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Main-thread side: the engine, restored a part per turn of the event loop so questions keep being answered. */
export async function fromParts(parts: EngineParts): Promise<Engine> {
  const storedCorpus = deserialize(parts.corpus) as SerializedCorpus;
  await nextTurn();
  const corpus = restoreCorpus(storedCorpus);
  await nextTurn();
  const mini = await fromColumnsInTurns(deserialize(parts.mini), miniSearchOptions(), nextTurn);
  await nextTurn();
  const passages = PassageTerms.fromData(deserialize(parts.passages));
  await nextTurn();
  const words = new WordTable(deserialize(parts.words));
  const actors = restoreActors(deserialize(parts.actors));
  await nextTurn();
  const index: SearchIndex = {
    mini,
    passages,
    words,
    glossary: compileGlossary(corpus.glossary),
    passageCount: parts.passageCount,
    commonLimit: parts.commonLimit,
  };
  return engineFromState(corpus, { index, actors });
}
