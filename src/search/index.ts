import MiniSearch from "minisearch";
import SearchableMap from "minisearch/SearchableMap";
import type { Corpus, Passage } from "../corpus/types.ts";
import { contentTerms, tokenize } from "../text/analyze.ts";
import { type SentenceCues, sentenceCues } from "./features.ts";
import { type CompiledGlossary, compileGlossary, findGlossaryMentions } from "./glossary-terms.ts";

/** What is known of one passage for ranking, beyond MiniSearch's own index. */
export interface PassageDoc {
  /** Stems of the sentence's content words. */
  terms: Set<string>;
  /** Stems the passage is also known by: glossary names it mentions, actors its pronouns point to. */
  entityTerms: Set<string>;
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
  glossary: CompiledGlossary;
  passageCount: number;
}

interface IndexedDoc {
  id: number;
  text: string;
  entities: string;
  context: string;
}

/** Names a passage refers to without naming them (its pronouns' antecedents), by passage id. */
export type PassageLinks = (passage: Passage) => string[];

export const FIELD_BOOST = { text: 1, entities: 0.7, context: 0.15 } as const;

export function miniSearchOptions() {
  return {
    fields: ["text", "entities", "context"],
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

  const sentenceTerms = corpus.passages.map((p) => contentTerms(p.text));
  const docs: PassageDoc[] = corpus.passages.map((passage, i) => {
    const tokens = tokenize(passage.text);
    const entityTerms = new Set<string>();
    for (const entry of findGlossaryMentions(tokens, glossary).keys()) {
      for (const term of glossary.entries[entry]?.terms ?? []) entityTerms.add(term);
    }
    for (const name of links(passage)) for (const term of contentTerms(name)) entityTerms.add(term);
    const contextTerms = new Set(contentTerms(titles.get(passage.articleId) ?? ""));
    const siblings = byParagraph.get(`${passage.articleId}\u0000${passage.paragraph}`) ?? [];
    for (const sibling of siblings) {
      if (sibling.id === passage.id) continue;
      for (const term of sentenceTerms[sibling.id] ?? []) contextTerms.add(term);
    }
    return { terms: new Set(sentenceTerms[i]), entityTerms, contextTerms, cues: sentenceCues(passage.text) };
  });

  const documentFrequency = new Map<string, number>();
  for (const doc of docs) {
    for (const term of new Set([...doc.terms, ...doc.entityTerms])) {
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
      entities: [...doc.entityTerms].join(" "),
      context: [...doc.contextTerms].join(" "),
    })),
  );
  return { mini, docs, documentFrequency, vocabulary, glossary, passageCount: docs.length };
}
