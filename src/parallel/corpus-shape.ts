import type { Corpus } from "../corpus/types.ts";

/**
 * A short description of a loaded corpus that differs when two loads of one folder saw different
 * files (one was edited in between): articles, their paragraphs, and every passage's length.
 */
export function corpusShape(corpus: Corpus): string {
  let lengths = 0;
  for (const p of corpus.passages) lengths = (lengths * 31 + p.text.length) % 2_147_483_647;
  const articles = corpus.articles.map((a) => `${a.id}/${a.paragraphs.length}`).join(",");
  return `${corpus.passages.length}:${lengths}:${articles}`;
}
