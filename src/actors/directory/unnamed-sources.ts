import type { Corpus } from "../../corpus/types.ts";
import { UNNAMED_SOURCE } from "../../language/speech.ts";
import { synonymStems } from "../../language/synonyms.ts";
import { contentTerms } from "../../text/analyze.ts";
import type { ActorsByPassage } from "./beside-role.ts";
import type { PassagesWith } from "./named-mentions.ts";

/** A source the text describes but will not name, and the sentences that are theirs. */
export interface UnnamedSource {
  /** The description as written ("One violinist", "A former tenant"). */
  description: string;
  passages: number[];
}

/** Words that find such a marker in the search index ("named", "identified", "anonymity"). */
const MARKER_STEMS = ["name", "identifi", "anonym"];
/** Typed words any unnamed source answers to ("anonymous nurse", "unnamed player"). */
const UNNAMED_WORDS = new Set(contentTerms("anonymous unnamed unidentified anon source"));
/** The description: a determiner and the words after it, up to the marker's "who" (or a comma). */
const DESCRIPTION =
  /(?:^|[,;:]\s*|\b(?:to|by|from)\s+)((?:[Oo]ne|[Aa]n?|[Tt]he|[Aa]nother|[Tt]wo|[Tt]hree)\s[^,;:]*?)\s*,?\s*(?:who\s[^,;]*)?$/u;
/** A sentence continuing an unnamed source's words: "she said", "He added". */
const THEIR_WORDS =
  /\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:said|added|says|told|explained|claimed|recalled|described)\b/u;

/** A sentence opening a quotation: after the source's words, theirs still. */
const OPENS_QUOTE = /^["“]/u;

/**
 * `/who the violinist`, `/who anonymous nurse`: people the text describes and keeps unnamed ("One
 * violinist, who asked not to be named because she feared for her job, said…"), as news copy does
 * with its sources. Every typed word but "anonymous"-like ones must be a word of the description
 * (or its synonym), its last one too. The sentences after the description in its paragraph that
 * carry the source's words ("… she said") and name no person are theirs too.
 */
export function unnamedSources(
  corpus: Corpus,
  index: ActorsByPassage,
  typed: string,
  passagesWith: PassagesWith,
): UnnamedSource | undefined {
  const wanted = contentTerms(typed).filter((s) => !UNNAMED_WORDS.has(s));
  if (wanted.length === 0) return undefined;
  const found: UnnamedSource[] = [];
  const seen = new Set<number>();
  // Only sentences holding a marker's word and the typed role's word (or a synonym): a look-up
  // reads a handful of sentences, not every "named" of 10,000 articles.
  const head = wanted.at(-1) as string;
  const pairs = MARKER_STEMS.flatMap((m) => [head, ...synonymStems(head)].map((h) => [m, h]));
  for (const pair of pairs) {
    for (const passage of passagesWith(pair)) {
      if (seen.has(passage)) continue;
      seen.add(passage);
      const text = corpus.passages[passage]?.text ?? "";
      const marker = UNNAMED_SOURCE.exec(text);
      if (!marker) continue;
      const description = DESCRIPTION.exec(text.slice(0, marker.index))?.[1]?.trim();
      if (!description) continue;
      const words = new Set(contentTerms(description));
      const fits = (s: string) => words.has(s) || [...synonymStems(s)].some((x) => words.has(x));
      if (!wanted.every(fits)) continue;
      found.push({ description, passages: [passage, ...theirWords(corpus, index, passage)] });
    }
  }
  // Two sources fitting alike: the look-up is ambiguous, and no answer beats a wrong one.
  return found.length === 1 ? found[0] : undefined;
}

/** The sentences after `passage` in its paragraph that carry the source's words and name no person. */
function theirWords(corpus: Corpus, index: ActorsByPassage, passage: number): number[] {
  const first = corpus.passages[passage];
  const out: number[] = [];
  for (let id = passage + 1; ; id++) {
    const p = corpus.passages[id];
    if (!p || !first || p.articleId !== first.articleId || p.paragraph !== first.paragraph) break;
    // "…," he said. "But I'm not sure a strike is the way to fix them.": their quotation goes on.
    if (namesSomeone(index, id) || !(THEIR_WORDS.test(p.text) || OPENS_QUOTE.test(p.text))) break;
    out.push(id);
  }
  return out;
}

/** Whether a person is named in the sentence (not only pointed to by a pronoun). */
function namesSomeone(index: ActorsByPassage, passage: number): boolean {
  return (index.byPassage.get(passage) ?? []).some((id) => {
    const actor = index.actors[id];
    return actor?.kind === "person" && !actor.viaPronoun.includes(passage);
  });
}
