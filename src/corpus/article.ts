import { z } from "zod";
import { opensListItem } from "../text/sentences.ts";
import { ArticleError } from "./errors.ts";
import { splitFrontMatter } from "./front-matter.ts";
import type { Article } from "./types.ts";

const FrontMatter = z
  .object({
    title: z.string().trim().min(1, "must not be empty").optional(),
    source: z.string().trim().min(1, "must not be empty").optional(),
    // The URL is put into markdown links under every quote: anything that could close the link
    // or start another one (`)`, `<`, `>`, spaces, control characters) is refused here, and the
    // renderer encodes what it prints as well.
    url: z
      .url({ message: "must be an absolute http(s) URL", protocol: /^https?$/ })
      .regex(/^[^\s()<>"'`\\\p{Cc}]+$/u, {
        message: "must be an absolute http(s) URL without spaces, brackets, quotes or control characters",
      })
      .optional(),
    published: z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], { message: "must be a date like 2025-03-08" })
      .optional(),
  })
  .strict();

const ORIGINAL_SOURCE = /^Original Source:\s*(.+)$/i;

/** Parses a `.txt` article: one paragraph a line, an optional last line `Original Source: X`. */
export function parseTextArticle(file: string, text: string): Article {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  let source: string | undefined;
  const last = lines.at(-1);
  const sourceMatch = last === undefined ? null : ORIGINAL_SOURCE.exec(last.trim());
  if (sourceMatch?.[1]) {
    source = sourceMatch[1].trim();
    lines.pop();
  }
  return withOptional(
    { id: articleId(file), file, title: titleFromFile(file), paragraphs: lines },
    { source },
  );
}

/**
 * Parses a `.md` article: YAML front matter (`title`, `source`, `url`, `published`, all optional),
 * then paragraphs separated by blank lines. A leading `# Heading` is the first paragraph, and the title
 * when the front matter has none.
 */
export function parseMarkdownArticle(file: string, text: string): Article {
  const parsed = splitFrontMatter(text);
  const result = FrontMatter.safeParse(parsed.data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join(".") || "front matter";
    const message =
      issue?.code === "unrecognized_keys"
        ? `unknown ${issue.keys.length === 1 ? "field" : "fields"} ${issue.keys.join(", ")}`
        : issue?.message;
    throw new ArticleError(`bad front matter: ${field} ${message}`);
  }
  const meta = result.data;
  const blocks = parsed.content
    .split(/\r?\n\s*\r?\n/)
    .flatMap(listItemsOrBlock)
    .map((block) => block.replace(/\s*\r?\n\s*/g, " ").trim())
    .filter(Boolean);
  let title = meta.title;
  const heading = blocks[0] !== undefined ? /^#\s+(.+)$/.exec(blocks[0]) : null;
  if (heading?.[1]) {
    // The headline is the first paragraph, as a plain-text article's first line is: it is quoted
    // and cited like any sentence ("Crypto exchange Vaultline collapses with $1.3bn hole").
    blocks[0] = heading[1].trim();
    title ??= heading[1].trim();
  }
  const paragraphs = blocks.filter((block) => !/^#{1,6}\s/.test(block));
  return withOptional(
    { id: articleId(file), file, title: title ?? titleFromFile(file), paragraphs },
    { source: meta.source, url: meta.url, published: meta.published?.slice(0, 10) },
  );
}

/**
 * A block that is a list gives one paragraph per item, as a plain-text article's list does (one
 * line, one paragraph): items seldom end with a full stop ("- 310 parking spaces"), so joined into
 * one paragraph they would be cited as one sentence. A line that opens no item carries on the item
 * before it.
 */
function listItemsOrBlock(block: string): string[] {
  const lines = block.split(/\r?\n/).filter((line) => line.trim() !== "");
  if (!opensListItem(lines[0] ?? "")) return [block];
  const items: string[] = [];
  for (const line of lines) {
    if (opensListItem(line) || items.length === 0) items.push(line);
    else items[items.length - 1] += `\n${line}`;
  }
  return items;
}

/** `world/iran-talks.md` → `world/iran-talks`: stable across restarts, readable in a citation. */
export function articleId(file: string): string {
  return file.replace(/\.[^./]+$/, "").replace(/\s+/g, "-");
}

/** `khamenei-rejects-talks-under-pressure.txt` → "Khamenei rejects talks under pressure". */
export function titleFromFile(file: string): string {
  const base = (file.split("/").at(-1) ?? file).replace(/\.[^.]+$/, "");
  const words = base.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function withOptional(
  article: Article,
  optional: Partial<Record<"source" | "url" | "published", string | undefined>>,
) {
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) article[key as "source" | "url" | "published"] = value;
  }
  return article;
}
