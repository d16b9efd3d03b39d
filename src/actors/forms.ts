const patternCache = new Map<string, RegExp>();

function patternBody(form: string): string {
  return form
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]"))
    .join("\\s+");
}

/** Multi-word forms with lower-case letters match in any case ("the ayatollah"); names and initialisms as written. */
function caseInsensitive(form: string): boolean {
  return /\s/.test(form.trim()) && /\p{Ll}/u.test(form);
}

/** A pattern for one surface form, whole words only, any apostrophe. */
export function formPattern(form: string, global = false): RegExp {
  const key = `${global ? "g" : ""}${form}`;
  let pattern = patternCache.get(key);
  if (!pattern) {
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${patternBody(form)}(?![\\p{L}\\p{N}])`,
      `u${caseInsensitive(form) ? "i" : ""}${global ? "g" : ""}`,
    );
    // Whole-corpus work must not keep one compiled pattern per actor form alive.
    if (patternCache.size < 10_000) patternCache.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** True when `form` is written in `text` as a whole word or phrase. */
export function mentions(text: string, form: string): boolean {
  return formPattern(form).test(text);
}

const SPACE = /\s/u;
const WORD_CHAR = /^[\p{L}\p{N}]/u;
const apostrophes = (text: string) => text.replace(/’/g, "'");
const WORDS_OF = /[\p{L}\p{N}]+/gu;

/**
 * Many surface forms found in one pass over a text, with the same rules as `formPattern`.
 * A form can only start where a word of the text starts, and the text's words there must be the
 * form's first words (only punctuation and spaces lie between them), so each form is indexed by
 * its first two words (one for a one-word form) and tried, with a sticky pattern, only there:
 * the cost grows with the text, not with texts × forms, even when many forms start alike ("Rep. …").
 */
export class FormMatcher {
  readonly forms: readonly string[];
  private readonly exact = new Map<string, number[]>();
  private readonly folded = new Map<string, number[]>();
  /** Forms that start with punctuation, tried the slow way (a glossary variant like "(IRGC)"). */
  private readonly odd: number[] = [];
  /** First words of the forms, to pass over most of a text's words with one look-up. */
  private readonly exactFirst = new Set<string>();
  private readonly foldedFirst = new Set<string>();
  /** Each form's words, lower-cased when it matches in any case. */
  private readonly parts: string[][] = [];
  private readonly anyCase: boolean[] = [];

  constructor(forms: Iterable<string>) {
    this.forms = [...new Set(forms)].filter((f) => f.trim() !== "");
    this.forms.forEach((form, i) => {
      const insensitive = caseInsensitive(form);
      const trimmed = form.trim();
      // Compared by hand, not by a pattern each: 100,000 compiled patterns do not fit in memory.
      this.parts.push((insensitive ? trimmed.toLowerCase() : trimmed).split(/\s+/).map(apostrophes));
      this.anyCase.push(insensitive);
      if (!/^[\p{L}\p{N}]/u.test(trimmed)) {
        this.odd.push(i);
        return;
      }
      const words = (insensitive ? trimmed.toLowerCase() : trimmed).match(WORDS_OF) ?? [];
      const key = words.slice(0, 2).join(" ");
      (insensitive ? this.foldedFirst : this.exactFirst).add(words[0] as string);
      const map = insensitive ? this.folded : this.exact;
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    });
  }

  /** Calls `found` with the index of the form (in `forms`) and the offset, for every place a form is written. */
  scan(text: string, found: (form: number, at: number) => void): void {
    const folding = this.folded.size > 0;
    // Its own each call, so that a callback may scan another text.
    const WORD = /[\p{L}\p{N}]+/gu;
    let m = WORD.exec(text);
    while (m) {
      const at = m.index;
      const word = m[0];
      const next = WORD.exec(text);
      if (this.exactFirst.has(word)) {
        this.tryAll(this.exact.get(word), text, at, found);
        if (next) this.tryAll(this.exact.get(`${word} ${next[0]}`), text, at, found);
      }
      if (folding) {
        const lower = word.toLowerCase();
        if (this.foldedFirst.has(lower)) {
          this.tryAll(this.folded.get(lower), text, at, found);
          if (next) this.tryAll(this.folded.get(`${lower} ${next[0].toLowerCase()}`), text, at, found);
        }
      }
      m = next;
    }
    for (const i of this.odd) {
      for (const hit of text.matchAll(formPattern(this.forms[i] as string, true))) found(i, hit.index ?? 0);
    }
  }

  /** The forms written anywhere in the texts. */
  present(texts: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    for (const text of texts) this.scan(text, (i) => seen.add(this.forms[i] as string));
    return seen;
  }

  private tryAll(
    candidates: number[] | undefined,
    text: string,
    at: number,
    found: (form: number, at: number) => void,
  ): void {
    if (!candidates) return;
    for (const i of candidates) if (this.matchesAt(text, i, at)) found(i, at);
  }

  /** `formPattern(form)` matched at `at`: the words as written (any apostrophe), spaces between, a word end after. */
  private matchesAt(text: string, i: number, at: number): boolean {
    const words = this.parts[i] as string[];
    const anyCase = this.anyCase[i] as boolean;
    let p = at;
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as string;
      if (w > 0) {
        if (!SPACE.test(text[p] ?? "")) return false;
        while (SPACE.test(text[p] ?? "")) p++;
      }
      let piece = text.slice(p, p + word.length);
      if (anyCase) piece = piece.toLowerCase();
      if (apostrophes(piece) !== word) return false;
      p += word.length;
    }
    // Two code units, so that a letter outside the BMP counts as one.
    return !WORD_CHAR.test(text.slice(p, p + 2));
  }
}
