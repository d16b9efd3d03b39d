/**
 * The one notion of a date: what in a sentence states a time. `/timeline` dates events with the
 * calendar ones (`calendar: true`); `/ask`'s sentence cues (does it say when, for how long?) read
 * all of them. Both call `findTimes`, so a sentence `/timeline` dates is one `/ask` finds dated.
 */

/** What a piece of text says about time. */
export type TimeKind =
  /** A point on the calendar: "1776", "April 7, 2018", "spring 2019", "the 1990s", "in January". */
  | "date"
  /** Two calendar points: "from 2017 to 2021", "2017–2021". */
  | "span"
  /** A length of time: "two weeks", "72 hours", "a few years". */
  | "duration"
  /** A day named by the week or by today: "Monday", "yesterday", "tonight". */
  | "day"
  /** A time counted from now: "last year", "next spring". */
  | "relative"
  /** A word that opens or closes a span: "since", "until", "for the past". */
  | "boundary"
  /** A long stretch with no date: "decades", "century". */
  | "era"
  /** A time of day: "6:42 p.m.", "11.40pm", "noon". */
  | "clock";

export interface TimeMention {
  kind: TimeKind;
  /** As written ("April 7, 2018", "from 2017 to 2021"). */
  text: string;
  /** Where it starts and ends in the sentence. */
  start: number;
  end: number;
  /** A date or span on the calendar (kinds `date` and `span`): what a timeline orders. */
  calendar: boolean;
  /** year * 10000 + month * 100 + day (month and day 0 when not stated); only when a year is known. */
  key?: number;
}

