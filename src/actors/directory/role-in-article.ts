import { articleOf } from "../../corpus/article-of.ts";
import type { Corpus } from "../../corpus/types.ts";
import { contentTerms } from "../../text/analyze.ts";
import type { Actor } from "../types.ts";

/**
 * `/who the bus driver` for "The driver, Haroldo Pinheiro," in an article headed "… school bus
 * crash …", and `/who rovers ceo` for "The club's chief executive" under "… new Ashcombe Rovers
 * stadium": a typed word that no role holds may say which article the role is in. Each word but
 * the last (the role's head) is set aside in turn; the actors the rest fits are kept when their
 * article's title writes the word set aside: what the article is about. Anywhere in the article is
 * too loose: "city manager" is no project manager of an article that mentions the city council,
 * nor "the district attorney" a defendant's attorney.
 */
export function roleInArticle(corpus: Corpus, typed: string, byRole: (typed: string) => Actor[]): Actor[] {
  const words = typed.trim().split(/\s+/u);
  for (let i = 0; i < words.length - 1; i++) {
    const stems = contentTerms(words[i] as string);
    const stem = stems[0];
    if (stem === undefined || stems.length !== 1) continue;
    const fitting = byRole([...words.slice(0, i), ...words.slice(i + 1)].join(" "));
    const kept = fitting.filter((actor) => {
      const first = actor.passages[0];
      const id = first === undefined ? undefined : corpus.passages[first]?.articleId;
      const article = id === undefined ? undefined : articleOf(corpus, id);
      return article !== undefined && contentTerms(article.title).includes(stem);
    });
    if (kept.length) return kept;
  }
  return [];
}
