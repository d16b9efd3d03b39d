import type { Corpus } from "../../corpus/types.ts";
import { isCalendarWord } from "../../language/dates.ts";
import { isTitle } from "../../language/titles.ts";
import { contentTerms, STOPWORDS } from "../../text/analyze.ts";
import { englishRank } from "../../text/english-frequency.ts";
import { backReferenceNouns, namesItsKind, type Phrase, whatItNames } from "../linking/back-references.ts";
import { CAPITALISED_RUN } from "../mentions/candidates.ts";
import { patternBody } from "../mentions/forms.ts";
import { cleanName } from "../mentions/ner.ts";
import { normalizeName } from "./names.ts";

/** A name the text writes that no actor holds, and the sentences that write it. */
export interface NamedMentions {
  /** The name as the text writes it most often ("Marisco Film Festival"). */
  name: string;
  passages: number[];
}

/** The sentences whose text holds every one of some stems (the search index's postings). */
export type PassagesWith = (stems: string[]) => Iterable<number>;

/**
 * What `/who` falls back on when no actor answers to a typed name: the sentences that write it
 * as a name, capitalised, whatever kind of thing it is. Finding actors needs evidence of what a
 * name is (a first name, a title, "said", "the charity X"); "Ashdown Valley Water under-reported…"
 * or "at the Marisco Film Festival" have none, yet a reader asking about them is owed the sentences
 * that name them. The typed words must all be words of one capitalised run, in order
 * ("marisco festival" → "Marisco Film Festival"); a name met only as a sentence's first word
 * ("Water levels fell") is no name, so some sentence of the article must capitalise it elsewhere.
 */
export function namedMentions(
  corpus: Corpus,
  typed: string,
  passagesWith: PassagesWith,
  bodyHolds: (passage: number) => boolean = () => false,
  actorNamed: (passage: number, name: string) => boolean = () => false,
): NamedMentions | undefined {
  const words = normalizeName(typed)
    .split(" ")
    .filter(Boolean)
    .filter((w, i) => i > 0 || w !== "the");
  if (words.length === 0 || words.every((w) => STOPWORDS.has(w) || isCalendarWord(w))) return undefined;
  const stems = contentTerms(words.join(" "));
  if (stems.length === 0) return undefined;

  const found: Array<{ passage: number; articleId: string; name: string; inside: boolean }> = [];
  const first = words.find((w) => !STOPWORDS.has(w)) ?? (words[0] as string);
  for (const passage of passagesWith(stems)) {
    const text = corpus.passages[passage]?.text;
    if (text === undefined || !mayCapitalise(text, first)) continue;
    for (const m of CAPITALISED_RUN.matches(text)) {
      const name = nameIn(m[0], words);
      if (name !== undefined) {
        found.push({
          passage,
          articleId: corpus.passages[passage]?.articleId ?? "",
          name,
          inside: m.index > 0,
        });
        break;
      }
    }
  }
  // Articles that capitalise it somewhere other than at a sentence's start.
  const naming = new Set(found.filter((f) => f.inside || f.name.includes(" ")).map((f) => f.articleId));
  const kept = found.filter((f) => naming.has(f.articleId));
  if (kept.length === 0) return describedMentions(corpus, words, stems, passagesWith);
  const counts = new Map<string, number>();
  for (const f of kept) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  const name = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] as string;
  const passages = new Set(kept.map((f) => f.passage));
  for (const id of shortFormPassages(corpus, name, naming, passagesWith, actorNamed)) passages.add(id);
  for (const id of headPassages(corpus, name, naming, passagesWith, passages)) passages.add(id);
  // Sentences opening with the name: it is their subject, what "the company" after them means.
  const subjectOf = new Set(kept.filter((f) => !f.inside).map((f) => f.passage));
  for (const id of kindPassages(corpus, name, passages, subjectOf, bodyHolds)) passages.add(id);
  return { name, passages: [...passages].sort((a, b) => a - b) };
}

