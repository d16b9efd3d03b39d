import { IMPERSONAL_IT_VERBS } from "../../language/impersonal.ts";
import { SPEAKS_FOR_BODY, SPEECH_ALTERNATION } from "../../language/speech.ts";
import { isPersonNoun } from "../facts/role.ts";
import { tagsOf } from "../mentions/nlp.ts";

/** What a pronoun subject can stand for: one person, or a group, organisation or country. */
export type PronounKind = "person" | "group";

const OPENING_QUOTE = /^[“"‘'(\s]+/u;
const QUOTATION_OPENING = /^\s*[“"]/u;
// "The 24-year-old, who works as a trainee electrician, then won the game": as "he" or "she" (not
// "the 24-year-old's mother").
/** "the 24-year-old" standing for a person (read case-blind). */
export const AGED = "the\\s+\\d{1,3}-year-old";
const PERSON = `he|she|his|her|him|${AGED}(?!['’])`;
const GROUP = "they|their|its";
const PERSON_WORD = new RegExp(`^(?:${PERSON})$`, "u");
const LEAD =
  "during|following|after|before|since|upon|in|as|while|when|throughout|under|despite|with|on|at|by|for|from|over|within|until|through|of|amid|without";
/** Words that may open a sentence before its subject ("But he…", "Meanwhile, she…"). */
export const CONNECTIVE =
  "but|and|yet|still|later|then|now|also|however|meanwhile|instead|earlier|since then";

const AT_START = new RegExp(`^(?:(?:${CONNECTIVE}),?\\s+)?(${PERSON}|${GROUP})\\b`, "iu");
const IN_OPENING_PHRASE = new RegExp(`^(?:${LEAD})\\s+(${PERSON}|${GROUP})\\b`, "iu");
const AFTER_QUOTE = new RegExp(`[”"]\\s*,?\\s*(he|she|${AGED})\\s+(?:${SPEECH_ALTERNATION})\\b`, "iu");
const CLOSING_ATTRIBUTION = new RegExp(
  `,\\s*(he|she|they)\\s+(?:${SPEECH_ALTERNATION})(?:\\s+[\\p{Ll}\\d]+){0,4}\\s*[.!?]?[”"]?$`,
  "iu",
);
// "In the 1990s she produced…", "Within a decade, however, he…": a short opening phrase, then the subject.
const AFTER_OPENING = new RegExp(
  `^(?:${LEAD})\\s+(?:[\\p{L}\\d'’-]+\\s+){0,3}[\\p{L}\\d'’-]+,?\\s+(he|she|they)\\b`,
  "iu",
);

/**
 * "It said…", "It has since spent…", "It will also close…": "it" standing for a body, as the
 * subject of a verb of saying or of an auxiliary before a verb other than "be". Not "It was…",
 * "It is unclear…", "It has been…", whose "it" is usually no one ("It was the party's worst result").
 */
const ADVERB = "(?:not|also|since|already|still|never|now|later|then|previously|recently)";
const IT_ACTS = new RegExp(
  `^(?:(?:${CONNECTIVE}),?\\s+)?it\\s+(?:${ADVERB}\\s+)*(?:(?:${SPEECH_ALTERNATION})\\b|(?:has|had|have|will|would|could|can|should|may|might|must|did|does)\\s+(?:${ADVERB}\\s+)*(?!be\\b|been\\b)\\p{Ll})`,
  "iu",
);
/**
 * "It employs about 2,300 people", "It operates 14 routes": "it" before a verb in the present or
 * past that says what a body does; not the verbs of "it" standing for no one (`IMPERSONAL_IT_VERBS`).
 */
const IT_VERB = /^it\s+(\p{Ll}+(?:s|ed))\b/iu;
function itActsAsBody(text: string): boolean {
  const verb = IT_VERB.exec(text)?.[1]?.toLowerCase();
  if (verb === undefined || IMPERSONAL_IT_VERBS.has(verb)) return false;
  // compromise's word list holds few inflected forms: its base form is looked up too, and a word it
  // knows in no form ("employs") is taken for the verb that a word right after "It" most often is.
  const forms = [
    verb,
    verb.replace(/ies$/u, "y"),
    verb.replace(/e?s$/u, ""),
    verb.replace(/e?d$/u, ""),
    verb.replace(/d$/u, ""),
  ];
  const tags = forms.flatMap((f) => tagsOf(f));
  return (
    tags.length === 0 || tags.some((t) => t === "PresentTense" || t === "PastTense" || t === "Infinitive")
  );
}

const IT_ATTRIBUTION = new RegExp(
  `,\\s*it\\s+(?:${SPEECH_ALTERNATION})(?:\\s+[\\p{Ll}\\d]+){0,4}\\s*[.!?]?$`,
  "iu",
);

/**
 * The kind of actor a sentence's pronoun subject stands for, when the sentence opens with one
 * ("He noted…", "During his tenure…", "Her administration…") or attributes a quotation to one
 * ("“…,” she said."); undefined otherwise.
 */
export function pronounSubject(sentence: string): PronounKind | undefined {
  const text = sentence.replace(OPENING_QUOTE, "");
  // The attribution first: "They want a unit that stays open," she said." quotes her "they". A
  // quotation's own opening pronoun is the speaker's word, not the sentence's subject ("“They were
  // six down,” the Kingsfold captain said").
  const quoted = QUOTATION_OPENING.test(sentence);
  const match =
    sentence.match(AFTER_QUOTE) ??
    sentence.match(CLOSING_ATTRIBUTION) ??
    (quoted ? null : (text.match(AT_START) ?? text.match(IN_OPENING_PHRASE) ?? text.match(AFTER_OPENING)));
  const word = match?.[1]?.toLowerCase();
  if (!word)
    return (!quoted && (IT_ACTS.test(text) || itActsAsBody(text))) || IT_ATTRIBUTION.test(sentence)
      ? "group"
      : undefined;
  return PERSON_WORD.test(word) ? "person" : "group";
}

/**
 * Whether the person a sentence's pronouns stand for is a woman or a man: "she" and "her" only,
 * or "he", "his" and "him" only; undefined when it has both or neither ("the 24-year-old"). (The
 * gender of its pronoun subject alone, "“…,” she said" whatever "he" the quotation holds: /who
 * recall on validation one sentence lower, on train one higher; not kept.)
 */
export function pronounGender(sentence: string): "female" | "male" | undefined {
  const female = FEMALE.test(sentence);
  const male = MALE.test(sentence);
  return female === male ? undefined : female ? "female" : "male";
}

const FEMALE = /\b(?:she|her|hers|herself)\b/iu;
const MALE = /\b(?:he|his|him|himself)\b/iu;

/**
 * Each "he", "his", "him", "himself", "she", "her", "hers" or "herself" of a sentence, with where it
 * stands and whose it can be. (Case-specific and not Unicode-aware: read over every sentence of a
 * corpus, the flags of FEMALE and MALE made it three times slower.)
 */
export function genderedPronouns(sentence: string): Array<{ at: number; gender: "female" | "male" }> {
  // Most sentences have none: one test is half the cost of an empty matchAll.
  if (!ANY_GENDERED.test(sentence)) return [];
  return [...sentence.matchAll(GENDERED)].map((m) => ({ at: m.index, gender: m[1] ? "male" : "female" }));
}

const GENDERED = /\b(?:([Hh]e|[Hh]is|[Hh]im|[Hh]imself)|([Ss]he|[Hh]er|[Hh]ers|[Hh]erself))\b/g;
const ANY_GENDERED = new RegExp(GENDERED.source);

/**
 * Whether "he" or "she" stands anywhere in a sentence: in one that names no person it is the
 * person before ("The walls rusted, and she insisted…", "…rests on foundations she laid."). Only
 * after a comma or a conjunction until session 12; anywhere, validation /who recall 0.849 → 0.851
 * at the same precision (0.891); "him", "her" and "his" as well cost precision (0.888).
 */
export function heOrSheIn(sentence: string): boolean {
  return HE_OR_SHE.test(sentence);
}

const HE_OR_SHE = /\b(?:he|she)\b/u;

/** "you", "your", "yourself": a sentence speaking to someone, as an interviewer's question does. */
export function addressesSomeone(sentence: string): boolean {
  return SECOND_PERSON.test(sentence);
}

const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves)\b/iu;

/**
 * "The Dutch striker, signed on deadline day, opened the scoring…", "The Brazilian midfielder then
 * set up…": a sentence opening with a description of someone (capitalised words of where they are
 * from, then a noun for what they do), as "He…" would. Read where the sentence names no person.
 */
export function epithetSubject(sentence: string): boolean {
  const m = EPITHET.exec(sentence);
  return m !== null && isPersonNoun((m[1] as string).toLowerCase());
}

const EPITHET = /^The\s+(?:\p{Lu}\p{Ll}+\s+){1,2}(?:\p{Ll}+\s+)?(\p{Ll}+)(?=[\s,])/u;

/**
 * The words of a description standing for someone ("The Kingsfold captain accused…" → Kingsfold,
 * captain; "…,” the Sundara captain said" → Sundara, captain), its noun last, when the sentence
 * opens with one or attributes a quotation to one.
 */
export function epithetWords(sentence: string): string[] | undefined {
  const m = EPITHET.exec(sentence) ?? EPITHET_ATTRIBUTION.exec(sentence);
  if (!m) return undefined;
  const words = m[0]
    .replace(/^[”"]\s*,?\s*/u, "")
    .split(/\s+/u)
    .slice(1);
  // Its first noun for what someone does ("captain", not "accused" of "The Kingsfold captain
  // accused…"; an attribution's match ends in its verb of saying).
  const at = words.findIndex((w) => /^\p{Ll}/u.test(w) && isPersonNoun(w));
  return at < 0 ? undefined : words.slice(0, at + 1);
}

/**
 * "“Most teams have already signed their riders,” the young sprinter said.", "…,” the Sundara
 * captain told reporters.": a quotation attributed to a description of someone (up to two words,
 * then a noun for what they do), as "…,” he said" would be. Read where the sentence names no
 * person: "the judge told him" after Judge Amara Lin is her mention already.
 */
export function epithetAttribution(sentence: string): boolean {
  const m = EPITHET_ATTRIBUTION.exec(sentence);
  const noun = (m?.[1] as string | undefined)?.toLowerCase();
  // "…,” the spokesperson said": a body's voice, not the person the sentence before names.
  return noun !== undefined && isPersonNoun(noun) && !SPEAKS_FOR_BODY.includes(noun);
}

const EPITHET_ATTRIBUTION = new RegExp(
  `[”"]\\s*,?\\s*the\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(\\p{Ll}+)\\s+(?:${SPEECH_ALTERNATION})\\b`,
  "u",
);
