import type { Engine } from "../../src/engine.ts";
import type { FeedbackCommand } from "../../src/feedback/store.ts";
import { DISCORD_LIMITS, truncate } from "../../src/render/limits.ts";
import { escapeMarkdown, plainText, safeUrl } from "../../src/render/markdown.ts";
import type { Reply } from "../../src/reply/types.ts";
import { counted } from "../../src/text/plural.ts";
import { firstPage } from "../components/more-passages.ts";
import type { BotMessage, Button } from "./types.ts";

export interface PresentOptions {
  corpusVersion: string;
  ephemeral?: boolean;
  /** Point the answer at this user: the only one pinged. */
  mention?: string;
  /** Replaces the embed title (e.g. for the context-menu check). */
  title?: string;
  /** An answer members may vote on: the command and the question it answered (see `BotMessage.feedback`). */
  feedback?: { command: FeedbackCommand; question: string };
}

/**
 * A reply as a Discord message: its first page of passages with their buttons (`firstPage`: "More
 * passages", "Show paragraph" and the top passage's source).
 */
export function presentReply(reply: Reply, options: PresentOptions): BotMessage {
  const message: BotMessage = firstPage(reply, options.corpusVersion);
  const embed = message.embeds[0];
  if (embed && options.title) embed.title = options.title;
  if (options.ephemeral) message.ephemeral = true;
  if (options.mention) {
    message.content = `<@${options.mention}>`;
    message.pingUsers = [options.mention];
  }
  if (options.feedback) {
    message.feedback = {
      ...options.feedback,
      answered: reply.answered,
      // "The story doesn't say" cites nothing: the passages it shows are marked as no answer.
      passageIds: reply.answered ? reply.passages.map((p) => p.passageId) : [],
    };
  }
  return message;
}

/** /about: which articles, their sources and dates; an article's URL is a link button under it. */
export function presentAbout(engine: Engine, version: string): BotMessage {
  const shown = engine.corpus.articles.slice(0, DISCORD_LIMITS.fields);
  const fields = shown.map((a) => {
    const parts = [a.source, a.published].filter(Boolean).map((s) => escapeMarkdown(s as string));
    parts.push(counted(a.paragraphs.length, "paragraph"));
    return { name: truncate(escapeMarkdown(a.title), DISCORD_LIMITS.fieldName), value: parts.join(" · ") };
  });
  // One per article shown, labelled with its title (`prepare` keeps Discord's 25 and cuts the labels).
  const buttons: Button[] = [];
  for (const a of shown) {
    const url = safeUrl(a.url);
    if (url) buttons.push({ kind: "link", label: plainText(a.title) || "Source", url });
  }
  const { articles, passages } = engine.corpus;
  return {
    ...(buttons.length > 0 ? { buttons } : {}),
    embeds: [
      {
        title: "About the story",
        description:
          "newsdesk answers only from these articles, quoting their sentences word for word with a citation " +
          "(the article's title, ¶paragraph.sentence). It never writes an answer of its own.",
        fields,
        footer: {
          text: `${counted(articles.length, "article")}, ${counted(passages.length, "sentence")} · corpus ${version}`,
        },
      },
    ],
  };
}
