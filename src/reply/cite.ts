import { articleOf } from "../corpus/article-of.ts";
import type { Corpus } from "../corpus/types.ts";
import type { CitedPassage } from "./types.ts";

/** A passage of the corpus as quoted in a reply. */
export function cite(corpus: Corpus, passageId: number, score: number): CitedPassage {
  const passage = corpus.passages[passageId];
  if (!passage) throw new Error(`no passage ${passageId}`);
  const article = articleOf(corpus, passage.articleId);
  const cited: CitedPassage = {
    citation: passage.citation,
    text: passage.text,
    score: Math.round(score * 1000) / 1000,
    passageId,
    articleTitle: article?.title ?? passage.articleId,
  };
  if (article?.url) cited.url = article.url;
  return cited;
}

/** The whole paragraph a passage stands in, for "show paragraph". */
export function paragraphOf(
  corpus: Corpus,
  passageId: number,
): { citation: string; text: string } | undefined {
  const passage = corpus.passages[passageId];
  const article = passage && articleOf(corpus, passage.articleId);
  const text = passage && article?.paragraphs[passage.paragraph - 1];
  return text === undefined || !passage
    ? undefined
    : { citation: `${passage.articleId} ¶${passage.paragraph}`, text };
}
