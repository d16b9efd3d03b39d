import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Synset } from "./wordnet.ts";

/** WordNet's lexicographer file for nouns that denote people ("noun.person"). */
const NOUN_PERSON = 18;
/**
 * Only words among the 30,000 most common English words: rarer ones are seldom typed as a role,
 * and a list of WordNet's whole noun.person file would be mostly archaic trades and epithets.
 */
const COMMON_RANK = 30_000;

/**
 * Nouns for people ("umpire", "jockey", "baker", "widow") from WordNet's noun index: one-word
 * lower-case lemmas whose most frequent sense, the one WordNet lists first, is in noun.person and
 * is written in lower case there ("daniel" is the prophet Daniel, a name, not a role). Later senses
 * are left out: "head" is a person only in its rarer senses. Sorted.
 */
export function readPersonNouns(
  dictDir: string,
  synsets: ReadonlyMap<string, Synset>,
  rank: (word: string) => number | undefined,
): string[] {
  const out: string[] = [];
  // index.noun: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset…, senses in
  // order of frequency.
  for (const line of readFileSync(join(dictDir, "index.noun"), "utf8").split("\n")) {
    if (!/^[a-z]+ /.test(line)) continue;
    const fields = line.trim().split(" ");
    const lemma = fields[0] as string;
    const first = synsets.get(`noun:${fields[4 + Number(fields[3]) + 2]}`);
    if (first?.lexFile !== NOUN_PERSON || !first.words.includes(lemma)) continue;
    if ((rank(lemma) ?? Number.POSITIVE_INFINITY) >= COMMON_RANK) continue;
    out.push(lemma);
  }
  return out.sort();
}
