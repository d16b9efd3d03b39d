import { readFileSync } from "node:fs";

/**
 * Related stems: pairs that are both close in the word vectors (each among the other's 50 nearest
 * neighbours) and linked by one WordNet step (same synset, hypernym/hyponym, derivation,
 * similar-to). Either source alone is too loose: vectors put "monday" beside "tuesday" and
 * "buy" beside "sell"; WordNet links "job" to "caper". Built by `npm run build:lexicon` into
 * `data/related.txt`, one line per stem:
 *
 *   stem<TAB>other:0.83<TAB>other2:0.71     (cosine, 2 decimals, highest first)
 *
 * Lines starting with "#" are comments. Every pair is written on both of its stems' lines.
 */

const FILE = new URL("./data/related.txt", import.meta.url);
const EMPTY: ReadonlyMap<string, number> = new Map();

/**
 * Stem → the rest of its line, parsed into a map the first time that stem is asked for: a
 * question asks about a handful of stems, so building all ten thousand maps up front would be
 * most of the load time for nothing.
 */
let lines: Map<string, string> | undefined;
const parsed = new Map<string, ReadonlyMap<string, number>>();

/** Each line's text before its first tab → the rest of it; "#" lines and lines with no tab skipped. */
export function indexLines(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (text.charCodeAt(start) !== 35 /* # */) {
      const tab = text.indexOf("\t", start);
      if (tab !== -1 && tab < end) out.set(text.slice(start, tab), text.slice(tab + 1, end));
    }
    start = end + 1;
  }
  return out;
}

function parseFields(rest: string): Map<string, number> {
  const others = new Map<string, number>();
  for (const field of rest.split("\t")) {
    const colon = field.lastIndexOf(":");
    others.set(field.slice(0, colon), Number(field.slice(colon + 1)));
  }
  return others;
}

/** Every line of a related-terms text, parsed (for tests and the build, not the hot path). */
export function parseRelated(text: string): Map<string, ReadonlyMap<string, number>> {
  return new Map([...indexLines(text)].map(([stem, rest]) => [stem, parseFields(rest)]));
}

/** Inverse of `parseRelated`, given each stem's list already in the order to write. */
export function formatRelated(entries: Iterable<[string, Iterable<[string, number]>]>): string {
  let out = "";
  for (const [stem, others] of entries) {
    out += stem;
    for (const [other, cosine] of others) out += `\t${other}:${cosine.toFixed(2)}`;
    out += "\n";
  }
  return out;
}

/** Stems related to `term` (a stem) → their cosine; an empty map when none. Loaded on first use. */
export function relatedTerms(term: string): ReadonlyMap<string, number> {
  lines ??= indexLines(readFileSync(FILE, "utf8"));
  let others = parsed.get(term);
  if (others === undefined) {
    const rest = lines.get(term);
    if (rest === undefined) return EMPTY;
    others = parseFields(rest);
    parsed.set(term, others);
  }
  return others;
}
