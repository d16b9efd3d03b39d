const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const YEAR = "(?:1[6-9]|20)\\d{2}";
const POINT = `(?:(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?${YEAR}|${MONTH}\\s+\\d{1,2})`;
const SEASON = "(?:spring|summer|fall|autumn|winter|early|late|mid|end)";

// Spans first, then single points, then bare weekdays; each match hides shorter ones inside it.
const PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:from|between)\\s+${POINT}\\s+(?:to|and|until|through)\\s+${POINT}\\b`, "g"),
  new RegExp(`\\b${YEAR}\\s*[–—-]\\s*(?:${YEAR}|\\d{2})\\b`, "g"),
  new RegExp(`\\b${SEASON}\\s+(?:of\\s+)?${YEAR}\\b`, "gi"),
  new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:,\\s*${YEAR})?\\b`, "g"),
  new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, "g"),
  new RegExp(`\\b${YEAR}\\b`, "g"),
  /\b(?:in|by|until|since|before|after|from)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
];

const MAY_DATE = new RegExp(`\\d|${MONTH}`);

/** A date or span that a sentence states, as written, with a sort key. */
export interface StatedDate {
  text: string;
  /** year * 10000 + month * 100 + day (month and day 0 when not stated); undefined when no year. */
  key?: number;
}

/**
 * Dates and spans a sentence states ("2018", "from 2017 to 2021", "April 7"), in the order written.
 * `defaultYear` (the article's publication year) dates a month and day given without a year.
 */
export function statedDates(text: string, defaultYear?: number): StatedDate[] {
  // Every pattern needs a digit or a month's name: most sentences have neither.
  if (!MAY_DATE.test(text)) return [];
  const taken: Array<[number, number]> = [];
  const found: Array<{ at: number; date: StatedDate }> = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const phrase = m[0].replace(/^(?:in|by|until|since|before|after|from)\s+(?=[A-Z])/, "");
      const date: StatedDate = { text: phrase };
      const key = sortKey(phrase, defaultYear);
      if (key !== undefined) date.key = key;
      found.push({ at: start, date });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.date);
}

function sortKey(phrase: string, defaultYear?: number): number | undefined {
  const yearMatch = phrase.match(new RegExp(YEAR));
  const year = yearMatch ? Number(yearMatch[0]) : defaultYear;
  if (year === undefined) return undefined;
  const monthMatch = phrase.match(new RegExp(MONTH));
  const month = monthMatch
    ? MONTHS.indexOf(monthMatch[0].slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1
    : 0;
  // Only a day right after the month ("April 7"), never the year's digits.
  const dayMatch = monthMatch
    ? phrase.slice((monthMatch.index ?? 0) + monthMatch[0].length).match(/^\s+(\d{1,2})\b/)
    : null;
  const day = dayMatch ? Number(dayMatch[1]) : 0;
  if (!yearMatch && month === 0) return undefined;
  return year * 10000 + month * 100 + day;
}
