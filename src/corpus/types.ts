/** One article as loaded from `corpus/`. */
export interface Article {
  /** Stable id from the file name without its extension, used in citations. */
  id: string;
  /** File name relative to the corpus folder. */
  file: string;
  title: string;
  source?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) when the article states one. */
  published?: string;
  /** Paragraphs in story order; paragraph numbers in citations are 1-based indexes into this. */
  paragraphs: string[];
}

/** One sentence of an article: the unit that is searched and quoted. */
export interface Passage {
  /** Index into `Corpus.passages`. */
  id: number;
  articleId: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based sentence number within the paragraph. */
  sentence: number;
  /** e.g. `khamenei-rejects-talks-under-pressure ¶2.3` */
  citation: string;
  /** The sentence exactly as it stands in the article. */
  text: string;
}

/** A file that could not be used, or an entry that could not be read, with the reason. */
export interface CorpusProblem {
  file: string;
  reason: string;
}

export interface GlossaryEntry {
  /** The name shown to users. */
  name: string;
  /** Every other way the corpus or a reader may say it. */
  variants: string[];
  /** Role as a reader would describe it, when the article does not spell it out. */
  role?: string;
  kind?: "person" | "organization" | "place" | "term";
}

export interface Corpus {
  dir: string;
  articles: Article[];
  passages: Passage[];
  glossary: GlossaryEntry[];
  problems: CorpusProblem[];
}
