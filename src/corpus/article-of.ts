import type { Article, Corpus } from "./types.ts";

// Articles by id, once per corpus: a linear search per passage is slow at 10,000 articles.
const articlesById = new WeakMap<Corpus, Map<string, Article>>();

/** The article of a corpus with this id (the first, should two share one). */
export function articleOf(corpus: Corpus, id: string): Article | undefined {
  let byId = articlesById.get(corpus);
  if (!byId) {
    byId = new Map();
    // The first article with an id wins, as a search from the start would find it.
    for (const a of corpus.articles) if (!byId.has(a.id)) byId.set(a.id, a);
    articlesById.set(corpus, byId);
  }
  return byId.get(id);
}
