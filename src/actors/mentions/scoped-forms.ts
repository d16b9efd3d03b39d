import { articleSpans } from "../../corpus/article-spans.ts";
import type { Passage } from "../../corpus/types.ts";
import { withoutBodySuffix } from "../../language/bodies.ts";
import { ONLY_PLACES_AFTER } from "../../language/prepositions.ts";
import { isTitle } from "../../language/titles.ts";
import { commonWord } from "../../language/typos.ts";
import { STOPWORDS } from "../../text/analyze.ts";
import { followingEach } from "../../text/occurrences.ts";
import type { Draft } from "./candidates.ts";
import { surname } from "./candidates.ts";
import { FormMatcher } from "./forms.ts";
import { isOrgHead, PLACE_HEADS } from "./lexicon.ts";
import { isOrgWord, tagsOf } from "./nlp.ts";

/** A mention found in a passage: which draft, at which offset. */
export interface Found {
  actor: number;
  at: number;
}

/** The order of a passage's mentions: by offset, ties in actor order. */
export const foundOrder = (a: Found, b: Found): number => a.at - b.at || a.actor - b.actor;

/** Where the name of `draft` written at `at` ends (its longest form there), or -1 when none is written there. */
export function writtenEnd(text: string, at: number, draft: Draft): number {
  let end = -1;
  for (const form of draft.forms) if (text.startsWith(form, at)) end = Math.max(end, at + form.length);
  return end;
}

/** Records that passage `i` names `actor` at `at`, unless it is already found there; keeps the passage's mentions in order. */
export function addFound(mentioned: Found[][], i: number, actor: number, at: number): void {
  const found = mentioned[i] ?? [];
  if (found.some((f) => f.actor === actor)) return;
  found.push({ actor, at });
  found.sort(foundOrder);
  mentioned[i] = found;
}

/**
 * A frequent first name that compromise's word list knows only as a man's or a woman's name
 * ("Margaret", "Daniel", "Harriet"), not also as a word ("frank" Comparative, "grace" and "mark"
 * FirstName, "may" Modal): written alone in its article, it is that person.
 */
function onlyAFirstName(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.length > 0 && tags.every((t) => t === "FemaleName" || t === "MaleName");
}

/**
 * Names that mean someone only inside one article: a surname two people share in the corpus
 * ("Achterberg" for the sculptor, her daughter and her husband; "Lindqvist" in two articles) is
 * the first of them the article names in full; a first name written alone ("Zdravko", "Nnamdi")
 * is the one person of the article with it. Added to `mentioned`, one small scan per article
 * that has such names. A surname right after another capitalised word is part of a longer name
 * ("Miriam Achterberg"), and a first name right before one is the full name, already found.
 */
export function addArticleMentions(passages: Passage[], drafts: Draft[], mentioned: Found[][]): void {
  const global = new Set(drafts.flatMap((d) => [...d.forms]));
  for (const [start, end] of articleSpans(passages))
    scanArticle(passages, drafts, mentioned, start, end, global);
}

function scanArticle(
  passages: Passage[],
  drafts: Draft[],
  mentioned: Found[][],
  start: number,
  end: number,
  global: ReadonlySet<string>,
): void {
  // The people and bodies the article names, in the order it first names them.
  const people: number[] = [];
  const bodies: number[] = [];
  for (let i = start; i < end; i++)
    for (const f of mentioned[i] ?? []) {
      const list = drafts[f.actor]?.kind === "person" ? people : bodies;
      if (!list.includes(f.actor)) list.push(f.actor);
    }
  if (people.length === 0 && bodies.length === 0) return;
  const owner = new Map<string, number>();
  const firstWords = new Set<string>();
  const articleText = () =>
    passages
      .slice(start, end)
      .map((p) => p.text)
      .join(" ");
  let text: string | undefined;
  for (const actor of bodies) {
    for (const form of shortNames((drafts[actor] as Draft).name)) {
      text ??= articleText();
      if (global.has(form) || owner.has(form) || !writtenAlone(text, form)) continue;
      // "Port of Kessport", "drivers in Castlebridge": a place the body is named after, not its short name.
      if (!form.includes(" ") && writtenAsPlace(text, form)) continue;
      owner.set(form, actor);
      if (!form.includes(" ")) firstWords.add(form);
    }
  }
  const firstNames = new Map<string, number[]>();
  for (const actor of people) {
    const draft = drafts[actor] as Draft;
    const last = surname(draft.name);
    if (last && !global.has(last) && !owner.has(last)) owner.set(last, actor);
    const first = draft.name.split(/\s+/)[0] ?? "";
    if (last && first !== last && /^\p{Lu}\p{Ll}+$/u.test(first)) {
      firstNames.set(first, [...(firstNames.get(first) ?? []), actor]);
    }
  }
  for (const [first, owners] of firstNames) {
    const lower = first.toLowerCase();
    // A first name among the commonest English words ("Frank", "Will", "Grace") is a word.
    const everyday = commonWord(lower) && !onlyAFirstName(lower);
    if (owners.length === 1 && !global.has(first) && !owner.has(first) && !everyday && !STOPWORDS.has(lower))
      owner.set(first, owners[0] as number);
  }
  if (owner.size === 0) return;
  const surnames = new Set(people.map((a) => surname((drafts[a] as Draft).name)));
  const matcher = new FormMatcher(owner.keys());
  for (let i = start; i < end; i++) {
    const text = passages[i]?.text ?? "";
    matcher.scan(text, (form, at) => {
      const name = matcher.forms[form] as string;
      const actor = owner.get(name) as number;
      const isSurname = surnames.has(name);
      // The words just before a name are enough to tell (a pattern anchored at the end of the
      // whole text before it reads all of it).
      const before = text.slice(Math.max(0, at - 80), at);
      if (isSurname ? partOfLongerName(before) : continuesName(text.slice(at + name.length))) return;
      if (firstWords.has(name) && partOfLongerName(before)) return;
      addFound(mentioned, i, actor, at);
    });
  }
}

