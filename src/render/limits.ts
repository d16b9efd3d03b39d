/**
 * Discord's limits, the one table every part of the bot reads: messages and embeds
 * (https://discord.com/developers/docs/resources/message#embed-object-embed-limits), message
 * components (https://discord.com/developers/docs/components/reference), autocomplete choices and
 * command registration (https://discord.com/developers/docs/interactions/application-commands).
 */
export const DISCORD_LIMITS = {
  content: 2000,
  /** Users a message may ping (`allowed_mentions.users`). */
  mentionedUsers: 100,
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
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  buttonUrl: 512,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
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
