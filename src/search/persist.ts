import type { Corpus } from "../corpus/types.ts";
import { compileGlossary } from "./glossary-terms.ts";
import { miniSearchOptions, type SearchIndex } from "./index.ts";
import { fromColumns, type MiniSearchColumns, toColumns } from "./minisearch-columns.ts";
import { PassageTerms, type PassageTermsData } from "./passage-terms.ts";
import { WordTable, type WordTableData } from "./word-table.ts";

/**
 * The search index as plain data for the on-disk cache (`src/cache/`): MiniSearch as columns of
 * numbers (see minisearch-columns.ts), the passages' term arrays and the word table as they are;
 * the glossary is compiled again from the corpus.
 */
export interface SerializedSearchIndex {
  mini: MiniSearchColumns;
  passages: PassageTermsData;
  words: WordTableData;
  passageCount: number;
  commonLimit: number;
}

export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  return {
    mini: toColumns(index.mini),
    passages: index.passages.data,
    words: index.words.data,
    passageCount: index.passageCount,
    commonLimit: index.commonLimit,
  };
}

export function restoreSearchIndex(data: SerializedSearchIndex, corpus: Corpus): SearchIndex {
  return {
    mini: fromColumns(data.mini, miniSearchOptions()),
    passages: PassageTerms.fromData(data.passages),
    words: new WordTable(data.words),
    glossary: compileGlossary(corpus.glossary),
    passageCount: data.passageCount,
    commonLimit: data.commonLimit,
  };
}
