import MiniSearch from "minisearch";
import type { Corpus, Passage } from "../corpus/types.ts";
import { contentTerms, type Token, tokenize } from "../text/analyze.ts";
import { cuesFromBits, type SentenceCues, sentenceCueBits } from "./features.ts";
import { type CompiledGlossary, compileGlossary, findGlossaryMentions } from "./glossary-terms.ts";
import { PassageTerms } from "./passage-terms.ts";
import { type WordInfo, WordTable } from "./word-table.ts";

/** What is known of one passage for ranking, beyond MiniSearch's own index, as sets (tests, debugging). */
export interface PassageDoc {
  /** Stems of the sentence's content words, and the ids (`§3`) of the glossary entries it names. */
  terms: Set<string>;
  /** Stems and glossary ids of the actors its pronouns point to ("He noted…" → khamenei). */
  linkedTerms: Set<string>;
  /** Stems of the article title and the sentences around it: weaker evidence. */
  contextTerms: Set<string>;
  cues: SentenceCues;
}

export interface SearchIndex {
  /** Candidate retrieval (BM25) over the sentences' stems and the names their pronouns point to. */
  mini: MiniSearch<IndexedDoc>;
  /** Each passage's stems as term ids, its paragraph and title, and its cues, in flat arrays. */
  passages: PassageTerms;
  /** Words as written (lower-cased), for typo look-ups: their stem, and whether written as a name. */
  words: WordTable;
  glossary: CompiledGlossary;
  passageCount: number;
  /** Terms in more passages than this are common: MiniSearch leaves them out (see `commonTermLimit`). */
  commonLimit: number;
}

interface IndexedDoc {
  id: number;
  text: string;
  linked: string;
}

/** Names a passage refers to without naming them (its pronouns' antecedents), by passage id. */
export type PassageLinks = (passage: Passage) => string[];

export const FIELD_BOOST = { text: 1, linked: 0.7 } as const;

export function miniSearchOptions() {
  return {
    fields: ["text", "linked"],
    // MiniSearch's default splits the field name on dots for nested fields, for every document.
    extractField: (document: IndexedDoc, field: string) => document[field as keyof IndexedDoc],
    // Documents hold stems already, space-separated: no second analysis.
    tokenize: (text: string) => text.split(" ").filter(Boolean),
    processTerm: (term: string) => term,
    searchOptions: {
      // Queries are stems joined by spaces: one query string costs MiniSearch one pass over its
      // options instead of one nested query per term.
      tokenize: (text: string) => text.split(" ").filter(Boolean),
      processTerm: (term: string) => term,
    },
  };
}

/**
 * Builds the search index over every passage of the corpus.
 * `links` adds, to a passage whose subject is a pronoun, the names it points to.
 */
export function buildSearchIndex(
  corpus: Corpus,
  links: PassageLinks = () => [],
  commonLimit = commonTermLimit(corpus.passages.length),
): SearchIndex {
  return buildSearchIndexThenLink(corpus, () => links, commonLimit);
}

/**
 * The same, asking for the links only once every sentence is analysed: the actors that give them
 * can then be found at the same time, in another thread (see `src/parallel/actors-thread.ts`).
 */
export function buildSearchIndexThenLink(
  corpus: Corpus,
  linksWhenReady: () => PassageLinks,
  commonLimit = commonTermLimit(corpus.passages.length),
): SearchIndex {
  const glossary = compileGlossary(corpus.glossary);
  // A plain Map while indexing: a radix-tree look-up per word of the corpus costs seconds at scale.
  const seen = new Map<string, WordInfo>();
  // Kept until MiniSearch is filled: it needs every term's document frequency first.
  const sentences = corpus.passages.map((passage) => {
    const tokens = tokenize(passage.text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const known = seen.get(t.word);
      const name = t.capitalized && i > 0;
      if (!known) seen.set(t.word, { term: t.term, name });
      else if (name && !known.name) known.name = true;
    }
    return {
      terms: [...contentTerms(tokens), ...glossaryIds(tokens, glossary)],
      linked: [] as string[],
      cues: sentenceCueBits(passage.text),
    };
  });

  // Everything but the pronoun links first: the actors' thread is still finding them.
  const builder = PassageTerms.builder();
  const articleNumber = new Map(corpus.articles.map((a, i) => [a.id, i]));
  for (const article of corpus.articles) builder.addTitle(contentTerms(article.title));
  let paragraphKey = "";
  corpus.passages.forEach((passage, id) => {
    const sentence = sentences[id] as (typeof sentences)[number];
    const key = `${passage.articleId}\u0000${passage.paragraph}`;
    builder.addPassage({
      terms: sentence.terms,
      article: articleNumber.get(passage.articleId) ?? 0,
      newParagraph: key !== paragraphKey,
      cues: sentence.cues,
    });
    paragraphKey = key;
  });
  const words = WordTable.from(seen);

  const links = linksWhenReady();
  builder.addLinks((id) => {
    const passage = corpus.passages[id] as Passage;
    const linked = new Set<string>();
    for (const name of links(passage)) {
      for (const term of [...contentTerms(name), ...glossaryIds(name, glossary)]) linked.add(term);
    }
    const sentence = sentences[id] as (typeof sentences)[number];
    sentence.linked = [...linked];
    return sentence.linked;
  });
  const passages = builder.done();
  // MiniSearch is asked only for the terms at or under the limit (see ask.ts); the common ones,
  // four in ten of a large corpus's postings, would only make it slower to build and to load.
  const common = passages.commonTerms(commonLimit);
  const rare = (terms: string[]) => (common.size ? terms.filter((t) => !common.has(t)) : terms).join(" ");
  const mini = new MiniSearch<IndexedDoc>(miniSearchOptions());
  sentences.forEach((sentence, id) => {
    mini.add({ id, text: rare(sentence.terms), linked: rare(sentence.linked) });
  });
  return { mini, passages, words, glossary, passageCount: corpus.passages.length, commonLimit };
}

/**
 * A term in more than this many of a large corpus's sentences ("said", "government") is common:
 * it does not pick candidates through MiniSearch, which would score and sort a large part of the
 * corpus for it; the rarer words of the question do, and coverage still counts it. A small corpus
 * (under a thousand sentences) has no common terms. At 250,000 synthetic sentences the limit (1,000)
 * leaves 58% of the postings out of MiniSearch (2%: 40%), which makes it that much faster to load.
 */
export function commonTermLimit(passageCount: number): number {
  return Math.max(1000, 0.004 * passageCount);
}

/** The passage's terms as sets: for tests and debugging; ranking reads the flat arrays. */
export function passageDoc(index: SearchIndex, passageId: number): PassageDoc {
  const p = index.passages;
  return {
    terms: new Set(p.textTermsOf(passageId)),
    linkedTerms: new Set(p.linkedTermsOf(passageId)),
    contextTerms: new Set(p.contextTermsOf(passageId)),
    cues: cuesFromBits(p.cueBits(passageId)),
  };
}

/** The id token of a glossary entry, as indexed: `§3`. Never produced by the tokenizer. */
export const glossaryToken = (entry: number) => `§${entry}`;

function glossaryIds(text: string | Token[], glossary: CompiledGlossary): string[] {
  const tokens = typeof text === "string" ? tokenize(text) : text;
  return [...findGlossaryMentions(tokens, glossary).keys()].map(glossaryToken);
}
