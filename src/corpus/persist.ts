import type { Article, Corpus, Passage } from "./types.ts";

/** A loaded corpus in a form `v8.serialize` stores compactly: passages as columns of numbers. */
export interface SerializedCorpus {
  dir: string;
  articles: Article[];
  glossary: Corpus["glossary"];
  problems: Corpus["problems"];
  /** Per passage: index into `articles`, paragraph, sentence, and the sentence's span in its paragraph. */
  passages: {
    article: Int32Array;
    paragraph: Int32Array;
    sentence: Int32Array;
    start: Int32Array;
    end: Int32Array;
  };
}

export function serializeCorpus(corpus: Corpus): SerializedCorpus {
  const n = corpus.passages.length;
  const columns = {
    article: new Int32Array(n),
    paragraph: new Int32Array(n),
    sentence: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
  };
  const articleIndex = new Map(corpus.articles.map((a, i) => [a.id, i]));
  let from = 0;
  let previous: Passage | undefined;
  for (const [i, p] of corpus.passages.entries()) {
    const a = articleIndex.get(p.articleId);
    const paragraph = a === undefined ? undefined : corpus.articles[a]?.paragraphs[p.paragraph - 1];
    if (a === undefined || paragraph === undefined) throw new Error(`passage ${i} has no article paragraph`);
    if (previous?.articleId !== p.articleId || previous.paragraph !== p.paragraph) from = 0;
    const start = paragraph.indexOf(p.text, from);
    if (start < 0) throw new Error(`passage ${i} is not a slice of its paragraph`);
    columns.article[i] = a;
    columns.paragraph[i] = p.paragraph;
    columns.sentence[i] = p.sentence;
    columns.start[i] = start;
    columns.end[i] = start + p.text.length;
    from = start + p.text.length;
    previous = p;
  }
  return {
    dir: corpus.dir,
    articles: corpus.articles,
    glossary: corpus.glossary,
    problems: corpus.problems,
    passages: columns,
  };
}

export function restoreCorpus(data: SerializedCorpus): Corpus {
  const { article, paragraph, sentence, start, end } = data.passages;
  const passages: Passage[] = new Array(article.length);
  for (let i = 0; i < article.length; i++) {
    const a = data.articles[article[i] as number] as Article;
    const p = paragraph[i] as number;
    const s = sentence[i] as number;
    passages[i] = {
      id: i,
      articleId: a.id,
      paragraph: p,
      sentence: s,
      citation: `${a.id} ¶${p}.${s}`,
      text: (a.paragraphs[p - 1] as string).slice(start[i], end[i]),
    };
  }
  return {
    dir: data.dir,
    articles: data.articles,
    passages,
    glossary: data.glossary,
    problems: data.problems,
  };
}
