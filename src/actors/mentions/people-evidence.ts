import { isCalendarWord } from "../../language/dates.ts";
import { endsWithPlacePreposition, endsWithPreposition, isPreposition } from "../../language/prepositions.ts";
import { SPEECH_ALTERNATION } from "../../language/speech.ts";
import { SURNAME_PARTICLES, SURNAME_PREFIX_SOURCE } from "../../language/surnames.ts";
import { isPostNominal, isTitle, isTitleOnlyBeforeNames } from "../../language/titles.ts";
import { STOPWORDS } from "../../text/analyze.ts";
import { CapitalPattern } from "../../text/capital-pattern.ts";
import { englishRank } from "../../text/english-frequency.ts";
import { AGE, appositiveAfter, isPersonNoun, roleBefore, roleCore } from "../facts/role.ts";
import { ORG_HEADS, PLACE_HEADS } from "./lexicon.ts";
import { isOrgWord, isPlaceWord } from "./nlp.ts";

/**
 * People named in a paragraph whatever their first names ("Priya Raman", "Benedikt Sarr"), from
 * what the text says around a capitalised name rather than from a first-name list: a role beside
 * it ("Priya Raman, leader of the dockworkers' union," / "the judge, Marisol Dunleavy"), or a
 * verb of saying ("said Tendai Varkey", "Raman told reporters", "according to Raman"). A name
 * with a word that is a place or organisation word ("Lake Tessin", "Supreme Court"), or with a
 * word the article also writes in lower case ("Glenhollow Creamery" beside "the creamery"), is
 * not a person: surnames and first names are not written so. Names `settled` says are known
 * either way are not looked at.
 */
