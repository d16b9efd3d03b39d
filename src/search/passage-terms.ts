import { lowerBound } from "./sorted.ts";

/**
 * Every passage's stems as numbers in a few flat typed arrays: a term dictionary, each sentence's
 * sorted term ids, its paragraph and its article's title, and its cue bits.
 *
 * Why not a Set of strings per passage: at 250,000 sentences three Sets each cost over a gigabyte
 * and seconds to store and restore; these arrays cost a few dozen megabytes and restore as they are.
 */

/** What the builder is told about one passage, in corpus order. */
export interface PassageInput {
  /** Stems (and glossary ids) of the sentence's content words. */
  terms: string[];
  /** Index of its article among the corpus's articles (titles are added in that order). */
  article: number;
  /** First sentence of a paragraph. */
  newParagraph: boolean;
  cues: number;
}

/** The arrays as stored on disk: typed arrays and one list of strings. */
export interface PassageTermsData {
  terms: string[];
  df: Uint32Array;
  textStart: Uint32Array;
  text: Uint32Array;
  linkedStart: Uint32Array;
  linked: Uint32Array;
  /** Paragraph number of each passage; paragraph p is passages paragraphStart[p] to paragraphStart[p + 1]. */
  paragraphOf: Uint32Array;
  paragraphStart: Uint32Array;
  articleOf: Uint32Array;
  titleStart: Uint32Array;
  title: Uint32Array;
  cues: Uint8Array;
  /** Passages holding each term in their sentence or pronoun names, by term id, ascending. */
  postingStart: Uint32Array;
  postings: Uint32Array;
  /** Terms found in at least one passage, sorted, for prefix look-ups. */
  sorted: string[];
}

export class PassageTerms {
  readonly data: PassageTermsData;
  private readonly ids: Map<string, number>;

  private constructor(data: PassageTermsData) {
    this.data = data;
    this.ids = new Map(data.terms.map((t, i) => [t, i]));
  }

  static fromData(data: PassageTermsData): PassageTerms {
    return new PassageTerms(data);
  }

  static builder(): PassageTermsBuilder {
    return new PassageTermsBuilder((data) => new PassageTerms(data));
  }

