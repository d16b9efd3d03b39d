import { findTimes, type TimeKind, withoutCalendarDates } from "../language/dates.ts";

/** Cues in a sentence that make it the answer to a kind of question. */
export interface SentenceCues {
  /** States a year, a date or a span of time: answers "when" and "how long". */
  temporal: boolean;
  /** States a span or a duration ("from 2017 to 2021", "two weeks"): answers "how long" best. */
  span: boolean;
  /** States a point in time outside any span ("in 2018", "on Tuesday"): answers "when did" best. */
  point: boolean;
  /** States a quantity: answers "how many" and "how much". */
  quantity: boolean;
  /** Gives a reason or purpose: answers "why". */
  reason: boolean;
  /** Names a place or a setting: answers "where". */
  place: boolean;
  /** States someone's or something's age ("Aldous, 56,", "the 44-year-old", "She was 83"): answers "how old". */
  age: boolean;
}

/** Words that count something, as digits do. */
const COUNT_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?";
const COUNT = new RegExp(`^(?:\\d[\\d,.]*|${COUNT_WORDS})$`, "u");

/** Whether a lower-case token states a count ("65,000", "twelve", "hundreds"). */
export function isCount(word: string): boolean {
  return COUNT.test(word);
}

// A count or amount. A date ("in 2025", "April 7") is not an answer to "how many": dates are removed first.
const QUANTITY = new RegExp(`\\d|\\b(?:${COUNT_WORDS}|percent|half|third|quarter|double|triple)\\b`, "i");
const REASON =
  /\b(?:because|since|due to|as a result|in order to|so that|aim(?:ed|s|ing)? (?:at|to)|intended|meant to|in an effort|designed to|purpose|reason|(?:viewing|seeing|characterizing) (?:it|them|such)|stating that|arguing that|for (?:domination|fear))\b/i;
const PLACE =
  /\b(?:in|at|during|inside|outside|near|from)\s+(?:a|an|the)?\s*(?:\p{Lu}|meeting|visit|summit|conference|speech|ceremony|rally|session|hearing|interview)/u;

// An age in apposition after a name (", 56,"), "44-year-old", "a 118-year history", "aged six",
// "she was 83", "he's 22".
const AGE =
  /\p{Ll},\s+\d{1,3},|\b\d{1,3}-year\b|\baged\s+(?:\d{1,3}|[a-z]+)\b|\b(?:is|was|turned|turns)\s+\d{1,3}\b(?![\d,.%]|\s*(?:per|percent|million|billion|thousand|years?\s+ago|to\s+\d))|['’]s\s+\d{1,2}\b(?![\d,.%])/u;

/** The times a cue reads as a span of time, and as a point in time, of those `findTimes` finds. */
const SPAN_KINDS: ReadonlySet<TimeKind> = new Set(["span", "duration", "boundary"]);
const POINT_KINDS: ReadonlySet<TimeKind> = new Set(["date", "day", "relative", "era", "clock"]);

export function sentenceCues(text: string): SentenceCues {
  const times = findTimes(text);
  const counted = withoutCalendarDates(text, times);
  return {
    temporal: times.length > 0,
    span: times.some((t) => SPAN_KINDS.has(t.kind)),
    point: times.some((t) => POINT_KINDS.has(t.kind)),
    quantity: QUANTITY.test(counted),
    reason: REASON.test(text),
    place: PLACE.test(text),
    age: AGE.test(text),
  };
}

const CUE_NAMES = ["temporal", "span", "point", "quantity", "reason", "place", "age"] as const;

/** The cues as one byte, for storing a quarter of a million sentences compactly. */
export function sentenceCueBits(text: string): number {
  const cues = sentenceCues(text);
  return CUE_NAMES.reduce((bits, name, i) => (cues[name] ? bits | (1 << i) : bits), 0);
}

export function cuesFromBits(bits: number): SentenceCues {
  const [temporal, span, point, quantity, reason, place, age] = CUE_NAMES.map(
    (_, i) => (bits & (1 << i)) !== 0,
  );
  return {
    temporal: temporal === true,
    span: span === true,
    point: point === true,
    quantity: quantity === true,
    reason: reason === true,
    place: place === true,
    age: age === true,
  };
}

export type QuestionType = "when" | "duration" | "quantity" | "measure" | "why" | "where" | "who" | "other";

/** What kind of sentence answers a question, from its first words. */
export function questionType(question: string): QuestionType {
  const q = question.toLowerCase().replace(/^\W+/, "");
  if (/^(?:how long|for how long|since when|until when)\b/.test(q)) return "duration";
  if (/^(?:when|what (?:year|date|day|month|time)|which year|in what year)\b/.test(q)) return "when";
  if (/\b(?:how (?:many|much)|what (?:number|percentage|amount))\b/.test(q)) return "quantity";
  // "How high / far / fast…" usually wants a figure, but a sentence may answer it in words.
  if (/^how (?:high|far|fast|big|large|tall|deep|old|close|severe|bad|low|wide|heavy)\b/.test(q))
    return "measure";
  if (/^(?:why|for what reason|what (?:is|was|are|were) the (?:reason|purpose|goal|aim))\b|\bwhy\b/.test(q))
    return "why";
  if (/^(?:where|in what (?:city|country|place))\b/.test(q)) return "where";
  if (/^(?:who|whom|which (?:person|official|leader|country|organi[sz]ation))\b/.test(q)) return "who";
  return "other";
}