/**
 * Sentences of the naming articles that write the name shortened, its last words dropped
 * ("Ashdown Valley Water" → "Ashdown Valley", "Castellan Energy" → "Castellan"), as news copy
 * does after the first mention. A one-word short form must be no everyday word ("Blue" is not
 * "Blue Heron Shipping"), and the run must be the short form alone, not another name it begins,
 * nor an actor's own name there ("Brightfield", the chain, is not "Brightfield Suppliers' Forum").
 */
function shortFormPassages(
  corpus: Corpus,
  name: string,
  naming: ReadonlySet<string>,
  passagesWith: PassagesWith,
  actorNamed: (passage: number, name: string) => boolean,
): number[] {
  const words = normalizeName(name).split(" ");
  const out: number[] = [];
  for (let n = words.length - 1; n >= 1; n--) {
    const short = words.slice(0, n);
    const last = short[n - 1] as string;
    if (STOPWORDS.has(last) || (n === 1 && (englishRank(last) ?? EVERYDAY) < EVERYDAY)) continue;
    const stems = contentTerms(short.join(" "));
    if (stems.length === 0) continue;
    for (const passage of passagesWith(stems)) {
      const p = corpus.passages[passage];
      if (!p || !naming.has(p.articleId) || actorNamed(passage, short.join(" "))) continue;
      for (const m of CAPITALISED_RUN.matches(p.text)) {
        const plain = m[0].split(/\s+/).map(normalizeName);
        const from = plain.findIndex((_, i) => short.every((s, j) => plain[i + j] === s));
        if (from < 0) continue;
        const rest = plain.slice(from + n);
        if (rest.length === 0 || rest.every((w, j) => w === words[n + j])) {
          out.push(passage);
          break;
        }
      }
    }
  }
  return out;
}

/** Below this rank in everyday English a word is too common to stand for a name on its own. */
const EVERYDAY = 20000;

/**
 * False only when the text surely never writes the word capitalised: a cheap look before the
 * names are read, as a common word ("officials") is in tens of thousands of sentences at 10,000
 * articles. A sentence with letters beyond ASCII ("Tomás" for "tomas") is always read.
 */
function mayCapitalise(text: string, word: string): boolean {
  if (!/^[a-z0-9]+$/.test(word) || /[^ -~\s]/u.test(text)) return true;
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (text[at] !== lower[at]) return true;
  }
  return false;
}

/**
 * The name in a capitalised run holding every typed word in order, from its first word that is
 * not an opener or title to its end ("But Marisco Film Festival" → "Marisco Film Festival");
 * undefined when the run does not hold them.
 */
function nameIn(run: string, typed: string[]): string | undefined {
  const written = run.split(/\s+/);
  const plain = written.map(normalizeName);
  let at = 0;
  let first = -1;
  for (let i = 0; i < plain.length && at < typed.length; i++) {
    if (plain[i] === typed[at]) {
      if (first < 0) first = i;
      at++;
    }
  }
  if (at < typed.length) return undefined;
  let start = 0;
  while (start < first && (STOPWORDS.has(plain[start] as string) || isTitle(written[start] as string)))
    start++;
  // "Marisco Film Festival on Saturday": a day or month ends the name.
  let end = plain.findIndex((w, i) => i > first && isCalendarWord(w));
  if (end < 0) end = written.length;
  while (end > start + 1 && STOPWORDS.has(plain[end - 1] as string)) end--;
  // As the recogniser cleans its names: not "Halcyon Seaways’s" nor "… Chiara Bellandi." (an initial's
  // full stop stays: "Ruth A."), nor "Shares of Halcyon Seaways".
  return cleanName(written.slice(start, end).join(" ")) || undefined;
}

/**
 * Sentences after the first mention that call the name by its last word in lower case, "the
 * festival" for "Marisco Film Festival", "the health protection unit" for "Northmoor Health
 * Protection Unit", in an article that writes no other name ending in that word. The "the …"
 * phrases are read as the actors' back-references read them (`backReferenceNouns`).
 */
