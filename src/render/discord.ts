import type { CitedPassage, Reply } from "../reply/types.ts";
import { DISCORD_LIMITS, escapeMarkdown, truncate } from "./limits.ts";

/** An embed as Discord's API takes it; plain data, so the domain needs no Discord library. */
export interface EmbedData {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string };
}

/** A message as discord.js's `reply`/`editReply` take it. */
export interface DiscordPayload {
  content?: string;
  embeds: EmbedData[];
  allowedMentions: { parse: [] };
}

const COLOR = { answered: 0x2b6cb0, unanswered: 0x718096 } as const;

/**
 * Renders a reply as a Discord message: one embed, each passage quoted and cited,
 * within every embed limit, pinging no one. Passages that do not fit are left out whole
 * and counted in the footer, so no quotation is ever cut mid-sentence unless one alone is too long.
 */
export function renderDiscord(reply: Reply): DiscordPayload {
  const title = truncate(headline(reply), DISCORD_LIMITS.embedTitle);
  const intro = reply.message ? `${escapeMarkdown(reply.message)}\n\n` : "";
  const sources = [...new Set(reply.passages.map((p) => p.articleTitle))];
  const footerBase = truncate(`From: ${sources.join(" · ") || "the story"}`, 1000);
  // Keep the whole embed under the 6000 total with room for the footer's count.
  const budget = Math.min(
    DISCORD_LIMITS.embedDescription,
    DISCORD_LIMITS.embedsTotal - title.length - footerBase.length - 40,
  );
  let description = truncate(intro, budget);
  let shown = 0;
  for (const passage of reply.passages) {
    const block = quote(passage);
    const room = budget - description.length;
    if (block.length <= room) {
      description += block;
      shown++;
    } else if (shown === 0 && room > 200) {
      description += truncate(block, room);
      shown++;
      break;
    } else break;
  }
  if (reply.suggestions?.length) {
    const line = `\nDid you mean: ${reply.suggestions.map(escapeMarkdown).join(", ")}?`;
    if (description.length + line.length <= budget) description += line;
  }
  const hidden = reply.passages.length - shown;
  const footer = hidden > 0 ? `${footerBase} · ${hidden} more not shown` : footerBase;
  const embed: EmbedData = {
    title,
    description: description.trim() || "Nothing to show.",
    color: reply.answered ? COLOR.answered : COLOR.unanswered,
    footer: { text: footer },
  };
  return { embeds: [embed], allowedMentions: { parse: [] } };
}

function headline(reply: Reply): string {
  const query = escapeMarkdown(reply.query);
  switch (reply.kind) {
    case "actor":
      return reply.actor ? escapeMarkdown(reply.actor.name) : `Who is ${query}?`;
    case "timeline":
      return "Timeline";
    case "positions":
      return reply.query ? `Positions on ${query}` : "Positions";
    case "about":
      return "About the story";
    case "help":
      return "How to ask";
    default:
      return query;
  }
}

function quote(passage: CitedPassage): string {
  const label = passage.kind
    ? `**${passage.kind}${passage.dates?.length ? `, ${passage.dates.join(", ")}` : ""}** `
    : "";
  const who = passage.actor ? `**${escapeMarkdown(passage.actor)}:** ` : "";
  const link = passage.url ? ` · [source](${passage.url})` : "";
  return `> ${who}${label}${escapeMarkdown(passage.text)}\n— *${escapeMarkdown(passage.citation)}*${link}\n\n`;
}
