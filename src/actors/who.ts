import type { Corpus } from "../corpus/types.ts";
import { cite } from "../reply/cite.ts";
import type { Reply } from "../reply/types.ts";
import type { SearchIndex } from "../search/index.ts";
import { contentTerms, tokenize } from "../text/analyze.ts";

/**
 * First version of an actor look-up: the passages that name every word of `name`
 * (allowing a typo), in story order, under the fullest name the corpus gives.
 */
export function findActor(corpus: Corpus, index: SearchIndex, name: string): Reply {
  const wanted = contentTerms(name).map((term) => {
    if (index.documentFrequency.has(term)) return new Set([term]);
    const near = term.length >= 4 ? index.vocabulary.fuzzyGet(term, term.length >= 8 ? 2 : 1) : undefined;
    return new Set(near ? [...near.keys()] : []);
  });
  const matches =
    wanted.length === 0 || wanted.some((s) => s.size === 0)
      ? []
      : corpus.passages.filter((p) => {
          const doc = index.docs[p.id];
          return (
            doc !== undefined &&
            wanted.every((s) => [...s].some((t) => doc.terms.has(t) || doc.linkedTerms.has(t)))
          );
        });
  if (matches.length === 0) {
    return {
      kind: "actor",
      query: name,
      answered: false,
      message: `${name} is not in the story.`,
      passages: [],
    };
  }
  const fullName = longestName(
    matches.map((p) => p.text),
    wanted,
  );
  return {
    kind: "actor",
    query: name,
    answered: true,
    actor: { name: fullName, aliases: [] },
    passages: matches.map((p) => cite(corpus, p.id, 1)),
  };
}

function longestName(texts: string[], wanted: Set<string>[]): string {
  let best = "";
  for (const text of texts) {
    for (const match of text.matchAll(/\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/gu)) {
      const span = match[0].replace(/[’']s$/u, "");
      const terms = new Set(tokenize(span).map((t) => t.term));
      if (wanted.every((s) => [...s].some((t) => terms.has(t))) && span.length > best.length) best = span;
    }
  }
  return best;
}
