import type { CitedPassage, Reply, ReplyKind } from "../reply/types.ts";
import { dateline } from "./dateline.ts";
import { DISCORD_LIMITS, truncate } from "./limits.ts";
import { escapeMarkdown, plainText, readableQuote } from "./markdown.ts";

/** An embed as Discord's API takes it; plain data, so the domain needs no Discord library. */
export interface EmbedData {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
  footer?: { text: string };
}

/** A reply's embeds; mentions and the message's limits are the reply helper's (`bot/respond.ts` `prepare`). */
export interface DiscordPayload {
  embeds: EmbedData[];
}

const COLOR = { answered: 0x2b6cb0, unanswered: 0x718096 } as const;

/**
 * Renders a reply as a Discord message: one embed, each passage quoted and cited by its article's
 * title, within every embed limit. Passages that do not fit are left out whole
 * and counted in the footer, so no quotation is ever cut mid-sentence unless one alone is too long.
 * The articles' URLs are not in the text: they are link buttons under the message (`sourceButtons`
 * in discord/components/more-passages.ts).
 */
export function renderDiscord(reply: Reply): DiscordPayload {
  const layout = LAYOUTS[reply.kind];
  const title = truncate(layout.title(reply, escapeMarkdown(reply.query)), DISCORD_LIMITS.embedTitle);
  const intro = (layout.intro?.(reply) ?? "") + (reply.message ? `${escapeMarkdown(reply.message)}\n\n` : "");
  const sources = [...new Set(reply.passages.map((p) => p.articleTitle))];
  // Footers show no markdown: the titles go in as plain text (see `plainText`).
  const footerBase = truncate(`From: ${sources.map(plainText).join(" · ") || "the story"}`, 1000);
  // Keep the whole embed under the 6000 total with room for the footer's count.
  const budget = Math.min(
    DISCORD_LIMITS.embedDescription,
    DISCORD_LIMITS.embedsTotal - title.length - footerBase.length - 40,
  );
  let description = truncate(intro, budget);
  let shown = 0;
  let grouped: CitedPassage | undefined;
  for (const passage of layout.order?.(reply.passages) ?? reply.passages) {
    const heading = layout.section?.(passage, grouped) ?? "";
    if (passage.kind) grouped = passage;
    const block = heading + quote(passage);
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
  return { embeds: [embed] };
}

/**
 * What each kind of reply looks like beyond the common layout (a title, a lead, the quotations,
 * the sources in the footer): its title, the lines before its passages, their order, and the
 * heading of a group of them. One entry per kind: a new kind of reply is one more entry.
 */
interface KindLayout {
  title(reply: Reply, query: string): string;
  intro?(reply: Reply): string;
  order?(passages: readonly CitedPassage[]): CitedPassage[];
  /** A heading before a passage that starts a group, given the last passage that had a group. */
  section?(passage: CitedPassage, previous: CitedPassage | undefined): string;
}

const LAYOUTS: Record<ReplyKind, KindLayout> = {
  answer: { title: (_reply, query) => query },
  actor: {
    title: (reply, query) => (reply.actor ? escapeMarkdown(reply.actor.name) : `Who is ${query}?`),
    // The role as the article states it, and the other names the actor goes by.
    intro(reply) {
      if (!reply.actor) return "";
      const lines: string[] = [];
      if (reply.actor.role) lines.push(`*${escapeMarkdown(reply.actor.role)}*`);
      const aliases = reply.actor.aliases.slice(0, 8);
      if (aliases.length) lines.push(truncate(`Also: ${aliases.map(escapeMarkdown).join(", ")}`, 500));
      return lines.length ? `${lines.join("\n")}\n\n` : "";
    },
    // Positions before events, each in story order.
    order(passages) {
      const rank = (p: CitedPassage) => (p.kind === "position" ? 0 : p.kind === "event" ? 1 : 2);
      return [...passages].sort((a, b) => rank(a) - rank(b));
    },
    section(passage, previous) {
      if (!passage.kind || passage.kind === previous?.kind) return "";
      return `**${passage.kind === "position" ? "Positions" : "Events"}**\n`;
    },
  },
  timeline: { title: () => "Timeline" },
  positions: { title: (reply, query) => (reply.query ? `Positions on ${query}` : "Positions") },
  help: { title: () => "How to ask" },
};

/**
 * One quotation: led by its dates and by whose it is when the reply says ("2018 — Donald Trump:"),
 * never by what kind of sentence it is (an actor card's sections say that), then the citation.
 */
function quote(passage: CitedPassage): string {
  const when = passage.dates?.length ? escapeMarkdown(dateline(passage.dates)) : "";
  const who = passage.actor ? escapeMarkdown(passage.actor) : "";
  const lead = when && who ? `**${when} — ${who}:** ` : who ? `**${who}:** ` : when ? `**${when}** — ` : "";
  return `> ${lead}${escapeMarkdown(readableQuote(passage.text))}\n— ${citationLine(passage.articleTitle, passage.citation)}\n\n`;
}

/** How long an article's title may be in a citation before it is shortened ("Khamenei rejects talks…"). */
export const CITED_TITLE_MAX = 80;

/**
 * A citation as a reader sees it: the article's title (in italics, escaped, shortened past
 * `CITED_TITLE_MAX`) and where in it, "*Khamenei rejects talks under pressure* ¶2.3". The citation id
 * (the article's slug) stays in the terminal, JSON and batch output, where tools read it; it is
 * shown here only when the article has no title of its own.
 */
export function citationLine(articleTitle: string | undefined, citation: string): string {
  const place = / (¶[\d.]+)$/.exec(citation);
  const slug = place ? citation.slice(0, place.index) : citation;
  if (!place || !articleTitle || articleTitle === slug) return `*${escapeMarkdown(citation)}*`;
  return `*${escapeMarkdown(truncate(articleTitle.replace(/\s+/g, " ").trim(), CITED_TITLE_MAX))}* ${place[1]}`;
}
