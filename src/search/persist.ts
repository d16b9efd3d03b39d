import MiniSearch, { type AsPlainObject } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import type { Corpus } from "../corpus/types.ts";
import { compileGlossary } from "./glossary-terms.ts";
import { miniSearchOptions, type SearchIndex, type WordInfo } from "./index.ts";

/**
 * The search index as plain data for the on-disk cache (`src/cache/`): MiniSearch through its own
 * `toJSON`/`loadJS`, search maps as entry lists; the glossary is compiled again from the corpus.
 * Every other field is copied as it is, so it must be plain data, Maps, Sets or typed arrays.
 */
export type SerializedSearchIndex = Omit<SearchIndex, "mini" | "vocabulary" | "words" | "glossary"> & {
  mini: AsPlainObject;
  words: Array<[string, WordInfo]>;
};

export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  const { mini, vocabulary: _vocabulary, words, glossary: _glossary, ...rest } = index;
  assertPlain(rest);
  return { ...rest, mini: mini.toJSON(), words: [...words] };
}

export function restoreSearchIndex(data: SerializedSearchIndex, corpus: Corpus): SearchIndex {
  const { mini, words, ...rest } = data;
  const vocabulary = new SearchableMap<number>();
  for (const [term, df] of data.documentFrequency) vocabulary.set(term, df);
  const wordMap = new SearchableMap<WordInfo>();
  for (const [word, info] of words) wordMap.set(word, info);
  return {
    ...rest,
    mini: MiniSearch.loadJS(mini, miniSearchOptions()),
    vocabulary,
    words: wordMap,
    glossary: compileGlossary(corpus.glossary),
  };
}

/** A field this module does not know how to store (a class instance, a function) must fail loudly, not load wrong. */
function assertPlain(fields: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || typeof value !== "object") {
      if (typeof value === "function") throw new Error(`search index field ${name} is a function`);
      continue;
    }
    const proto = Object.getPrototypeOf(value);
    const plain =
      proto === Object.prototype ||
      Array.isArray(value) ||
      value instanceof Map ||
      value instanceof Set ||
      ArrayBuffer.isView(value);
    if (!plain)
      throw new Error(
        `search index field ${name} is not plain data: teach src/search/persist.ts to store it`,
      );
  }
}
