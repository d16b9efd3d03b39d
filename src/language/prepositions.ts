/**
 * English prepositions, one and two words long: a word before a name that says where or when
 * ("off Carrig Point", "above Pinecrest Hollow", "around Wadi Seru"), never what someone is.
 * compromise's word list tags only some of these as prepositions ("above", "near" are adjectives there).
 */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "aboard",
  "about",
  "above",
  "across",
  "after",
  "against",
  "along",
  "alongside",
  "amid",
  "amidst",
  "among",
  "amongst",
  "around",
  "as",
  "at",
  "atop",
  "before",
  "behind",
  "below",
  "beneath",
  "beside",
  "besides",
  "between",
  "beyond",
  "by",
  "despite",
  "down",
  "during",
  "except",
  "for",
  "from",
  "in",
  "inside",
  "into",
  "near",
  "nearby",
  "of",
  "off",
  "on",
  "onto",
  "opposite",
  "outside",
  "over",
  "past",
  "round",
  "since",
  "through",
  "throughout",
  "to",
  "toward",
  "towards",
  "under",
  "underneath",
  "until",
  "up",
  "upon",
  "via",
  "with",
  "within",
  "without",
]);

/** Whether a lower-case word is a preposition ("off", "above", "around"). */
export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(word);
}

/**
 * Whether the text before a name ends with a preposition ("a spokesperson for ", "cross-examined
 * by "): the name is the preposition's object, not the subject of what follows. Not "to", which ends
 * "according to" (the name after it is the speaker).
 */
export function endsWithPreposition(before: string, options: { the?: boolean } = {}): boolean {
  const word = lastWord(before, options.the);
  return word !== undefined && word !== "to" && PREPOSITIONS.has(word);
}

/** The lower-case word `before` ends with, past a "the" after it when `the` is set ("in the "). */
function lastWord(before: string, the = false): string | undefined {
  return (the ? LAST_WORD_THE : LAST_WORD).exec(before)?.[1];
}
const LAST_WORD = /(?:^|\s)(\p{Ll}+)\s+$/u;
const LAST_WORD_THE = /(?:^|\s)(\p{Ll}+)\s+(?:the\s+)?$/u;

/** Prepositions of place: a name after one is where something happens ("arrived in Harbor City"). */
const OF_PLACE: ReadonlySet<string> = new Set([
  "in",
  "at",
  "from",
  "to",
  "near",
  "across",
  "around",
  "outside",
  "inside",
]);

/** Whether the text before a name ends with a preposition of place, perhaps and "the" ("arrived in "). */
export function endsWithPlacePreposition(before: string): boolean {
  const word = lastWord(before, true);
  return word !== undefined && OF_PLACE.has(word);
}

/**
 * Prepositions that only a place follows in news copy ("drivers in Castlebridge", "outside
 * Brackwell"): narrower than `OF_PLACE`, without "at", "from" and "to", which a company's name
 * follows as often ("staff at Calderline"). "In" is one, though not after "shares" or "a stake".
 */
export const ONLY_PLACES_AFTER: readonly string[] = [
  "in",
  "outside",
  "near",
  "across",
  "around",
  "throughout",
];
