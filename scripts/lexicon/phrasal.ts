import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Synset } from "./wordnet.ts";

/**
 * Phrasal verbs from WordNet's verb index: a two-word lemma of a verb and an adverbial particle
 * ("call off", "shut down", "step down") and the one-word verb of its most frequent sense that
 * SemCor's sense tags say is most often meant that way ("cancel", "close", "quit"). Only the
 * sense WordNet lists first: later senses are rarer and would join words news copy does not mean
 * alike ("put off": postpone, not repel).
 *
 * Particles that are also prepositions before a noun ("in", "on", "for", "with") are left out: "go
 * in March" is no "enter". A target verb must be among the 10,000 most common English words, so
 * that a question's everyday verb can meet it ("lam" of "run away" cannot).
 */
const PARTICLES = new Set([
  "up",
  "down",
  "out",
  "off",
  "back",
  "over",
  "away",
  "apart",
  "aside",
  "forward",
  "together",
  "ahead",
  "along",
]);
const COMMON_RANK = 10_000;

/**
 * `phrase → verb`, sorted by phrase. `synsets` are `readWordNet`'s (the data files read once);
 * `rank` is a word's rank in everyday English (0 = most common).
 */
export function readPhrasalVerbs(
  dictDir: string,
  synsets: ReadonlyMap<string, Synset>,
  rank: (word: string) => number | undefined,
): Array<[string, string]> {
  // index.sense: sense_key synset_offset sense_number tag_cnt; "%2:" marks a verb sense.
  const tagged = new Map<string, number>();
  for (const line of readFileSync(join(dictDir, "index.sense"), "utf8").split("\n")) {
    const match = /^([a-z_'-]+)%2:\S+ (\d{8}) \d+ (\d+)$/.exec(line);
    if (match) tagged.set(`${match[1]} ${match[2]}`, Number(match[3]));
  }
  const out: Array<[string, string]> = [];
  // index.verb: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offset…, senses
  // in order of frequency.
  for (const line of readFileSync(join(dictDir, "index.verb"), "utf8").split("\n")) {
    if (!/^[a-z]/.test(line)) continue;
    const fields = line.trim().split(" ");
    const [head, particle, ...rest] = (fields[0] as string).split("_");
    if (rest.length || !head || !particle || !PARTICLES.has(particle) || !/^[a-z]+$/.test(head)) continue;
    const first = fields[4 + Number(fields[3]) + 2] as string;
    let best: string | undefined;
    let bestTags = -1;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const word of synsets.get(`verb:${first}`)?.words ?? []) {
      if (!/^[a-z]+$/.test(word) || word === head) continue;
      const wordRank = rank(word) ?? Number.POSITIVE_INFINITY;
      if (wordRank >= COMMON_RANK) continue;
      const tags = tagged.get(`${word} ${first}`) ?? 0;
      if (tags > bestTags || (tags === bestTags && wordRank < bestRank)) {
        best = word;
        bestTags = tags;
        bestRank = wordRank;
      }
    }
    if (best !== undefined) out.push([`${head} ${particle}`, best]);
  }
  return out.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}
