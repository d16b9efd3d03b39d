import { isTitle } from "../../language/titles.ts";
import { allowedTypos, allowedTyposBesideExact, typoDistance } from "../../language/typos.ts";
import { STOPWORDS } from "../../text/analyze.ts";
import type { Actor } from "../types.ts";

/** A name as compared: no accents, case, dots, possessive or punctuation ("Trump’s" → "trump", "U.N." → "un"). */
export function normalizeName(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/['’]s\b/gu, "")
      .replace(/\./g, "")
      // "Harrow & Lisle" is typed "harrow and lisle" as often as with the ampersand.
      .replace(/\s*&\s*/gu, " and ")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/** The words of a typed name that identify someone: titles and lone initials dropped when others remain. */
export function nameWords(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  // "the mayor" names no one by its words: "the" is in many names ("FBI and the U.S. Attorney's Office").
  const kept = words.filter((w) => !isTitle(w) && !/^\p{L}\.?$/u.test(w) && !STOPWORDS.has(w.toLowerCase()));
  if (kept.length === 0 && words.some((w) => STOPWORDS.has(w.toLowerCase()))) return [];
  return (kept.length ? kept : words).map(normalizeName).filter(Boolean);
}

/** Whether a typed name holds a title word ("transport secretary", "the judge"): it may be a role. */
export function holdsTitle(text: string): boolean {
  return text.split(/\s+/).some((w) => isTitle(w));
}

const normalised = new WeakMap<Actor, string[]>();
const HYPHENATED = /(\p{L})-(\p{L})/gu;

/** Every name an actor goes by, normalised (once per actor: every look-up needs them). */
export function actorNames(actor: Actor): string[] {
  let names = normalised.get(actor);
  if (!names) {
    const written = [actor.name, ...actor.aliases];
    // "Ji-woo Seo" is typed "jiwoo seo" as often as "ji woo seo".
    const joined = written.filter((n) => n.includes("-")).map((n) => n.replace(HYPHENATED, "$1$2"));
    names = [...new Set([...written, ...joined].map(normalizeName).filter(Boolean))];
    normalised.set(actor, names);
  }
  return names;
}

/**
 * How well a typed name fits an actor: 100 for one of its names exactly, 80 when every word
 * is a word of one of its names, 60 minus typos when every word is close to one; 0 otherwise.
 */
export function nameScore(actor: Actor, typed: string): number {
  const whole = normalizeName(typed);
  const names = actorNames(actor);
  if (names.includes(whole)) return 100;
  const words = nameWords(typed);
  if (words.length === 0) return 0;
  if (words.length > 0 && names.includes(words.join(" "))) return 95;
  const nameWordSets = names.map((n) => n.split(" "));
  if (nameWordSets.some((set) => words.every((w) => set.includes(w)))) return 80;
  let best = 0;
  for (const set of nameWordSets) {
    const typos = slipsWithin(words, set, allowedTypos, 2);
    if (typos !== undefined) best = Math.max(best, 60 - typos);
  }
  return best;
}

/**
 * The slips of `words`, each against the nearest of `against` (compared up to `max`), when every
 * one is within what `allowed` forgives it; undefined when one is not.
 */
function slipsWithin(
  words: readonly string[],
  against: readonly string[],
  allowed: (word: string) => number,
  max: number,
): number | undefined {
  let typos = 0;
  for (const w of words) {
    const d = Math.min(...against.map((n) => typoDistance(w, n, max)));
    if (d > allowed(w)) return undefined;
    typos += d;
  }
  return typos;
}

/**
 * How well a typed name of two or more words fits an actor when its first word is exactly the
 * actor's first name and each other is near another of its name words (`allowedTyposBesideExact`):
 * 40 minus typos; 0 otherwise.
 */
export function nameScoreBesideExact(actor: Actor, typed: string): number {
  const words = nameWords(typed);
  if (words.length < 2) return 0;
  let best = 0;
  // The first name, not the surname: "lindiwe mokoena" is no slip for Thandiwe Mokoena, whose
  // relatives share her surname, but "marcus hail" is one for Marcus Hale.
  for (const [first, ...rest] of actorNames(actor).map((n) => n.split(" "))) {
    if (first !== words[0] || rest.length === 0) continue;
    const typos = slipsWithin(words.slice(1), rest, allowedTyposBesideExact, 3);
    if (typos !== undefined) best = Math.max(best, 40 - typos);
  }
  return best;
}

/** How alike two names look, 0 to 1, for "did you mean" suggestions. */
export function similarity(typed: string, actor: Actor): number {
  const t = normalizeName(typed);
  let best = 0;
  for (const name of actorNames(actor)) {
    for (const candidate of [name, ...name.split(" ")]) {
      const d = typoDistance(t, candidate, Math.max(t.length, candidate.length));
      best = Math.max(best, 1 - d / Math.max(t.length, candidate.length, 1));
    }
  }
  return best;
}
