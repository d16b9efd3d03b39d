import MiniSearch from "minisearch";
import { stemmer } from "stemmer";
import { eng } from "stopword";
import type { Corpus } from "../../src/corpus/types.ts";
import type { Result } from "./metrics.ts";

const STOP = new Set(eng);

/**
 * The plain baseline `npm run eval` prints beside the project: MiniSearch over one sentence per
 * document, English stop words removed, Porter stems, fuzzy 0.2 and prefix search, no refusal.
 * It answers every question with its five best sentences.
 */
export function plainBm25(corpus: Corpus): (query: string) => Result {
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    processTerm: (term) => (STOP.has(term) ? null : stemmer(term)),
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  mini.addAll(corpus.passages.map((p) => ({ id: p.id, text: p.text })));
  return (query) => {
    const hits = mini.search(query).slice(0, 5);
    return {
      answered: true,
      passages: hits.map((h) => ({ text: corpus.passages[h.id as number]?.text ?? "" })),
    };
  };
}
