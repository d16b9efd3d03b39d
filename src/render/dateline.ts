/**
 * A sentence's dates as the dateline that leads its quotation, in Discord and on a terminal:
 * "2018", "2017 to 2021" (the sentence's "from 2017 to 2021"), "April 7, 2018", "Last year". Plain
 * text: each renderer escapes or cleans it as it does the article's other text.
 */
export function dateline(dates: readonly string[]): string {
  // Several dates of one sentence stand apart: "August · 2017" for "In August … since 2017", which
  // "August, 2017" would misread as one date.
  const text = dates.join(" · ").replace(/^from\s+(?=\S.*\bto\b)/i, "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
