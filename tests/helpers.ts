import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toPassages } from "../src/corpus/load.ts";
import type { Article, Corpus } from "../src/corpus/types.ts";

/** A fresh corpus folder holding the given files (name → text or bytes). */
export function corpusDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-test-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** An article held in memory, its id standing for its file name and title. */
export function articleOf(id: string, ...paragraphs: string[]): Article {
  return { id, file: `${id}.txt`, title: id, paragraphs };
}

/** A corpus held in memory, its passages cut as the loader cuts them: no files, no glossary. */
export function corpusOf(articles: Article[]): Corpus {
  return { dir: "", articles, passages: toPassages(articles), glossary: [], problems: [] };
}

export const GOOD_TXT =
  "A summary line about the budget.\nThe council approved the budget on Monday. It passed 7-2.\nOriginal Source: Example Wire\n";
