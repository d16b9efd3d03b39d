import type { Engine } from "../../src/engine.ts";
import type { FeedbackCommand } from "../../src/feedback/store.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { truncate } from "../../src/render/limits.ts";
import { escapeMarkdown, safeLink, safeUrl } from "../../src/render/markdown.ts";
import { cite, paragraphOf } from "../../src/reply/cite.ts";
import { UserError } from "../../src/reply/errors.ts";
import type { Reply } from "../../src/reply/types.ts";
import { encodeCustomId } from "./custom-id.ts";
import type { BotMessage, Button } from "./types.ts";

/** Passages shown under an answer; "More passages" shows the next ones. */
export const PAGE_SIZE = 3;
/** Passages per message for lists (who, timeline, positions) and for "More passages" pages. */
export const LIST_PAGE_SIZE = 5;

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
 * A reply as a Discord message: the first page of passages, then "More passages",
 * "Show paragraph" for the top passage and a link to its source when the URL is known.
 */
export function presentReply(reply: Reply, options: PresentOptions): BotMessage {
  const size = reply.kind === "answer" && reply.query !== MORE_TITLE ? PAGE_SIZE : LIST_PAGE_SIZE;
  const page = reply.passages.slice(0, size);
  const rest = reply.passages.slice(size);
  const payload = renderDiscord({ ...reply, passages: page });
  const embed = payload.embeds[0];
  if (embed && options.title) embed.title = options.title;
  if (embed && rest.length > 0) {
    embed.footer = { text: `${embed.footer?.text ?? ""} · ${rest.length} more: press "More passages"` };
  }
  const message: BotMessage = { embeds: payload.embeds, buttons: passageButtons(page, rest, options) };
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

function passageButtons(page: Reply["passages"], rest: Reply["passages"], options: PresentOptions): Button[] {
  const buttons: Button[] = [];
  const version = options.corpusVersion;
  if (rest.length > 0) {
    const passageIds = rest.map((p) => p.passageId);
    buttons.push({
      kind: "action",
      label: "More passages",
      customId: encodeCustomId({ action: "more", corpusVersion: version, passageIds }),
    });
  }
  const top = page[0];
  if (top) {
    buttons.push({
      kind: "action",
      label: "Show paragraph",
      customId: encodeCustomId({ action: "paragraph", corpusVersion: version, passageId: top.passageId }),
    });
    const url = safeUrl(top.url);
    if (url) buttons.push({ kind: "link", label: "Source", url });
  }
  return buttons;
}

const MORE_TITLE = "More passages";

/** The next page for "More passages". */
export function presentMore(engine: Engine, passageIds: number[], version: string): BotMessage {
  const passages = passageIds.map((id) => {
    if (!engine.corpus.passages[id]) throw new UserError(STALE_BUTTON);
    return cite(engine.corpus, id, 0);
  });
  const reply: Reply = { kind: "answer", query: MORE_TITLE, answered: true, passages };
  return presentReply(reply, { corpusVersion: version, ephemeral: true });
}

/** The whole paragraph of a passage, for "Show paragraph". */
export function presentParagraph(engine: Engine, passageId: number): BotMessage {
  const paragraph = paragraphOf(engine.corpus, passageId);
  if (!paragraph) throw new UserError(STALE_BUTTON);
  const passage = engine.corpus.passages[passageId];
  const article = engine.corpus.articles.find((a) => a.id === passage?.articleId);
  const url = safeUrl(article?.url);
  const buttons: Button[] = url ? [{ kind: "link", label: "Source", url }] : [];
  return {
    ephemeral: true,
    embeds: [
      {
        title: truncate(escapeMarkdown(article?.title ?? paragraph.citation), 256),
        description: `> ${escapeMarkdown(paragraph.text)}\n— *${escapeMarkdown(paragraph.citation)}*`,
      },
    ],
    buttons,
  };
}

export const STALE_BUTTON =
  "This button belongs to an older answer (the bot or the story has changed since). Run the command again for a fresh answer.";

/** /about: which articles, their sources and dates. */
export function presentAbout(engine: Engine, version: string): BotMessage {
  const fields = engine.corpus.articles.map((a) => {
    const parts = [a.source, a.published].filter(Boolean).map((s) => escapeMarkdown(s as string));
    const link = safeLink("link", a.url);
    if (link) parts.push(link);
    parts.push(`${a.paragraphs.length} paragraphs`);
    return { name: truncate(escapeMarkdown(a.title), 256), value: parts.join(" · ") };
  });
  return {
    embeds: [
      {
        title: "About the story",
        description:
          "newsdesk answers only from these articles, quoting their sentences word for word with a citation " +
          "(article ¶paragraph.sentence). It never writes an answer of its own.",
        fields: fields.slice(0, 25),
        footer: {
          text: `${engine.corpus.articles.length} article(s), ${engine.corpus.passages.length} sentences · corpus ${version}`,
        },
      },
    ],
  };
}