  /** Id of a term anywhere in the corpus (a sentence, a pronoun's name, a title), or undefined. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Number of passages whose sentence or pronoun names hold the term. */
  documentFrequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : (this.data.df[id] ?? 0);
  }

  /** The terms in more than `limit` passages. */
  commonTerms(limit: number): Set<string> {
    const out = new Set<string>();
    this.data.df.forEach((n, id) => {
      if (n > limit) out.add(this.data.terms[id] as string);
    });
    return out;
  }

  /** Terms found in some passage that start with `prefix`. */
  *withPrefix(prefix: string): Generator<string> {
    const sorted = this.data.sorted;
    for (
      let i = lowerBound(sorted, prefix);
      i < sorted.length && (sorted[i] as string).startsWith(prefix);
      i++
    ) {
      yield sorted[i] as string;
    }
  }

  /** The passages whose sentence or pronoun names hold the term, ascending. */
  postingsOf(term: number): Uint32Array {
    const d = this.data;
    return d.postings.subarray(d.postingStart[term] ?? 0, d.postingStart[term + 1] ?? 0);
  }

  /** Whether a passage's sentence holds any of the terms, for many passages: ids are looked up once. */
  textHasAny(terms: Iterable<string>): (passage: number) => boolean {
    const ids = [...terms].flatMap((t) => {
      const id = this.ids.get(t);
      return id === undefined ? [] : [id];
    });
    return (passage) => ids.some((id) => this.inText(passage, id));
  }

  /** The passages whose sentence holds every one of the terms, ascending; none when one is unknown. */
  withAll(terms: string[]): number[] {
    const ids: number[] = [];
    for (const t of terms) {
      const id = this.ids.get(t);
      if (id === undefined) return [];
      ids.push(id);
    }
    // The rarest term's postings, checked for the others.
    ids.sort((a, b) => this.postingsOf(a).length - this.postingsOf(b).length);
    const first = ids[0];
    if (first === undefined) return [];
    // Its postings hold pronoun names too: the rarest term is checked in the sentence as well.
    return Array.from(this.postingsOf(first)).filter((p) => ids.every((id) => this.inText(p, id)));
  }

  inText(passage: number, term: number): boolean {
    const d = this.data;
    return contains(d.text, d.textStart[passage] ?? 0, d.textStart[passage + 1] ?? 0, term);
  }

  inLinked(passage: number, term: number): boolean {
    const d = this.data;
    return contains(d.linked, d.linkedStart[passage] ?? 0, d.linkedStart[passage + 1] ?? 0, term);
  }

  /** In the other sentences of its paragraph or in its article's title. */
  inContext(passage: number, term: number): boolean {
    const d = this.data;
    const p = d.paragraphOf[passage] ?? 0;
    const end = d.paragraphStart[p + 1] ?? 0;
    for (let s = d.paragraphStart[p] ?? 0; s < end; s++) {
      if (s !== passage && this.inText(s, term)) return true;
    }
    const a = d.articleOf[passage] ?? 0;
    return contains(d.title, d.titleStart[a] ?? 0, d.titleStart[a + 1] ?? 0, term);
  }

  cueBits(passage: number): number {
    return this.data.cues[passage] ?? 0;
  }

  /** The passages of the article holding `passage`: [first, one past the last). */
  articleRange(passage: number): [number, number] {
    const of = this.data.articleOf;
    const article = of[passage] ?? 0;
    let hi = of.length;
    let lo = passage;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((of[mid] as number) <= article) lo = mid + 1;
      else hi = mid;
    }
    return [passage - this.positionInArticle(passage), lo];
  }

  /** Whether a passage in [from, to) holds the term in its sentence or pronoun names. */
  heldIn(term: number, from: number, to: number): boolean {
    const d = this.data;
    const start = d.postingStart[term] ?? 0;
    const end = d.postingStart[term + 1] ?? 0;
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((d.postings[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && (d.postings[lo] as number) < to;
  }

  /** Index of the sentence in its article (0 = its first): passages are stored article by article. */
  positionInArticle(passage: number): number {
    const of = this.data.articleOf;
    const article = of[passage] ?? 0;
    let lo = 0;
    let hi = passage;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((of[mid] as number) < article) lo = mid + 1;
      else hi = mid;
    }
    return passage - lo;
  }

  textTermsOf(passage: number): string[] {
    const d = this.data;
    return this.names(d.text, d.textStart[passage] ?? 0, d.textStart[passage + 1] ?? 0);
  }

  linkedTermsOf(passage: number): string[] {
    const d = this.data;
    return this.names(d.linked, d.linkedStart[passage] ?? 0, d.linkedStart[passage + 1] ?? 0);
  }

  /** The terms of the other sentences of its paragraph and of its article's title. */
  contextTermsOf(passage: number): string[] {
    const d = this.data;
    const out = new Set<string>();
    const p = d.paragraphOf[passage] ?? 0;
    for (let s = d.paragraphStart[p] ?? 0; s < (d.paragraphStart[p + 1] ?? 0); s++) {
      if (s !== passage) for (const t of this.textTermsOf(s)) out.add(t);
    }
    const a = d.articleOf[passage] ?? 0;
    for (const t of this.names(d.title, d.titleStart[a] ?? 0, d.titleStart[a + 1] ?? 0)) out.add(t);
    return [...out];
  }

  private names(array: Uint32Array, from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.data.terms[array[i] as number] as string);
    return out;
  }
}

class PassageTermsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly df: number[] = [];
  private readonly text: number[] = [];
  private readonly textStart: number[] = [0];
  private readonly linked: number[] = [];
  private readonly linkedStart: number[] = [0];
  private readonly paragraphOf: number[] = [];
  private readonly paragraphStart: number[] = [];
  private readonly articleOf: number[] = [];
  private readonly title: number[] = [];
  private readonly titleStart: number[] = [0];
  private readonly cues: number[] = [];

  constructor(private readonly finish: (data: PassageTermsData) => PassageTerms) {}

  addTitle(terms: string[]): void {
    for (const id of this.sortedIds(terms)) this.title.push(id);
    this.titleStart.push(this.title.length);
  }

  addPassage(input: PassageInput): void {
    const text = this.sortedIds(input.terms);
    for (const id of text) {
      this.text.push(id);
      this.df[id] = (this.df[id] as number) + 1;
    }
    this.textStart.push(this.text.length);
    if (input.newParagraph || this.paragraphStart.length === 0) {
      this.paragraphStart.push(this.paragraphOf.length);
    }
    this.paragraphOf.push(this.paragraphStart.length - 1);
    this.articleOf.push(input.article);
    this.cues.push(input.cues);
  }

  /**
   * The stems of the names each passage's pronouns point to, once every passage is added: a
   * second pass, so that the sentences can be indexed while the pronoun links are still being
   * found (in another thread, see `buildSearchIndexThenLink`).
   */
  addLinks(linkedOf: (passage: number) => string[]): void {
    for (let passage = 0; passage < this.articleOf.length; passage++) {
      const from = this.textStart[passage] as number;
      const to = this.textStart[passage + 1] as number;
      for (const id of this.sortedIds(linkedOf(passage))) {
        this.linked.push(id);
        // A term both in the sentence and in its pronoun's names counts once.
        if (!contains(this.text, from, to, id)) this.df[id] = (this.df[id] as number) + 1;
      }
      this.linkedStart.push(this.linked.length);
    }
  }

  done(): PassageTerms {
    this.paragraphStart.push(this.paragraphOf.length);
    const sorted = this.terms.filter((_, id) => (this.df[id] as number) > 0).sort();
    const df = Uint32Array.from(this.df);
    const textStart = Uint32Array.from(this.textStart);
    const text = Uint32Array.from(this.text);
    const linkedStart = Uint32Array.from(this.linkedStart);
    const linked = Uint32Array.from(this.linked);
    const { postingStart, postings } = invert(df, [textStart, text], [linkedStart, linked]);
    return this.finish({
      terms: this.terms,
      df,
      textStart,
      text,
      linkedStart,
      linked,
      paragraphOf: Uint32Array.from(this.paragraphOf),
      paragraphStart: Uint32Array.from(this.paragraphStart),
      articleOf: Uint32Array.from(this.articleOf),
      titleStart: Uint32Array.from(this.titleStart),
      title: Uint32Array.from(this.title),
      cues: Uint8Array.from(this.cues),
      postingStart,
      postings,
      sorted,
    });
  }

  /** The ids of the terms, in order, assigning new ids to terms seen for the first time. */
  idsOf(terms: string[]): number[] {
    const out = new Array<number>(terms.length);
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as string;
      let id = this.ids.get(term);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(term, id);
        this.terms.push(term);
        this.df.push(0);
      }
      out[i] = id;
    }
    return out;
  }

  private sortedIds(terms: string[]): Uint32Array {
    const ids = Uint32Array.from(this.idsOf(terms)).sort();
    let kept = 0;
    for (let i = 0; i < ids.length; i++) {
      if (i === 0 || ids[i] !== ids[i - 1]) ids[kept++] = ids[i] as number;
    }
    return ids.subarray(0, kept);
  }
}

/**
 * Term → passages from passage → terms, by counting: `df` already says how long each list is.
 * A term in both a sentence and its pronoun names is listed once; passages come in order, so lists are sorted.
 */
function invert(
  df: Uint32Array,
  ...fields: Array<[start: Uint32Array, ids: Uint32Array]>
): { postingStart: Uint32Array; postings: Uint32Array } {
  const postingStart = new Uint32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) postingStart[t + 1] = (postingStart[t] ?? 0) + (df[t] ?? 0);
  const postings = new Uint32Array(postingStart[df.length] ?? 0);
  const next = postingStart.slice(0, df.length);
  const passages = (fields[0]?.[0].length ?? 1) - 1;
  for (let p = 0; p < passages; p++) {
    for (const [start, ids] of fields) {
      for (let i = start[p] ?? 0; i < (start[p + 1] ?? 0); i++) {
        const t = ids[i] as number;
        const at = next[t] as number;
        // Already listed from the sentence itself.
        if (at > (postingStart[t] ?? 0) && postings[at - 1] === p) continue;
        postings[at] = p;
        next[t] = at + 1;
      }
    }
  }
  return { postingStart, postings };
}

/** Binary search for `value` in the sorted slice `array[from, to)`. */
function contains(array: ArrayLike<number>, from: number, to: number, value: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = array[mid] as number;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid;
  }
  return false;
}
