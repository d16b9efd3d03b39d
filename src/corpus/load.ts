import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { join, relative, sep } from "node:path";
import { splitSentences } from "../text/sentences.ts";
import { parseMarkdownArticle, parseTextArticle } from "./article.ts";
import { ArticleError } from "./errors.ts";
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

  for (const { file, path } of listFiles(dir, problems)) {
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
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a file turned into a link after the folder was listed is not followed out of it.
    // O_NONBLOCK: opening a FIFO does not wait for a writer (it is refused just below).
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    // Reading a FIFO blocks until someone writes to it, and a device may never end: only regular files are read.
    if (!stat.isFile()) throw new ArticleError("not a regular file (a pipe, socket or device)");
    if (stat.size > MAX_ARTICLE_BYTES) {
      throw new ArticleError(`too large (over ${MAX_ARTICLE_BYTES / 1024 / 1024} MB)`);
    }
    bytes = readFileSync(fd);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") throw new ArticleError("became a symbolic link while loading: not read");
    throw new ArticleError(`unreadable (${code ?? "error"})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
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

/**
 * Whether a link may point at a file outside the corpus folder: `CORPUS_FOLLOW_LINKS=true`
 * (validated with the rest of the configuration in src/config.ts). Read here because the
 * loader also runs in worker threads, which share the environment but not the parsed config.
 */
export function linksLeaveCorpus(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CORPUS_FOLLOW_LINKS === "true";
}

/**
 * Files below `dir` in a stable order; hidden files are skipped. The folder is a boundary: a
 * symbolic link to a folder is not walked (a link to `/usr` would read the whole system), and a
 * file whose real path is outside the folder is refused unless `CORPUS_FOLLOW_LINKS=true`, so a
 * link to `/etc/passwd` or to the bot's `.env` is never quoted.
 */
function listFiles(dir: string, problems: CorpusProblem[]): Array<{ file: string; path: string }> {
  const root = realpathSync(dir);
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  const followLinks = linksLeaveCorpus();
  const out: Array<{ file: string; path: string }> = [];
  const walk = (folder: string) => {
    const names = readdirSync(folder)
      .filter((n) => !n.startsWith("."))
      .sort();
    for (const name of names) {
      const path = join(folder, name);
      const file = relative(dir, path).split("\\").join("/");
      let entry: Stats;
      try {
        entry = lstatSync(path);
      } catch (error) {
        problems.push({ file, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? "error"})` });
        continue;
      }
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (!entry.isSymbolicLink()) {
        out.push({ file, path });
        continue;
      }
      let real: string;
      let target: Stats;
      try {
        real = realpathSync(path);
        target = statSync(real);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        problems.push({
          file,
          reason: code === "ELOOP" ? "symbolic link loop" : `unreadable (${code ?? "error"})`,
        });
        continue;
      }
      if (target.isDirectory()) {
        problems.push({
          file,
          reason: "a link to a folder: not followed (put the articles in the corpus folder)",
        });
      } else if (!inside(real) && !followLinks) {
        problems.push({
          file,
          reason: "a link out of the corpus folder: not read (CORPUS_FOLLOW_LINKS=true allows it)",
        });
      } else {
        // Read the target itself: readText refuses to follow links, so one swapped in later is not read.
        out.push({ file, path: real });
      }
    }
  };
  walk(dir);
  return out;
}
