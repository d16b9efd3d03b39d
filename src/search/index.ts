import MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import type { Corpus, Passage } from "../corpus/types.ts";
import { contentTerms, type Token, tokenize } from "../text/analyze.ts";
import { type SentenceCues, sentenceCues } from "./features.ts";
import { type CompiledGlossary, compileGlossary, findGlossaryMentions } from "./glossary-terms.ts";

/** What is known of one passage for ranking, beyond MiniSearch's own index. */
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
  mini: MiniSearch<IndexedDoc>;
  docs: PassageDoc[];
  /** Number of passages each stem occurs in (text or entity field). */
  documentFrequency: Map<string, number>;
  /** The same stems, for fuzzy and prefix look-ups. */
  vocabulary: SearchableMap<number>;
  /** Words as written (lower-cased), for typo look-ups: their stem, and whether written as a name. */
  words: SearchableMap<WordInfo>;
  glossary: CompiledGlossary;
  passageCount: number;
}

export interface WordInfo {
  term: string;
  /** Seen capitalised after a sentence's first word: a name, which a capitalised question word may mean. */
  name: boolean;
}

interface IndexedDoc {
  id: number;
  text: string;
  linked: string;
  context: string;
}

/** Names a passage refers to without naming them (its pronouns' antecedents), by passage id. */
export type PassageLinks = (passage: Passage) => string[];

export const FIELD_BOOST = { text: 1, linked: 0.7, context: 0.15 } as const;

export function miniSearchOptions() {
  return {
    fields: ["text", "linked", "context"],
    // Documents hold stems already, space-separated: no second analysis.
    tokenize: (text: string) => text.split(" ").filter(Boolean),
    processTerm: (term: string) => term,
    searchOptions: {
      tokenize: (text: string) => [text],
      processTerm: (term: string) => term,
    },
  };
}

/**
 * Builds the search index over every passage of the corpus.
 * `links` adds, to a passage whose subject is a pronoun, the names it points to.
 */
export function buildSearchIndex(corpus: Corpus, links: PassageLinks = () => []): SearchIndex {
  const glossary = compileGlossary(corpus.glossary);
  const titles = new Map(corpus.articles.map((a) => [a.id, a.title]));
  const byParagraph = new Map<string, Passage[]>();
  for (const p of corpus.passages) {
    const key = `${p.articleId}\u0000${p.paragraph}`;
    const list = byParagraph.get(key) ?? [];
    list.push(p);
    byParagraph.set(key, list);
  }

  const words = new SearchableMap<WordInfo>();
  const sentenceTerms = corpus.passages.map((p) => {
    const tokens = tokenize(p.text);
    tokens.forEach((t, i) => {
      const known = words.get(t.word);
      const name = t.capitalized && i > 0;
      if (!known) words.set(t.word, { term: t.term, name });
      else if (name && !known.name) known.name = true;
    });
    return [...contentTerms(tokens), ...glossaryIds(tokens, glossary)];
  });
  const docs: PassageDoc[] = corpus.passages.map((passage, i) => {
    const linkedTerms = new Set<string>();
    for (const name of links(passage)) {
      for (const term of [...contentTerms(name), ...glossaryIds(name, glossary)]) linkedTerms.add(term);
    }
    const contextTerms = new Set(contentTerms(titles.get(passage.articleId) ?? ""));
    const siblings = byParagraph.get(`${passage.articleId}\u0000${passage.paragraph}`) ?? [];
    for (const sibling of siblings) {
      if (sibling.id === passage.id) continue;
      for (const term of sentenceTerms[sibling.id] ?? []) contextTerms.add(term);
    }
    return { terms: new Set(sentenceTerms[i]), linkedTerms, contextTerms, cues: sentenceCues(passage.text) };
  });

  const documentFrequency = new Map<string, number>();
  for (const doc of docs) {
    for (const term of new Set([...doc.terms, ...doc.linkedTerms])) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const vocabulary = new SearchableMap<number>();
  for (const [term, df] of documentFrequency) vocabulary.set(term, df);

  const mini = new MiniSearch<IndexedDoc>(miniSearchOptions());
  mini.addAll(
    docs.map((doc, id) => ({
      id,
      text: (sentenceTerms[id] ?? []).join(" "),
      linked: [...doc.linkedTerms].join(" "),
      context: [...doc.contextTerms].join(" "),
    })),
  );
  return { mini, docs, documentFrequency, vocabulary, words, glossary, passageCount: docs.length };
}

/** The id token of a glossary entry, as indexed: `§3`. Never produced by the tokenizer. */
export const glossaryToken = (entry: number) => `§${entry}`;

function glossaryIds(text: string | Token[], glossary: CompiledGlossary): string[] {
  const tokens = typeof text === "string" ? tokenize(text) : text;
  return [...findGlossaryMentions(tokens, glossary).keys()].map(glossaryToken);
}