export function evidencedPeople(
  paragraph: string,
  inLowerCase: (word: string) => boolean,
  settled: (name: string) => boolean = () => false,
  surnameSays: (surname: string) => boolean = () => false,
  titledSurname: (surname: string) => boolean = () => false,
): string[] {
  const out: string[] = [];
  for (const m of NAME_RUN.matches(paragraph)) {
    const words = m[0].split(/\s+/);
    // Sentence openers and titles are not part of the name ("But Priya Raman", "Judge Marisol Dunleavy").
    let first = 0;
    while (first < words.length && isNotName(words[first] as string)) first++;
    // "Stroke Callum Ferreira, 24, said…": a sentence's capitalised first word that the article
    // also writes in lower case ("moving Ferreira to stroke"), before two more, is no part of the name.
    const opener = words[first] as string;
    if (
      words.length - first === 3 &&
      atSentenceStart(paragraph, m.index ?? 0) &&
      !isPersonNoun(opener.toLowerCase()) &&
      inLowerCase(opener)
    )
      first++;
    // "Callum Brereton's seventh Test hundred": the name without its possessive.
    const possessive = /['’]s$/u.test(words.at(-1) as string);
    const name = words
      .slice(first)
      .map((w, i, all) => (possessive && i === all.length - 1 ? w.slice(0, -2) : w));
    // Two or three words, a surname's particles not counted ("Thijs van der Wel").
    const named = name.filter((w) => !SURNAME_PARTICLES.has(w)).length;
    // "Van der Wel, who scored…": a surname opening its sentence, not a first name and a surname.
    if (named < 2 || named > 3 || SURNAME_PARTICLES.has((name[0] as string).toLowerCase())) continue;
    // "Morag Marsh" where the article writes "Ms Marsh": a place word as a surname.
    const placeSurname = (w: string, i: number) => i === name.length - 1 && titledSurname(w);
    if (name.some((w, i) => NOT_PERSON.has(w.toLowerCase()) && !placeSurname(w, i))) continue;
    const text = name.join(" ");
    if (settled(text)) continue;
    const end = (m.index ?? 0) + m[0].length - (possessive ? 2 : 0);
    const start = end - text.length;
    const before = paragraph.slice(Math.max(0, start - 120), start);
    const after = paragraph.slice(end, end + 200);
    // The cheap tests first: most capitalised runs have no evidence at all.
    if (endsInBodyWord(name) && !placeSurname(name.at(-1) as string, name.length - 1)) continue;
    const says =
      // "A spokesperson for Castlebridge Metrolink said": the speaker is the noun before "for".
      (SAYS_AFTER.test(after) && !endsWithPreposition(before, { the: true })) ||
      SAYS_BEFORE.test(before.slice(-24)) ||
      // "The council's director of children's services, Yetunde Okonjo, said": the name closes an
      // appositive opened before it, and the sentence's verb of saying follows.
      (before.endsWith(", ") && APPOSITIVE_SAYS.test(after)) ||
      AGE.test(after) ||
      WHO_AFTER.test(after) ||
      // "Adaeze Nwosu KC, for the newspaper": letters only a person has after their name.
      isPostNominal(/^\s+(\p{Lu}[\p{Lu}\p{Ll}]*)\b/u.exec(after)?.[1] ?? "");
    const role = says ? undefined : roleAround(before, after);
    // The pronoun after it last: it reads the paragraph's sentences up to the name.
    const evidenced =
      (role && !NOT_PERSON.has(headWord(role))) ||
      says ||
      surnameEvidence(name, surnameSays) ||
      // "Kamaljit Bassi has turned the sign…", and later "Bassi, who is 67," after a courtesy
      // title: the surname after a title the article writes.
      surnameEvidence(name, titledSurname) ||
      (!possessive && pronounFollows(paragraph, start, end));
    // "Challenger Keerthana Iyer took…": a noun for what someone does, capitalised as the first
    // word before a first name and a surname, is a title (the article may write it in lower case
    // too); the run stays whole so that the title is kept.
    const titled = named === 3 && isPersonNoun((name[0] as string).toLowerCase());
    const writtenLower = name.some(
      (w, i) => !(titled && i === 0) && !SURNAME_PARTICLES.has(w) && inLowerCase(w),
    );
    if (evidenced && !writtenLower) out.push(text);
  }
  return out;
}

// Two to five capitalised words in a row (openers and titles are taken off after), hyphens inside,
// a hyphenated part capitalised too ("Amara Okonkwo-Reid", "Mei-Ling Zhao"), a second capital
// after a surname's prefix ("Angus MacLeod", "Siobhan O'Brien").
const NAME_WORD = String.raw`(?:${SURNAME_PREFIX_SOURCE}\p{Lu}|\p{Lu})[\p{Ll}\p{M}'’-]*\p{Ll}(?:-\p{Lu}[\p{Ll}\p{M}'’]*\p{Ll})?`;
// A surname's particles may stand before a later word ("Thijs van der Wel", "Álvaro de la Peña").
const PARTICLE = `(?:${[...SURNAME_PARTICLES].join("|")})`;
const NAME_RUN = new CapitalPattern(
  new RegExp(
    String.raw`(?<![\p{L}\p{N}.])${NAME_WORD}(?:(?:\s+${PARTICLE}){0,2}\s+${NAME_WORD}|\s+\p{Lu}\.){1,4}(?![\p{L}\p{N}])`,
    "u",
  ),
);
/**
 * "Adaeze Nwankwo, prosecuting, told the jury … She said…", "… the Italian actress Chiara
 * Bellandi. She called the film…": the next sentence opens with "He" or "She", and the name is
 * its sentence's subject (its first capitalised name) or the last name before the pronoun.
 */
function pronounFollows(paragraph: string, start: number, end: number): boolean {
  const rest = paragraph.slice(end);
  // "Pinecrest Hollow's mayor, Dennis Okafor, said…": the possessor is not the one "he" is.
  if (/['’]s$/u.test(paragraph.slice(start, end))) return false;
  // "in the mill town of Hadley Cross", "at the Ridewell Expo": a place or an event, not a person.
  const previous = /(\S+)\s+$/u.exec(paragraph.slice(Math.max(0, start - 40), start))?.[1];
  if (previous && /^\p{Ll}/u.test(previous) && STOPWORDS.has(previous)) return false;
  const stop = SENTENCE_STOP.exec(rest);
  const ownSentence = rest.slice(0, stop ? stop.index : rest.length);
  // "Freya Hollins will play the last match of her career": the sentence's own "her" or "his",
  // with no other name between, is the subject's.
  const ownPronoun = PERSON_PRONOUN.exec(ownSentence);
  const inOwn = ownPronoun !== null && !namedBetween(ownSentence.slice(0, ownPronoun.index));
  const nextHeOrShe = stop !== null && /^(?:He|She)\s/u.test(rest.slice(stop.index + stop[0].length));
  if (!inOwn && !nextHeOrShe) return false;
  const opening = paragraph.slice(0, start);
  let sentenceStart = 0;
  for (const m of opening.matchAll(SENTENCE_STOPS)) sentenceStart = m.index + m[0].length;
  // Its subject: no capitalised word before it in its sentence but the sentence's first and titles.
  const subject = opening
    .slice(sentenceStart)
    .split(/\s+/)
    .filter(Boolean)
    .every((w, i) => i === 0 || !/^\p{Lu}/u.test(w) || isTitle(w));
  if (!nextHeOrShe) return subject;
  return subject || NAME_RUN.matches(ownSentence).next().done === true;
}

const PERSON_PRONOUN = /\b(?:he|she|his|her|himself|herself)\b/u;

/**
 * Whether a name stands in `text` that a pronoun after it could be: not a place after "in", "at",
 * "from"… ("Keoni Kahananui arrived in Harbor City with a surfboard he has never used").
 */
function namedBetween(text: string): boolean {
  for (const m of NAME_RUN.matches(text)) {
    if (!endsWithPlacePreposition(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index))) return true;
  }
  return false;
}

/** A sentence's end: a full stop, question or exclamation mark after a lower-case letter or a quote, then a capital. */
const SENTENCE_STOP = /(?<=[\p{Ll}\d"”’)])[.!?]["”’]?\s+(?=["“]?\p{Lu})/u;
/** Every one of them, for `matchAll`. (`exec` on a global pattern starts where its last match on any text ended.) */
const SENTENCE_STOPS = new RegExp(SENTENCE_STOP.source, "gu");

/** ", who had been booked…": "who" is said of people (a body's clause takes "which"). */
const WHO_AFTER = /^,\s+who\s/u;
// "Bankole said", or with a short aside between ("Oluwaseun Bankole, prosecuting, told the court",
// "Ruth Mensah, for the defence, said") or a clause about them ("Kahananui, who was named player
// of the match, said").
const SAYS_AFTER = new RegExp(
  `^(?:,(?:\\s+[\\p{Ll}-]+){1,4},|,\\s+who\\s[^,.;:"“”]{1,100},)?\\s+(?:(?:has|had|also|later)\\s+)?(?:${SPEECH_ALTERNATION})\\b`,
  "u",
);
const APPOSITIVE_SAYS = new RegExp(`^,\\s+(?:(?:has|had|also|later)\\s+)?(?:${SPEECH_ALTERNATION})\\b`, "u");
const SAYS_BEFORE = new RegExp(`\\b(?:${SPEECH_ALTERNATION}|according to)\\s+$`, "u");
const NOT_PERSON: ReadonlySet<string> = new Set([...ORG_HEADS, ...PLACE_HEADS]);

/** Whether `text` writes `word` after a title that stands only before names ("Ms Marsh", "Dr Hill"). */
export function afterPersonalTitle(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at + word.length] ?? " ")) continue;
    const title = /(\p{Lu}\p{L}*\.?)\s+$/u.exec(text.slice(Math.max(0, at - 8), at))?.[1];
    if (title && isTitleOnlyBeforeNames(title)) return true;
  }
  return false;
}

/**
 * Whether `text` writes `word` alone, not after another capitalised word, as a person is written:
 * with a verb of saying ("Adeyemi said"), an age ("Asante-Boateng, 27,") or a role ("Mensah, a former…").
 */
export function aloneAsPerson(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.slice(Math.max(0, at - 30), at);
    // After a capitalised word it is part of a longer name, unless that word ends the sentence before
    // ("… on Friday. Mensah, a former negotiator,").
    // Nor after a function word opening the sentence ("For Castaing, 38, then head sommelier…").
    const capitalBefore = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(before)?.[1];
    if (
      /[\p{L}\p{N}'’-]$/u.test(before) ||
      (capitalBefore !== undefined &&
        !SENTENCE_END.test(before) &&
        !STOPWORDS.has(capitalBefore.toLowerCase()))
    )
      continue;
    const after = text.slice(at + word.length, at + word.length + 200);
    if (SAYS_AFTER.test(after) || AGE.test(after) || WHO_AFTER.test(after)) return true;
    // "Mensah, a former transport-union negotiator who…": a person's role in apposition.
    const role = after.startsWith(",") ? appositiveAfter(after) : undefined;
    if (role && PERSON_ROLE.test(role) && !NOT_PERSON.has(headWord(role))) return true;
  }
  return false;
}

/** A full stop after a lower-case word, then a space: the sentence before has ended ("Friday. ", not "J. "). */
const SENTENCE_END = /\p{Ll}{2}\.\s+$/u;

/** A role that starts with an article: "a former negotiator", not "whose chair" or "said Tuesday". */
const PERSON_ROLE = /^(?:the|a|an)\s/u;

/** Surnames are names, not everyday words: "Minerals" of "Tarrant Minerals" said nothing as a person. */
const EVERYDAY = 10_000;

/**
 * A name whose surname the article writes alone as a person's ("Adeyemi said", a courtesy title before it): news
 * copy gives the full name once, often with no role beside it, and the surname after.
 */
function surnameEvidence(name: string[], surnameSays: (surname: string) => boolean): boolean {
  const last = name.at(-1) as string;
  if (/\.$/u.test(last)) return false;
  // "van der Wel said": a surname with its particles is no everyday word, whatever its last word.
  const particles = name.slice(1, -1).filter((w) => SURNAME_PARTICLES.has(w));
  if (particles.length > 0) return surnameSays([...particles, last].join(" "));
  if ((englishRank(last.toLowerCase()) ?? EVERYDAY) < EVERYDAY) return false;
  return surnameSays(last);
}

/** "Kalgan Ridge Resources", "Pinecrest Hollow": a last word that ends bodies' or places' names. */
function endsInBodyWord(name: string[]): boolean {
  const last = (name.at(-1) as string).toLowerCase();
  return isOrgWord(last) || isPlaceWord(last);
}

/** Whether the text at `at` opens a sentence: the paragraph's start, or after a full stop, "?" or "!". */
function atSentenceStart(paragraph: string, at: number): boolean {
  return /(?:^|[.?!]["'’”]?\s+)$/u.test(paragraph.slice(Math.max(0, at - 4), at));
}

function isNotName(word: string): boolean {
  const lower = word.toLowerCase();
  return STOPWORDS.has(lower) || isTitle(word) || isCalendarWord(lower);
}

/** A role beside a name: after it (", leader of…"), before it ("the judge, "), or a noun before it ("the sculptor "). */
function roleAround(before: string, after: string): string | undefined {
  if (after.startsWith(",") || after.startsWith(" (")) {
    const role = appositiveAfter(after.replace(AGE, ","));
    if (role) return role;
  }
  if (before.endsWith(", ")) {
    const role = roleBefore(before, after.startsWith(","));
    if (role) return role;
  }
  if (!/\p{Ll}\s$/u.test(before)) return undefined;
  return nounBefore(before.slice(-60)) ?? titleNounBefore(before.slice(-40));
}

/**
 * "West Indies captain Jahmar Frederick", "given out by umpire Hamish Ferrante": a noun for what
 * someone does written as a title, lower case, with no determiner before it. Only nouns for people
 * (not "the river", "the new"): without a determiner, any lower-case word would do.
 */
function titleNounBefore(before: string): string | undefined {
  const noun = /(?:^|[\s(])([\p{Ll}-]{3,})\s$/u.exec(before)?.[1];
  return noun && !STOPWORDS.has(noun) && isPersonNoun(noun) && !isPlaceWord(noun) ? noun : undefined;
}

/** "the sculptor " before a name: a determiner and a lower-case noun (up to two words between). */
function nounBefore(before: string): string | undefined {
  // The words between may be capitalised: "the Italian actress Chiara Bellandi".
  const noun = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}-]+)\s+$/u.exec(before)?.[1];
  return noun && !STOPWORDS.has(noun) && !isPreposition(noun) ? noun : undefined;
}

/** The word a role is about: the last before "of/for/at…" ("leader of the union" → leader). */
function headWord(role: string): string {
  return (
    roleCore(role)
      .split(/\s+/)
      .at(-1)
      ?.toLowerCase()
      .replace(/[^\p{L}-]/gu, "") ?? ""
  );
}