function headPassages(
  corpus: Corpus,
  name: string,
  naming: ReadonlySet<string>,
  passagesWith: PassagesWith,
  named: ReadonlySet<number>,
): number[] {
  const words = normalizeName(name).split(" ");
  const head = words[words.length - 1] as string;
  if (words.length < 2 || STOPWORDS.has(head)) return [];
  const first = new Map<string, number>();
  for (const id of named) {
    const a = corpus.passages[id]?.articleId ?? "";
    first.set(a, Math.min(first.get(a) ?? id, id));
  }
  const candidates = [...passagesWith(contentTerms(head))];
  // Articles naming something else by the same last word ("the Quellmoor Festival of Speed").
  const others = new Set<string>();
  for (const passage of candidates) {
    const p = corpus.passages[passage];
    if (!p || !naming.has(p.articleId)) continue;
    for (const m of CAPITALISED_RUN.matches(p.text)) {
      const plain = normalizeName(m[0]).split(" ");
      if (plain.at(-1) === head && !plain.join(" ").endsWith(words.join(" "))) others.add(p.articleId);
    }
  }
  const fits = (phrase: Phrase) =>
    phrase.nouns.at(-1) === head && phrase.modifiers.every((w) => words.includes(w));
  return candidates.filter((passage) => {
    const p = corpus.passages[passage];
    if (!p || !naming.has(p.articleId) || others.has(p.articleId)) return false;
    return passage > (first.get(p.articleId) ?? Infinity) && backReferenceNouns(p.text).some(fits);
  });
}

/**
 * Sentences that write a typed description of someone in lower case, "the first officer" in
 * "One first officer based at Cardow, who asked not to be named", "athletic director": people the
 * text never names, or names without the role. Only a description of a who: its last word a noun
 * that names people or bodies ("officer", "regulator"), never "water levels".
 */
function describedMentions(
  corpus: Corpus,
  words: string[],
  stems: string[],
  passagesWith: PassagesWith,
): NamedMentions | undefined {
  const last = words.at(-1) as string;
  if (STOPWORDS.has(last) || whatItNames(last) === "either") return undefined;
  const written = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, "iu");
  const passages = [...passagesWith(stems)].filter((id) => written.test(corpus.passages[id]?.text ?? ""));
  return passages.length ? { name: words.join(" "), passages } : undefined;
}

/** How many sentences after one writing the name may first call it by a body noun ("the company"). */
const ADJACENT = 2;

/**
 * "Ashdown Valley Water under-reported its spills… In a statement, the company said…": a name
 * that says nothing of what it is, subject of a sentence, then a body noun no actor holds within
 * two sentences of that one, is called so in the rest of the article. Every later sentence of the article with "the company"
 * that no known body holds is the name's. The noun must be met so before any other, so that "the
 * board" of its own board is not taken for it.
 */
function kindPassages(
  corpus: Corpus,
  name: string,
  named: ReadonlySet<number>,
  subjectOf: ReadonlySet<number>,
  bodyHolds: (passage: number) => boolean,
): number[] {
  if (namesItsKind(normalizeName(name))) return [];
  // "a coin was thrown towards Reddy as he prepared…": a person's surname is called by no body noun.
  const person = new RegExp(`${patternBody(name)}\\W+(?:\\S+\\s+){0,3}?(?:he|she|his|her)\\b`, "u");
  if ([...named].some((id) => person.test(corpus.passages[id]?.text ?? ""))) return [];
  const out: number[] = [];
  const articles = new Map<string, number>();
  for (const id of [...named].sort((a, b) => a - b)) {
    const article = corpus.passages[id]?.articleId ?? "";
    if (!articles.has(article)) articles.set(article, id);
  }
  for (const [article, first] of articles) {
    let noun: string | undefined;
    for (let id = first; corpus.passages[id]?.articleId === article; id++) {
      const text = corpus.passages[id]?.text ?? "";
      const nouns = backReferenceNouns(text)
        .filter((p) => p.modifiers.length === 0)
        .map((p) => p.nouns.at(-1) as string)
        .filter((n) => whatItNames(n) === "body");
      if (noun === undefined) {
        // The first body noun no known body holds, near a sentence writing the name.
        const near = [...subjectOf].some((n) => n <= id && id - n <= ADJACENT);
        if (!near || nouns.length === 0 || bodyHolds(id)) continue;
        noun = nouns[0];
      }
      if (noun !== undefined && nouns.includes(noun) && !bodyHolds(id)) out.push(id);
    }
  }
  return out;
}
