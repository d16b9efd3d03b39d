import {
  BODY_NOUN_LIST,
  BODY_POSSESSION,
  isBodyNoun,
  MAY_BE_BODY_POSSESSION,
  SHARES_IN,
} from "../../language/bodies.ts";
import { isCalendarWord } from "../../language/dates.ts";
import { SPEAKS_FOR_BODY, SPEECH_ALTERNATION } from "../../language/speech.ts";
import { isTitle } from "../../language/titles.ts";
import { STOPWORDS } from "../../text/analyze.ts";
import { CapitalPattern } from "../../text/capital-pattern.ts";

/**
 * Organisations named in a paragraph whatever their names ("CareBridge", "Parcelwise", "Halcyon
 * Ventures"), from a noun beside the name that says what kind of body it is: before it ("the
 * medical charity CareBridge") or in apposition after it ("Parcelwise, the same-day delivery
 * start-up,"). Names are one to four capitalised words; a title first makes it a person's.
 */
export function evidencedBodies(
  paragraph: string,
  writtenLonger: (name: string) => boolean = () => false,
): string[] {
  // Most paragraphs name no body so: one cheap look for a body noun or a possessive first.
  if (!BODY_WORD.test(paragraph) && !MAY_BE_BODY_POSSESSION.test(paragraph) && !SPOKES_WORD.test(paragraph))
    return [];
  const out: string[] = [];
  for (const m of BODY_NAME.matches(paragraph)) {
    // "Drug-maker Calloway Therapeutics has raised…": a compound body noun opening a paragraph,
    // capitalised as its first word, says what the name after it is.
    const lead = m.index === 0 ? COMPOUND_LEAD.exec(m[0]) : null;
    if (lead && isBodyNoun((lead[1] as string).toLowerCase())) {
      out.push(m[0].slice(lead[0].length));
      continue;
    }
    const words = m[0].split(/\s+/);
    if (STOPWORDS.has((words[0] as string).toLowerCase()) || isTitle(words[0] as string)) continue;
    // "… a conference in June, the company said": a month or a day is no body.
    if (words.length === 1 && isCalendarWord((words[0] as string).toLowerCase())) continue;
    const start = m.index ?? 0;
    const before = paragraph.slice(Math.max(0, start - 60), start);
    const after = paragraph.slice(start + m[0].length, start + m[0].length + 120);
    const opening = start === before.length && headlineBodyNoun(before);
    if (
      opening ||
      bodyBefore(before) ||
      (SPOKESPERSON_FOR.test(before) && !writtenLonger(m[0])) ||
      bodyAfter(after) ||
      SPEAKS_AS_WHICH.test(after) ||
      (after.startsWith(",") && appositionBefore(before))
    )
      out.push(m[0]);
    else {
      // The name's possessive is matched with it ("Meridian Freight's").
      const name = m[0].replace(/['’]s$/u, "");
      const rest = paragraph.slice(start + name.length, start + name.length + 120);
      if (possessedAsBody(before, rest) && !writtenLonger(name)) out.push(name);
    }
  }
  return out;
}

// One to four capitalised words (inner capitals allowed: "CareBridge"; "&" between: "Halden & Rusk";
// "for" or "of" too: "Voice for Eastmere Patients"), not after a letter or a full stop.
const BODY_NAME = new CapitalPattern(
  /(?<![\p{L}\p{N}.])\p{Lu}[\p{L}\p{M}&'’-]*\p{L}(?:\s+(?:&\s+|(?:for|of)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}&'’-]*\p{L}){0,3}(?![\p{L}\p{N}])/u,
);
const LAST_WORD = /([\p{Ll}-]+)\s+$/u;
/**
 * "A spokesperson for Orlay Valley Water said…": what a spokesperson speaks for is a body (a person
 * with a spokesperson is written with a title, "Prime Minister Elena Varga", and skipped above). Not
 * a short name the article writes longer ("a spokesman for Northwater" beside "Northwater Ferries").
 */
const SPOKES = SPEAKS_FOR_BODY.filter((w) => w.startsWith("spokes")).join("|");
const SPOKES_WORD = new RegExp(`\\b(?:${SPOKES})\\b`, "u");
const SPOKESPERSON_FOR = new RegExp(`\\b(?:${SPOKES})\\s+for\\s+(?:the\\s+)?$`, "u");
const COMPOUND_LEAD = /^(\p{Lu}\p{Ll}+-\p{Ll}+)\s+(?=\p{Lu})/u;
/**
 * A word before a body noun: lower-case ("medical", "same-day"), or a place joined to a
 * participle ("the Glasgow-based company", "the London-listed miner").
 */
const MODIFIER = "(?:[\\p{Ll}\\p{N}'’-]+|\\p{Lu}[\\p{L}'’]*-\\p{Ll}[\\p{Ll}-]*)";
const NOUN_LAST = new RegExp(`\\b(?:[Tt]he|[Aa]n?)\\s+(?:${MODIFIER}\\s+){0,3}([\\p{Ll}-]+)\\s+$`, "u");
const BODY_WORD = new RegExp(`\\b(?:${BODY_NOUN_LIST.join("|")})\\b`, "u");

/**
 * The body noun just before a name, which says what kind of body it is: "the medical charity ",
 * "a criminal group calling itself ", "the start-up known as ": a determiner, up to three
 * lower-case words, a body noun, perhaps a word introducing the name. Undefined when there is none.
 */
export function bodyNounBefore(before: string): string | undefined {
  const lead = INTRODUCED.exec(before);
  const rest = lead ? before.slice(0, lead.index) : before;
  // The last word must be a body noun: most names come after none, and that look costs least.
  if (!isBodyNoun(LAST_WORD.exec(rest)?.[1] ?? "")) return undefined;
  const noun = NOUN_LAST.exec(rest)?.[1];
  return noun !== undefined && isBodyNoun(noun) ? noun : undefined;
}

/**
 * "Shares in Caldera Therapeutics", "Meridian Freight's chief executive": what only a body has. Only
 * names of two words or more that the article never writes longer: a name so written ("Kalgan's
 * chair", "Ashdown Valley's parent company") is most often the short name of a body the article
 * names in full, which would then count two bodies of its kind.
 */
function possessedAsBody(before: string, after: string): boolean {
  return BODY_POSSESSION.test(after) || (SHARES_IN.test(before) && !/^['’]s\b/u.test(after));
}

/**
 * "Crypto exchange Vaultline collapses…", "Department store chain Penrose & Finch is to close…": a
 * headline or a paragraph may open with the body noun and no determiner.
 */
function headlineBodyNoun(opening: string): boolean {
  return HEADLINE_LEAD.test(opening) && isBodyNoun(LAST_WORD.exec(opening)?.[1] ?? "");
}
const HEADLINE_LEAD = /^\p{Lu}[\p{Ll}-]*\s+(?:[\p{Ll}-]+\s+){1,2}$/u;

/** Words that introduce a body's name after the noun saying what it is ("a group calling itself "). */
const INTRODUCED = /(?<=\s)(?:called|named|calling itself|known as)\s+$/u;

function bodyBefore(before: string): boolean {
  return bodyNounBefore(before) !== undefined || introducedBefore(before);
}

/**
 * "A local aid group, Tarnó Valley Solidarity, said…": an indefinite body noun, then the name in
 * apposition; not "a spokesperson for the group, Jane Doe" (no function word between).
 */
function introducedBefore(before: string): boolean {
  return bodyNounInApposition(before, INDEFINITE) !== undefined;
}

/**
 * "while the operator, Brightwater Terminals, reported…": a definite body noun, then the name set
 * off by commas on both sides (the caller checks the one after it).
 */
function appositionBefore(before: string): boolean {
  return bodyNounInApposition(before) !== undefined;
}

const DEFINITE = new RegExp(`\\b[Tt]he\\s+((?:${MODIFIER}\\s+){0,3})([\\p{Ll}-]+),\\s+$`, "u");
const INDEFINITE = new RegExp(`\\b[Aa]n?\\s+((?:${MODIFIER}\\s+){0,3})([\\p{Ll}-]+),\\s+$`, "u");

/** The body noun of "the operator, " (or, with `INDEFINITE`, "a local aid group, ") just before a name, if any. */
export function bodyNounInApposition(before: string, determiner = DEFINITE): string | undefined {
  if (!before.endsWith(", ")) return undefined;
  const m = determiner.exec(before);
  if (!m || !isBodyNoun(m[2] as string)) return undefined;
  return (m[1] as string).split(/\s+/).every((w) => !w || !STOPWORDS.has(w)) ? m[2] : undefined;
}

const APPOSED_BODY = new RegExp(
  `^,\\s+(?:(?:now|once|formerly|still|long)\\s+)?(one of\\s+)?(?:[Tt]he|[Aa]n?)\\s+((?:${MODIFIER}\\s+){0,3}[\\p{Ll}-]+)(?=[\\s,.;)]|$)`,
  "u",
);

/**
 * "Sibaya Prime Feedlots, which finishes about 18,000 head of cattle a year, said…": a name that
 * speaks and is "which", not "who", is a body (a place does not speak).
 */
const SPEAKS_AS_WHICH = new RegExp(`^,\\s+which\\s+[^.;]{3,120}?,\\s+(?:${SPEECH_ALTERNATION})\\b`, "u");

/** ", the same-day delivery start-up" just after the name: its last lower-case word before a function word or a stop. */
function bodyAfter(after: string): boolean {
  // An apposition opens with a comma: most names are followed by none.
  if (!after.startsWith(",")) return false;
  const m = APPOSED_BODY.exec(after);
  if (!m?.[2]) return false;
  const words = m[2].split(/\s+/);
  // The noun ends the phrase or comes before a relative or preposition ("the start-up that…").
  let head = words.length - 1;
  const cut = words.findIndex((w, i) => i > 0 && STOPWORDS.has(w));
  if (cut > 0) head = cut - 1;
  const noun = words[head] as string;
  // ", once one of the fastest-growing cryptocurrency exchanges": one of a plural.
  return isBodyNoun(noun) || (m[1] !== undefined && noun.endsWith("s") && isBodyNoun(noun.slice(0, -1)));
}
