import MiniSearch, { type AsPlainObject } from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import type { Corpus } from "../corpus/types.ts";
import { compileGlossary } from "./glossary-terms.ts";
import { miniSearchOptions, type SearchIndex, type WordInfo } from "./index.ts";
import { PassageTerms, type PassageTermsData } from "./passage-terms.ts";

/**
 * The search index as plain data for the on-disk cache (`src/cache/`): MiniSearch through its own
 * `toJSON`/`loadJS`, the passages' term arrays as they are, the typo map as an entry list; the
 * glossary is compiled again from the corpus.
 */
export interface SerializedSearchIndex {
  mini: AsPlainObject;
  passages: PassageTermsData;
  words: Array<[string, WordInfo]>;
  passageCount: number;
}

export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  return {
    mini: index.mini.toJSON(),
    passages: index.passages.data,
    words: [...index.words],
    passageCount: index.passageCount,
  };
}

export function restoreSearchIndex(data: SerializedSearchIndex, corpus: Corpus): SearchIndex {
  const words = new SearchableMap<WordInfo>();
  for (const [word, info] of data.words) words.set(word, info);
  return {
    mini: MiniSearch.loadJS(data.mini, miniSearchOptions()),
    passages: PassageTerms.fromData(data.passages),
    words,
    glossary: compileGlossary(corpus.glossary),
    passageCount: data.passageCount,
  };
}
