import { isTitle } from "./candidates.ts";
import type { Actor } from "./types.ts";

/** A name as compared: no accents, case, dots, possessive or punctuation ("Trump’s" → "trump", "U.N." → "un"). */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/gu, "")
    .replace(/\./g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a typed name that identify someone: titles and lone initials dropped when others remain. */
export function nameWords(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !isTitle(w) && !/^\p{L}\.?$/u.test(w));
  return (kept.length ? kept : words).map(normalizeName).filter(Boolean);
}

/** Damerau–Levenshtein distance (adjacent swaps count one), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const up = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Typos allowed in a word of this length: none under 4 letters, one up to 6, two beyond. */
export function allowedTypos(word: string): number {
  return word.length < 4 ? 0 : word.length <= 6 ? 1 : 2;
}

/** Every name an actor goes by, normalised. */
export function actorNames(actor: Actor): string[] {
  return [actor.name, ...actor.aliases].map(normalizeName).filter(Boolean);
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
    let typos = 0;
    const fits = words.every((w) => {
      const d = Math.min(...set.map((n) => editDistance(w, n, 2)));
      typos += d;
      return d <= allowedTypos(w);
    });
    if (fits) best = Math.max(best, 60 - typos);
  }
  return best;
}

/** How alike two names look, 0 to 1, for "did you mean" suggestions. */
export function similarity(typed: string, actor: Actor): number {
  const t = normalizeName(typed);
  let best = 0;
  for (const name of actorNames(actor)) {
    for (const candidate of [name, ...name.split(" ")]) {
      const d = editDistance(t, candidate, Math.max(t.length, candidate.length));
      best = Math.max(best, 1 - d / Math.max(t.length, candidate.length, 1));
    }
  }
  return best;
}
