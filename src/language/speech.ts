/**
 * Verbs of saying as news copy writes them ("said", "told reporters", "according to"): how a
 * quotation is attributed, how a name is shown to be a person's, where a "the …" phrase ends.
 * The one list; `STANCE_VERBS` (src/actors/mentions/lexicon.ts) is the wider set of verbs that state a position.
 */
export const SPEECH_VERBS: readonly string[] = [
  "said",
  "says",
  "told",
  "tells",
  "added",
  "adds",
  "asked",
  "wrote",
  "writes",
  "noted",
  "argued",
  "warned",
  "insisted",
  "explained",
  "replied",
  "continued",
  "stressed",
  "recalled",
  "acknowledged",
  "conceded",
  "admitted",
  "confirmed",
  "announced",
  "testified",
  "declined",
  "refused",
  "denied",
  "reported",
];

/** The verbs as a regular-expression alternation ("said|says|…"). */
export const SPEECH_ALTERNATION = SPEECH_VERBS.join("|");

const SPEECH_SET: ReadonlySet<string> = new Set(SPEECH_VERBS);

/** Whether a lower-case word is a verb of saying. */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_SET.has(word);
}

/**
 * What news copy writes of a source it keeps unnamed: "who asked not to be named", "on condition
 * of anonymity", "speaking anonymously". The person so described is not the one named before.
 */
export const UNNAMED_SOURCE =
  /\b(?:asked|declined|did not want|requested) (?:not )?to be (?:named|identified)\b|\b(?:on|under) (?:the )?condition of anonymity\b|\bspeaking anonymously\b/iu;

/**
 * Who speaks for a body, written after a word for the body: "a league spokesman", "the council
 * spokeswoman", "a union official". The sentence is the body's as well as its speaker's.
 */
export const SPEAKS_FOR_BODY: readonly string[] = [
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "spokespeople",
  "official",
  "officials",
  "representative",
  "representatives",
];
