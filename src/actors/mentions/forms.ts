const patternCache = new Map<string, RegExp>();

/** A form as a pattern's source: its special characters escaped, any space, any apostrophe. */
export function patternBody(form: string): string {
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

/** 1 for the ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
const WORD_POINT = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `i` is a letter or digit (as `[\p{L}\p{N}]` with the u flag reads it). */
function isWordAt(text: string, i: number): boolean {
  const point = text.codePointAt(i) as number;
  return WORD_POINT.test(String.fromCodePoint(point));
}

/** The hash `scan` computes for an ASCII word (as written, or lower-cased when folding). */
function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

/**
 * A table of flag bits by hash (masked to its size, a power of two with about 16 slots per entry,
 * so that most words that start nothing find an empty slot).
 */
function hashFlags(entries: ReadonlyArray<readonly [hash: number, bit: number]>): Uint8Array {
  let size = 1024;
  while (size < 16 * entries.length && size < 1 << 22) size *= 2;
  const flags = new Uint8Array(size);
  for (const [hash, bit] of entries) flags[hash & (size - 1)] = (flags[hash & (size - 1)] as number) | bit;
  return flags;
}

/** Where the hash of two words in a row falls in `pairFlags` (before the mask). */
function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x01000193) ^ second) | 0;
}

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
  /** By word hash: 1 when a form (as written) may start with the word, 2 when one in any case may. */
  private readonly firstFlags: Uint8Array;
  /** The same for the first two words of the forms of two or more words, by the pair's hash. */
  private readonly pairFlags: Uint8Array;

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
    // Word hashes of the keys' first words, then of their first two words; bit 1 as written, 2 folded.
    const firsts = (first: Set<string>, bit: 1 | 2) => [...first].map((w) => [hashOf(w), bit] as const);
    this.firstFlags = hashFlags([...firsts(this.exactFirst, 1), ...firsts(this.foldedFirst, 2)]);
    const pairs = (keys: Iterable<string>, bit: 1 | 2) =>
      [...keys].flatMap((key) => {
        const [first, second] = key.split(" ") as [string, string | undefined];
        return second === undefined ? [] : [[pairHash(hashOf(first), hashOf(second)), bit] as const];
      });
    this.pairFlags = hashFlags([...pairs(this.exact.keys(), 1), ...pairs(this.folded.keys(), 2)]);
  }

  /** Calls `found` with the index of the form (in `forms`) and the offset, for every place a form is written. */
  scan(text: string, found: (form: number, at: number) => void): void {
    // Words are read by hand with a running hash, and a word becomes a string only when its hash
    // is among the first words' hashes: most words of a text start no form, and a regular
    // expression and a lower-casing per word cost more than the rest of the scan.
    const flags = this.firstFlags;
    const mask = flags.length - 1;
    const pairFlags = this.pairFlags;
    const pairMask = pairFlags.length - 1;
    const n = text.length;
    let pendingAt = -1;
    let pendingEnd = 0;
    let pendingFlags = 0;
    let pendingExact = 0;
    let pendingFolded = 0;
    let pendingAscii = true;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWordAt(text, i)) {
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        continue;
      }
      const at = i;
      let exact = 0;
      let folded = 0;
      let ascii = true;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_WORD[c] === 0) break;
          exact = (Math.imul(exact, 31) + c) | 0;
          folded = (Math.imul(folded, 31) + (c >= 65 && c <= 90 ? c | 32 : c)) | 0;
          i++;
        } else {
          if (!isWordAt(text, i)) break;
          ascii = false;
          i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        }
      }
      // A word with other letters is looked up as written: its hash would not match the forms'.
      const wordFlags = ascii
        ? ((flags[exact & mask] as number) & 1) | ((flags[folded & mask] as number) & 2)
        : 3;
      if (pendingFlags !== 0) {
        // Which kinds of two-word keys the pair may start (both words ASCII, else any).
        const pair =
          pendingAscii && ascii
            ? ((pairFlags[pairHash(pendingExact, exact) & pairMask] as number) & 1) |
              ((pairFlags[pairHash(pendingFolded, folded) & pairMask] as number) & 2)
            : 3;
        this.tryWord(text, pendingAt, pendingEnd, pendingFlags, pair, at, i, found);
      }
      pendingAt = at;
      pendingEnd = i;
      pendingFlags = wordFlags;
      pendingExact = exact;
      pendingFolded = folded;
      pendingAscii = ascii;
    }
    if (pendingFlags !== 0) this.tryWord(text, pendingAt, pendingEnd, pendingFlags, 0, -1, -1, found);
    for (const i of this.odd) {
      for (const hit of text.matchAll(formPattern(this.forms[i] as string, true))) found(i, hit.index ?? 0);
    }
  }

  /** The forms that start with the word at `at`…`end`: alone, or with the next word at `nextAt`…`nextEnd` when `pair` says a key may start so. */
  private tryWord(
    text: string,
    at: number,
    end: number,
    flags: number,
    pair: number,
    nextAt: number,
    nextEnd: number,
    found: (form: number, at: number) => void,
  ): void {
    const word = text.slice(at, end);
    if (flags & 1 && this.exactFirst.has(word)) {
      this.tryAll(this.exact.get(word), text, at, found);
      if (pair & 1) this.tryAll(this.exact.get(`${word} ${text.slice(nextAt, nextEnd)}`), text, at, found);
    }
    if (flags & 2) {
      const lower = word.toLowerCase();
      if (this.foldedFirst.has(lower)) {
        this.tryAll(this.folded.get(lower), text, at, found);
        if (pair & 2)
          this.tryAll(
            this.folded.get(`${lower} ${text.slice(nextAt, nextEnd).toLowerCase()}`),
            text,
            at,
            found,
          );
      }
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
