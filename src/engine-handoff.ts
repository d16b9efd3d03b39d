import { deserialize, serialize } from "node:v8";
import MiniSearch, { type AsPlainObject } from "minisearch";
import { restoreActors } from "./actors/persist.ts";
import type { SerializedEngineState } from "./cache/state.ts";
import { restoreCorpus, type SerializedCorpus } from "./corpus/persist.ts";
import { type Engine, type EngineState, engineFromState } from "./engine.ts";
import { compileGlossary } from "./search/glossary-terms.ts";
import { miniSearchOptions, type SearchIndex } from "./search/index.ts";
import { PassageTerms } from "./search/passage-terms.ts";
import { WordTable } from "./search/word-table.ts";

/**
 * An engine built in the reload worker, handed to the main thread in pieces the main thread can
 * restore one at a time between questions. Restoring it in one go is what a persisted start does
 * (`restoreEngineState`): at 1,000 articles about 0.4 s without an answer, most of it MiniSearch's
 * `loadJSON`. Here the bytes are transferred (not copied), MiniSearch's terms come in chunks of
 * JSON parsed one per turn of the event loop and are loaded with its `loadJSAsync`, which yields
 * every 1,000 terms; each other part is restored in its own turn.
 *
 * Mirrors `restoreSearchIndex` (src/search/persist.ts) and `restoreEngineState` (src/cache/state.ts):
 * a field added to the engine's state is added here too (TypeScript points at `fromParts`).
 */
export interface EngineParts {
  /** `v8.serialize(SerializedCorpus)`. */
  corpus: Uint8Array;
  /** MiniSearch's plain object without its terms, as JSON. */
  miniHead: string;
  /** Its terms (`AsPlainObject["index"]`), a JSON array per chunk. */
  miniTerms: string[];
  /** `v8.serialize` of the passages' term arrays, the word table and the actors. */
  passages: Uint8Array;
  words: Uint8Array;
  actors: Uint8Array;
  passageCount: number;
  commonLimit: number;
}

const TERMS_PER_CHUNK = 4000;

/** Worker side: the parts of a built engine, and the buffers to transfer with them. */
export function toParts(
  corpus: SerializedCorpus,
  serialized: SerializedEngineState,
  state: EngineState,
): { parts: EngineParts; transfer: ArrayBuffer[] } {
  const { index: terms, ...head } = state.index.mini.toJSON();
  const miniTerms: string[] = [];
  for (let i = 0; i < terms.length; i += TERMS_PER_CHUNK)
    miniTerms.push(JSON.stringify(terms.slice(i, i + TERMS_PER_CHUNK)));
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
      miniHead: JSON.stringify(head),
      miniTerms,
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
  const js = JSON.parse(parts.miniHead) as AsPlainObject;
  js.index = [];
  for (const chunk of parts.miniTerms) {
    await nextTurn();
    for (const term of JSON.parse(chunk) as AsPlainObject["index"]) js.index.push(term);
  }
  const mini = await MiniSearch.loadJSAsync(js, miniSearchOptions());
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
