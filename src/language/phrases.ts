import { readFileSync } from "node:fs";
import { indexLines } from "./related.ts";

/**
 * Phrasal verbs and the one verb each means, so that "pulled out of the deal" meets "withdrew from
 * the deal" and "called off the match" meets "cancelled the match". Applied to articles and
 * questions alike, before stemming.
 *
 * Most come from WordNet (`data/phrasal.txt`, built by `npm run build:lexicon`: a phrase's most
 * frequent sense and its most often meant one-word verb). The ones typed here are the news sense
 * where WordNet's first sense is another ("step down": resign, not quit; "give up": abandon, not
 * forfeit) or where WordNet has no one-word verb for it ("pull out", "back down"); they win.
 */
const FILE = new URL("./data/phrasal.txt", import.meta.url);

const NEWS_SENSES: Readonly<Record<string, string>> = {
  "pull out": "withdraw",
  "walk away": "withdraw",
  "back out": "withdraw",
  "opt out": "withdraw",
  "go back": "return",
  "come back": "return",
  "head back": "return",
  "put back": "reinstate",
  "bring back": "reinstate",
  "give up": "abandon",
  "step down": "resign",
  "sit down": "meet",
  "turn down": "reject",
  "shut down": "close",
  "slow down": "slow",
  "speed up": "accelerate",
  "ramp up": "accelerate",
  "cut back": "reduce",
  "scale back": "reduce",
  "take over": "acquire",
  "find out": "discover",
  "point out": "note",
  "call for": "demand",
  "carry out": "conduct",
  "go up": "increase",
  "go down": "decrease",
  "back down": "yield",
  "hold off": "delay",
  "put off": "postpone",
  "call off": "cancel",
  "break ground": "begin",
  "set off": "trigger",
  "wipe out": "destroy",
  "look into": "investigate",
  "crack down": "suppress",
};

export const PHRASAL_VERBS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(indexLines(readFileSync(FILE, "utf8"))),
  ...NEWS_SENSES,
};
