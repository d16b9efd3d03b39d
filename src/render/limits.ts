/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** All titles, descriptions, field names and values, footers and author names of a message together. */
  embedsTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Cuts text to `max` characters (counted as Discord does, in UTF-16 units) with an ellipsis, never mid-surrogate. */
export function truncate(text: string, max: number, ellipsis = "…"): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - ellipsis.length);
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut) + ellipsis;
}

/** Escaping for Discord markdown lives in `markdown.ts`; re-exported for the callers that take it from here. */
export { escapeMarkdown } from "./markdown.ts";
