import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { splitSentences } from "../text/sentences.ts";
import { ArticleError, parseMarkdownArticle, parseTextArticle } from "./article.ts";
import { parseGlossary } from "./glossary.ts";
import type { Article, Corpus, CorpusProblem, GlossaryEntry, Passage } from "./types.ts";

/** Largest article read; a bigger file is almost certainly not a news article. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const GLOSSARY = /^glossary\.ya?ml$/i;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Loads every article (`.txt`, `.md`) and glossary (`glossary.yaml`) below `dir`.
 * Never throws for a bad file: each one is listed in `problems` with its reason and skipped,
 * so the bot serves whatever loads. Throws only when `dir` itself cannot be read.
 */
export function loadCorpus(dir: string): Corpus {
  const problems: CorpusProblem[] = [];
  const articles: Article[] = [];
  const glossary: GlossaryEntry[] = [];
  const titles = new Map<string, string>();

  for (const path of listFiles(dir, problems)) {
    const file = relative(dir, path).split("\\").join("/");
    const name = file.split("/").at(-1) ?? file;
    const isGlossary = GLOSSARY.test(name);
    if (!isGlossary && !/\.(txt|md)$/i.test(name)) {
      problems.push({ file, reason: "not an article: only .txt and .md files and glossary.yaml are read" });
      continue;
    }
    let text: string;
    try {
      text = readText(path);
    } catch (error) {
      problems.push({ file, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if (isGlossary) {
      const parsed = parseGlossary(file, text);
      glossary.push(...parsed.entries);
      problems.push(...parsed.problems);
      continue;
    }
    try {
      const article = /\.md$/i.test(name) ? parseMarkdownArticle(file, text) : parseTextArticle(file, text);
      if (!article.paragraphs.some((p) => splitSentences(p).length > 0))
        throw new ArticleError("no sentences");
      const clash = titles.get(article.title.toLowerCase());
      if (clash) throw new ArticleError(`same title as ${clash} ("${article.title}")`);
      titles.set(article.title.toLowerCase(), file);
      articles.push(article);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      problems.push({ file, reason: error.message });
    }
  }
  return { dir, articles, passages: toPassages(articles), glossary, problems };
}

/** Every sentence of every article, numbered for citation. */
export function toPassages(articles: Article[]): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    article.paragraphs.forEach((paragraph, p) => {
      splitSentences(paragraph).forEach((text, s) => {
        passages.push({
          id: passages.length,
          articleId: article.id,
          paragraph: p + 1,
          sentence: s + 1,
          citation: `${article.id} ¶${p + 1}.${s + 1}`,
          text,
        });
      });
    });
  }
  return passages;
}

function readText(path: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    // Reading a FIFO blocks until someone writes to it, and a device may never end: only regular files are read.
    if (!stat.isFile()) throw new ArticleError("not a regular file (a pipe, socket or device)");
    if (stat.size > MAX_ARTICLE_BYTES) {
      throw new ArticleError(`too large (over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    throw new ArticleError(`unreadable (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (bytes.length === 0) throw new ArticleError("empty file");
  if (bytes.includes(0)) throw new ArticleError("binary file, not text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleError("not UTF-8 text");
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new ArticleError("empty file");
  return text;
}

/** Files below `dir` in a stable order, following links once; hidden files are skipped. */
function listFiles(dir: string, problems: CorpusProblem[]): string[] {
  const seen = new Set<string>([realpathSync(dir)]);
  const out: string[] = [];
  const walk = (folder: string) => {
    const names = readdirSync(folder)
      .filter((n) => !n.startsWith("."))
      .sort();
    for (const name of names) {
      const path = join(folder, name);
      const file = relative(dir, path);
      let isDirectory: boolean;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        problems.push({
          file,
          reason: code === "ELOOP" ? "symbolic link loop" : `unreadable (${code ?? "error"})`,
        });
        continue;
      }
      if (!isDirectory) {
        out.push(path);
        continue;
      }
      const real = realpathSync(path);
      if (seen.has(real)) {
        problems.push({ file, reason: "folder already read (symbolic link loop)" });
        continue;
      }
      seen.add(real);
      walk(path);
    }
  };
  walk(dir);
  return out;
}
