import { isTitle } from "../../language/titles.ts";
import { STOPWORDS } from "../../text/analyze.ts";
import { cleanName, type NamedEntity } from "./ner.ts";
import { tagsOf } from "./nlp.ts";

const isFirstName = (word: string) =>
  tagsOf(word.toLowerCase()).some((t) => t === "FirstName" || t === "MaleName" || t === "FemaleName");

// Capitalised words in a row, each kept with its trailing dot ("U.S.", "Jr.").
const SEGMENT = /\p{Lu}[\p{L}\p{M}.&’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.&’'-]*)*/gu;
const MAX_PHRASE = 4;

/**
 * People, countries and organisations in a text, found by looking capitalised runs up in
 * compromise's word list rather than running its tagger on every sentence (1.6 ms a sentence, six
 * minutes at 10,000 articles): titles with two or three names, a run from a known first name on
 * ("Rafael Grossi", titles before it kept), known countries ("Iran", "United States") and known
 * organisations ("NATO"). Organisation words ("… Agency") and initialisms are the caller's rules.
 */
export function lexiconEntities(text: string): NamedEntity[] {
  return [...text.matchAll(SEGMENT)].flatMap((m) => segmentEntities(m[0]));
}

/** The entities of one run of capitalised words (a `SEGMENT`). */
function segmentEntities(segment: string): NamedEntity[] {
  const out: NamedEntity[] = [];
  const raw = segment.split(/\s+/);
  const ws = raw.map((w) => cleanName(w) || w);
  // Titles, then two or three names and nothing else ("Gen. Plorkust Breanvain on Thursday"):
  // a person whatever the names, as a title is how news copy introduces one.
  const titles = ws.findIndex((w) => !isTitle(w));
  if (titles > 0 && ws.length - titles >= 2 && ws.length - titles <= 3) {
    out.push({ text: ws.join(" "), kind: "person", country: false });
    return out;
  }
  let i = 0;
  while (i < ws.length) {
    const phrase = knownPhrase(ws, i);
    if (phrase) {
      out.push({
        text: ws.slice(i, i + phrase.length).join(" "),
        kind: phrase.kind,
        country: phrase.kind === "country",
      });
      i += phrase.length;
      continue;
    }
    if (isFirstName(ws[i] as string) && i + 1 < ws.length) {
      // The first name and up to two more names; titles just before it come along ("Senator Maria Lopez").
      let start = i;
      while (start > 0 && isTitle(ws[start - 1] as string)) start--;
      // Up to two more names, not past a sentence's full stop ("Luis Ferrante. The…") or into a
      // capitalised function word: a name never ends in "The".
      let end = i + 1;
      while (end < Math.min(ws.length, i + 3) && !endsSentenceWord(raw[end - 1] as string)) {
        if (STOPWORDS.has((ws[end] as string).toLowerCase())) break;
        end++;
      }
      if (end === i + 1) {
        i++;
        continue;
      }
      out.push({ text: ws.slice(start, end).join(" "), kind: "person", country: false });
      i = end;
      continue;
    }
    i++;
  }
  return out;
}

/** A word that ends its sentence: lower-case letters and a full stop ("Ferrante."), not an initial ("K."). */
const endsSentenceWord = (word: string) => /\p{Ll}{2}[.!?]["”’]?$/u.test(word);

/** The longest country or organisation the word list knows starting at word `i`. */
function knownPhrase(
  ws: string[],
  i: number,
): { length: number; kind: "country" | "organization" } | undefined {
  for (let n = Math.min(MAX_PHRASE, ws.length - i); n >= 1; n--) {
    const phrase = ws
      .slice(i, i + n)
      .join(" ")
      .replace(/[’']s$/u, "");
    const tags = tagsOf(phrase.toLowerCase());
    if (tags.includes("Country")) return { length: n, kind: "country" };
    if (tags.includes("Organization")) return { length: n, kind: "organization" };
  }
  return undefined;
}
