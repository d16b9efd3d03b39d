const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// Titles that never end a sentence in news copy ("Gov. Newsom", "Dr. Fauci").
const TITLE_ABBREVIATION =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|Rev|Hon|St|Jr|Sr|Mt|Ft|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Bros)\.$/;
// Initialisms such as "U.S." or "U.N." and single initials ("John F.").
const INITIALISM = /(?:^|[\s("“‘])(?:[A-Za-z]\.){1,4}$/;
// Words that open a new sentence after an initialism ("... with the U.S. He said ...").
const SENTENCE_OPENER =
  /^(?:He|She|It|They|We|I|You|The|This|That|These|Those|There|But|And|However|In|On|At|As|After|Before|Meanwhile|Still|Yet|A|An|His|Her|Its|Their|Our|When|While|If|Despite|Although|Since|For|So)\b/;

/**
 * Splits a paragraph into sentences with `Intl.Segmenter`, then rejoins the breaks
 * that ICU puts after abbreviations. Every returned sentence is a verbatim slice of
 * `paragraph` (trimmed), so citations quote the article exactly.
 *
 * @example splitSentences("Talks with the U.S. Administration stalled. He left.")
 *   // ["Talks with the U.S. Administration stalled.", "He left."]
 */
export function splitSentences(paragraph: string): string[] {
  const spans: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const lead = segment.length - segment.trimStart().length;
    const text = segment.trim();
    if (!text) continue;
    const span = { start: index + lead, end: index + lead + text.length };
    const previous = spans.at(-1);
    if (previous && continuesAfter(paragraph.slice(previous.start, previous.end), text)) {
      previous.end = span.end;
    } else {
      spans.push(span);
    }
  }
  return spans.map(({ start, end }) => paragraph.slice(start, end));
}

function continuesAfter(previous: string, next: string): boolean {
  if (TITLE_ABBREVIATION.test(previous)) return true;
  if (INITIALISM.test(previous)) return !SENTENCE_OPENER.test(next);
  return /^[a-z0-9]/.test(next);
}