/** Months in the order of the calendar, as their first three letters. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const FULL_MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** A month as news copy writes it: in full, or cut short with or without a full stop ("Sept.", "Jan"). */
const MONTH = `(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
/** Month abbreviations written with a full stop that does not end a sentence ("Jan. 5"). */
export const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"];

const CALENDAR_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;

/** A weekday or a month's full name ("Monday", "March"): capitalised, and no one's name. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORD.test(word);
}

/** The same words with a capital first letter allowed: sentence openings ("Since 2018 …"). */
const either = (...words: string[]) =>
  words.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");

// A year from 1600 to 2099, not part of a longer number ("2,300", "1142", "$2000", "2018.5").
const YEAR = "(?=[12])(?<![\\w$€£])(?:1[6-9]|20)\\d{2}(?![\\w]|[.,]\\d)";
const POINT = `(?:(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?${YEAR}|${MONTH}\\s+\\d{1,2}\\b)`;
/** A day of the month before its month: "14 ", "3rd of ". */
const DAY_FIRST = "(?<![\\d,.])(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(?:of\\s+)?";
/** A time of day: "6:42 p.m.", "11.40pm", "6pm", "18:30", "noon", "midnight". */
const CLOCK = `(?<![\\d,.£$€])(?:(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|(?:[01]?\\d|2[0-3]):[0-5]\\d\\b|${either("noon", "midnight")}\\b)`;
const SEASON = either("spring", "summer", "fall", "autumn", "winter", "early", "late", "mid", "end");
const COUNT = `\\d+|${either("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "a few")}`;
const UNIT = "(?:years?|months?|weeks?|days?|hours?|decades?)";

/**
 * Every way of stating a time, longest first where two could start at the same word; one pass over
 * the sentence, each match hiding what lies inside it (the "2017" of "from 2017 to 2021").
 */
const KINDS: Array<[TimeKind, string]> = [
  [
    "span",
    `\\b(?:${either("from", "between")})\\s+(?:\\w+\\s+)?${POINT}\\s+(?:to|and|until|through)\\s+${POINT}`,
  ],
  ["span", `${YEAR}\\s*[–—-]\\s*(?:(?:1[6-9]|20)\\d{2}|\\d{2})\\b`],
  ["date", `\\b(?:${SEASON})\\s+(?:of\\s+)?${YEAR}`],
  ["date", `\\b${MONTH}\\s+\\d{1,2}(?:,\\s*${YEAR})?\\b`],
  // British and most of the world's order: "14 March", "3rd of June 2021".
  ["date", `\\b${DAY_FIRST}${MONTH}(?:,?\\s+${YEAR})?(?!\\w)`],
  ["date", `\\b${MONTH}\\s+${YEAR}`],
  ["date", "(?=[12])(?<![\\w$€£])(?:1[6-9]|20)\\d0s\\b"],
  ["date", YEAR],
  // A month alone only after a word that makes it one ("in May", not "may").
  [
    "date",
    `(?<=\\b(?:${either("in", "by", "until", "since", "before", "after", "from")})\\s+)${FULL_MONTH}\\b`,
  ],
  [
    "day",
    `\\b(?:${either("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow", "tonight")})\\b`,
  ],
  ["duration", `\\b(?:${COUNT})\\s+${UNIT}\\b`],
  [
    "relative",
    `\\b(?:${either("last", "next", "this", "earlier", "later")})\\s+(?:year|month|week|spring|summer|fall|autumn|winter)\\b`,
  ],
  ["clock", CLOCK],
  ["boundary", `\\b(?:${either("since", "until", "for the past", "over the past")})\\b`],
  ["era", `\\b(?:${either("decades", "decade", "century")})\\b`],
];
// Every way starts at a word boundary: saying so first skips the letters inside words at once.
const TIME = new RegExp(`\\b(?:${KINDS.map(([, pattern]) => `(${pattern})`).join("|")})`, "g");
// What every way of stating a time holds (a digit, a month in full, a day or a time word, "noon"): most sentences have none.
const MAY_STATE_TIME = new RegExp(
  `\\d|${FULL_MONTH}|day\\b|days\\b|[Tt]o(?:day|morrow|night)|[Ss]ince|[Uu]ntil|past|year|month|week|hour|[Dd]ecade|[Cc]entury|spring|summer|fall|autumn|winter|[Nn]oon|[Mm]idnight`,
);
const YEAR_IN = new RegExp(YEAR);
const MONTH_IN = new RegExp(MONTH);

/**
 * The times a sentence states, in the order written: dates and spans on the calendar, durations,
 * named days, times counted from now, and the words that bound a span. `defaultYear` (the
 * article's publication year) gives a month and day without a year their place on the calendar.
 *
 * @example findTimes("The charter was signed in 1776.") // [{ kind: "date", text: "1776", key: 17760000, … }]
 */
export function findTimes(text: string, defaultYear?: number): TimeMention[] {
  const found: TimeMention[] = [];
  if (!MAY_STATE_TIME.test(text)) return found;
  for (const m of text.matchAll(TIME)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const kind = (KINDS[group - 1] as [TimeKind, string])[0];
    const start = m.index ?? 0;
    const calendar = kind === "date" || kind === "span";
    const mention: TimeMention = { kind, text: m[0], start, end: start + m[0].length, calendar };
    if (calendar) {
      const key = sortKey(m[0], defaultYear);
      if (key !== undefined) mention.key = key;
    }
    found.push(mention);
  }
  return found;
}

/**
 * The text with its calendar dates blanked out: "April 7" or "in 2025" is no answer to "how many",
 * though it holds a figure. `times` are the text's own, from `findTimes`.
 */
export function withoutCalendarDates(text: string, times: readonly TimeMention[] = findTimes(text)): string {
  let out = text;
  // From the end, so that each mention's offsets still hold.
  for (let i = times.length - 1; i >= 0; i--) {
    const t = times[i] as TimeMention;
    if (t.calendar) out = `${out.slice(0, t.start)} ${out.slice(t.end)}`;
  }
  return out;
}

function sortKey(phrase: string, defaultYear?: number): number | undefined {
  const yearMatch = phrase.match(YEAR_IN);
  const year = yearMatch ? Number(yearMatch[0]) : defaultYear;
  if (year === undefined) return undefined;
  const monthMatch = phrase.match(MONTH_IN);
  const month = monthMatch
    ? MONTHS.indexOf(monthMatch[0].slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1
    : 0;
  // Only a day right after the month ("April 7"), never the year's digits.
  const dayMatch = monthMatch
    ? phrase.slice((monthMatch.index ?? 0) + monthMatch[0].length).match(/^\s+(\d{1,2})\b/)
    : null;
  // Or just before it ("7 April", "7th of April").
  const dayFirst = monthMatch ? phrase.match(/^(\d{1,2})(?:st|nd|rd|th)?\s/) : null;
  const day = dayMatch ? Number(dayMatch[1]) : dayFirst ? Number(dayFirst[1]) : 0;
  if (!yearMatch && month === 0) return undefined;
  return year * 10000 + month * 100 + day;
}