/**
 * The shorter names a body goes by in its own article: without its suffix ("National Union"),
 * and its first word when that word is a coined name rather than an English word or a place
 * ("Calderline" of "Calderline Payroll Corp"; not "Marlow" of "Marlow Bay Police Department").
 */
function shortNames(name: string): string[] {
  const out: string[] = [];
  const bare = withoutBodySuffix(name);
  if (bare !== name && bare.includes(" ")) out.push(bare);
  const words = name.split(/\s+/);
  // "Sierra Grid" of "Sierra Grid Electric": the name without the word saying what kind of body it is.
  const last = (words.at(-1) as string).toLowerCase();
  if (words.length >= 3 && (isOrgWord(last) || isOrgHead(last))) out.push(words.slice(0, -1).join(" "));
  const first = words[0] ?? "";
  const second = (words[1] ?? "").toLowerCase();
  // As rare as a first name written alone must be (no `commonWord`); a capital inside it is coined
  // too ("BrightLoom" of "BrightLoom Inc").
  const coined =
    /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u.test(first) && first.length >= 4 && !commonWord(first.toLowerCase());
  if (words.length >= 2 && coined && !PLACE_HEADS.has(second)) out.push(first);
  return out;
}

/**
 * Whether the article writes a word as a place: after a preposition only places follow
 * (`ONLY_PLACES_AFTER`: "drivers in Castlebridge", "outside Brackwell"), though not "shares in" or
 * "a stake in", or as what a place is "of" ("Port of Kessport", "the centre of Kestrelford"), not itself
 * opening a longer name there.
 */
function writtenAsPlace(text: string, word: string): boolean {
  for (const m of text.matchAll(placePattern(word))) {
    const head = m[1]?.toLowerCase();
    if (
      head !== undefined
        ? PLACE_HEADS.has(head)
        : !OWNED_IN.test(text.slice(Math.max(0, (m.index ?? 0) - 24), (m.index ?? 0) + 2))
    )
      return true;
  }
  return false;
}

/** What a body's name follows "in" after: "shares in", "a stake in", "invested in". */
const OWNED_IN = /\b(?:shares|stake|invested|investment|interest|holding)\s+in$/iu;

// The word is a coined name (letters only, see shortNames): nothing in it to escape.
const placePattern = (word: string) =>
  new RegExp(
    `(?:\\b(?:${ONLY_PLACES_AFTER.join("|")})\\s+|\\b(\\p{L}\\p{Ll}+)\\s+of\\s+)${word}(?![\\p{L}\\p{N}'’-])(?!\\s+\\p{Lu})`,
    "gu",
  );

/** Whether the article writes `form` other than as the start of a longer capitalised name. */
function writtenAlone(text: string, form: string): boolean {
  for (const after of followingEach(text, form)) {
    if (!/^\s\p{Lu}/u.test(after) && !/^\p{L}/u.test(after)) return true;
  }
  return false;
}

/**
 * The text before a surname ends in a capitalised word that is not a title ("Miriam ", "Port "),
 * a possessor ("Rural Alliance's Tipene"), a function word opening a sentence ("But ", "Neither ")
 * or a word ending one ("on Friday. ").
 */
export function partOfLongerName(before: string): boolean {
  const word = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(before)?.[1];
  if (word === undefined || isTitle(word) || /['’]s$|\p{Ll}{2}\.$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return !STOPWORDS.has(lower) && !tagsOf(lower).some((t) => FUNCTION_WORD.has(t));
}

const FUNCTION_WORD: ReadonlySet<string> = new Set([
  "Determiner",
  "Conjunction",
  "Preposition",
  "Adverb",
  "Pronoun",
]);

/** The text after a first name starts with a capitalised word ("Rosalind Achterberg"). */
function continuesName(after: string): boolean {
  return /^\s+\p{Lu}/u.test(after);
}
