/**
 * What articles and users say, made safe for Discord: the one place that escapes text for Discord
 * markdown and checks and encodes the URLs put in links and buttons.
 */

/** Control characters (C0 but tab and newline, DEL, C1): never meant to reach a Discord message. */
const CONTROL = /[^\P{Cc}\t\n]/gu;

/**
 * Shows text as written in Discord markdown (descriptions, field names and values, embed titles):
 * no formatting, no mentions, no links, no control characters.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL, "")
    .replace(/[\\*_~|`>#[\]()<:-]/g, (c) => `\\${c}`)
    .replace(/@(everyone|here)/g, "@\u200b$1")
    .replace(/^(\s*)(\d+)\./gm, "$1$2\\.");
}

/**
 * A quoted sentence as its article's readers see it: a Markdown article's bold and italic markers
 * and link targets go ("**Why stop now?**" → "Why stop now?", "[the report](https://…)" → "the
 * report"); its words stay word for word. A bold paragraph is split into sentences with the markers
 * at its ends, so a lone marker at either end of a sentence goes too. Only where people read:
 * `newsdesk batch` and JSON keep the passage exactly as the corpus holds it.
 */
export function readableQuote(text: string): string {
  return text
    .replace(/\[([^\]\n]+)\]\([^)\s]+\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, "$2")
    .replace(/(^|[\s(“"‘'])([*_])(?=[^\s*_])([^*_\n]*?[^\s*_])\2(?=$|[\s.,;:!?)”"’'])/g, "$1$3")
    .replace(/^(?:\*\*|__)(?=\S)|(?<=\S)(?:\*\*|__)$/g, "")
    .trim();
}

/**
 * Text for where Discord shows no markdown (embed footers, author names): a backslash would show as
 * written, so nothing is escaped; control characters and line breaks go, and `@everyone`/`@here`
 * are broken so they can never be read as a mention.
 */
export function plainText(text: string): string {
  return text
    .replace(/[\t\n\r\u2028\u2029]+/g, " ")
    .replace(CONTROL, "")
    .replace(/@(everyone|here)/g, "@\u200b$1");
}

/** Characters that could end or reshape a markdown link's destination, percent-encoded in the path. */
const LINK_UNSAFE = /[()[\]<>"'`\\{}|^]/g;

/**
 * A URL fit for a link or a link button, or `undefined`: only an absolute http(s) URL with a host,
 * no user name or password, no whitespace or control characters; returned normalised
 * (`new URL(…).href`) with `(`, `)` and the other characters that could end a markdown link
 * percent-encoded, so the link cannot be closed early and followed by one of the article's own.
 */
export function safeUrl(raw: string | undefined): string | undefined {
  if (!raw || raw.length > 2000) return undefined;
  // The URL parser drops tabs and line breaks and trims spaces silently; refuse them instead.
  if (/[\s\p{Cc}]/u.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (!url.hostname || url.username || url.password) return undefined;
  const rest = `${url.pathname}${url.search}${url.hash}`.replace(
    LINK_UNSAFE,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
  return `${url.protocol}//${url.host}${rest}`;
}

/** A markdown link `[label](url)` when the URL is safe (see `safeUrl`), otherwise `undefined`. */
export function safeLink(label: string, url: string | undefined): string | undefined {
  const href = safeUrl(url);
  return href ? `[${escapeMarkdown(label)}](${href})` : undefined;
}
