import { paragraphSpans } from "../../corpus/article-spans.ts";
import type { Passage } from "../../corpus/types.ts";
import { SPEECH_ALTERNATION } from "../../language/speech.ts";

/** Where a quoted sentence's speaker is named: in the sentence before it, or in a later one. */
export type QuoteSource = "before" | "after";

/** What `readQuotations` reads of each sentence of a corpus. */
export interface Quotations {
  /**
   * Sentences of a quotation that do not say whose it is, and where their speaker is named: news
   * copy names the speaker once per quotation ("“This fire is behaving…,” said Marisol Etxeberria.
   * “If you are told to go, go. Do not wait to see the smoke.”"), and every sentence of it is the
   * speaker's. A sentence is such when it opens a quotation or goes on with one left open, and says
   * nothing outside the quotation marks with a verb of saying. Its speaker is the one named where
   * the quotation closes with an attribution ("“… acceptable. But we cannot…,” said Henningsen.":
   * "after"), else the one the sentence before it is about ("before"): in its paragraph, or in the
   * paragraph before when that one left its quotation open or ended with someone speaking.
   */
  sources: Array<QuoteSource | undefined>;
  /**
   * Whether each sentence starts inside a quotation opened before it: "But a trust cannot…, and
   * Matthias could,” Mr Abara said." is the second sentence of a quotation, so "Matthias" is
   * quoted and "Mr Abara" is not, though the sentence has only the closing mark.
   */
  opensInside: boolean[];
}

/** Reads every sentence's quotation marks, paragraph by paragraph (see `Quotations`). */
export function readQuotations(passages: readonly Passage[]): Quotations {
  const sources: Array<QuoteSource | undefined> = passages.map(() => undefined);
  const opensInside = passages.map(() => false);
  // Whether the paragraph before left its quotation open: news copy then opens the next paragraph
  // with a quotation mark and goes on with the same speaker's words.
  let leftOpen = false;
  // Whether the paragraph before ended with someone speaking ("…,” he said.", "Dr Ansah said her
  // team would…"): a paragraph that is only a quotation, with no attribution of its own, goes on
  // with that speaker's words.
  let saidLast = false;
  for (const [start, end] of paragraphSpans(passages)) {
    const sameArticle = passages[start - 1]?.articleId === passages[start]?.articleId;
    const read = readParagraph(passages, start, end, sources, opensInside, {
      carried: leftOpen && sameArticle,
      afterSpeech: saidLast && sameArticle,
    });
    leftOpen = read.open;
    saidLast = read.saysLast;
  }
  return { sources, opensInside };
}

/** One sentence read for its quotation marks. */
interface Quoted {
  /** It starts inside a quotation: opened before it, or by its first character. */
  inside: boolean;
  /** A quotation is still open at its end. */
  open: boolean;
  /** Its words outside the quotation marks have a verb of saying ("…,” she said."). */
  attributed: boolean;
}

/**
 * Reads a paragraph's quotations into `out`: whether it ends with one left open, and whether its
 * last sentence has a verb of saying outside quotation marks.
 */
function readParagraph(
  passages: readonly Passage[],
  start: number,
  end: number,
  out: Array<QuoteSource | undefined>,
  opensInside: boolean[],
  before: { carried: boolean; afterSpeech: boolean },
): { open: boolean; saysLast: boolean } {
  // Most paragraphs quote no one: one look for a quotation mark first.
  let quoted = false;
  for (let i = start; i < end && !quoted; i++) quoted = QUOTE_MARK.test((passages[i] as Passage).text);
  if (!quoted) return { open: false, saysLast: SAYS.test((passages[end - 1] as Passage).text) };
  const read: Quoted[] = [];
  let open = false;
  for (let i = start; i < end; i++) {
    const sentence = readQuotes((passages[i] as Passage).text, open);
    opensInside[i] = open;
    read.push(sentence);
    open = sentence.open;
  }
  for (let k = 0; k < read.length; k++) {
    const sentence = read[k] as Quoted;
    if (!sentence.inside || sentence.attributed) continue;
    // The quotation's own attribution, where it closes in this paragraph.
    let j = k;
    while (j < read.length && (read[j] as Quoted).open && !(read[j] as Quoted).attributed) j++;
    const closing = read[j];
    if (j > k && closing?.inside && closing.attributed) out[start + k] = "after";
    else if (k > 0 || before.carried || before.afterSpeech) out[start + k] = "before";
  }
  const last = read.at(-1) as Quoted;
  return { open: last.open, saysLast: last.attributed };
}

const QUOTE_MARK = /["“”]/u;
const SAYS = new RegExp(`\\b(?:${SPEECH_ALTERNATION}|according to)\\b`, "iu");

/** Where a sentence's quotations stand, given whether one is open when it starts. */
function readQuotes(text: string, openBefore: boolean): Quoted {
  let inside = openBefore;
  let attributed = false;
  let from = 0;
  const lead = text.trimStart()[0];
  const startsInside = openBefore || lead === "“" || lead === '"';
  // From quotation mark to quotation mark: only the stretches outside are read for a verb of saying.
  for (QUOTE_MARKS.lastIndex = 0; ; ) {
    const mark = QUOTE_MARKS.exec(text);
    const at = mark ? mark.index : text.length;
    if (!inside && !attributed && at > from) attributed = SAYS.test(text.slice(from, at));
    if (!mark) break;
    inside = insideAfter(mark[0], inside);
    from = at + 1;
  }
  return { inside: startsInside, open: inside, attributed };
}

const QUOTE_MARKS = /["“”]/gu;

/**
 * Whether the character at `at` stands inside quotation marks ("“Margaret could look at…,” Fisk
 * said": "Margaret" is inside, "Fisk" outside); `opensInside` for a sentence that starts within a
 * quotation opened before it (`readQuotations`).
 */
export function insideQuotes(text: string, at: number, opensInside = false): boolean {
  let inside = opensInside;
  for (QUOTE_MARKS.lastIndex = 0; ; ) {
    const mark = QUOTE_MARKS.exec(text);
    if (!mark || mark.index >= at) return inside;
    inside = insideAfter(mark[0], inside);
  }
}

/** Whether a quotation is open after a mark: “ opens, ” closes, a straight " does the other. */
const insideAfter = (mark: string, inside: boolean) => (mark === "“" ? true : mark === "”" ? false : !inside);
