import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from "discord.js";
import type { BotMessage, BotModal, Button, Choice } from "../discord/kit/types.ts";
import { DISCORD_LIMITS, truncate } from "../src/render/limits.ts";

/** A message as Discord's API takes it, every limit already enforced. */
export interface PreparedMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: []; users?: string[] };
  /** The only flag the bot sets: the answer is for the asker only. */
  flags?: MessageFlags.Ephemeral;
}

/**
 * The only way a message leaves the bot: pings no one but `pingUsers`, and cuts every text
 * to Discord's limits (content 2000; per embed title 256, description 4096, 25 fields of 1024,
 * footer 2048; 6000 over all embeds; 10 embeds; 5 rows of 5 buttons).
 */
export function prepare(message: BotMessage): PreparedMessage {
  const prepared: PreparedMessage = {
    embeds: limitEmbeds(message.embeds),
    components: limitButtons(message.buttons ?? []),
    allowed_mentions: { parse: [] },
  };
  if (message.content) prepared.content = truncate(message.content, DISCORD_LIMITS.content);
  const users = [...new Set(message.pingUsers ?? [])]
    .filter((id) => /^\d{17,20}$/.test(id))
    .slice(0, DISCORD_LIMITS.mentionedUsers);
  if (users.length > 0) prepared.allowed_mentions.users = users;
  if (message.ephemeral) prepared.flags = MessageFlags.Ephemeral;
  if (!prepared.content && prepared.embeds.length === 0) prepared.content = "Nothing to show.";
  return prepared;
}

/** Embed text counted towards Discord's 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function limitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  let budget: number = DISCORD_LIMITS.embedsTotal;
  const out: APIEmbed[] = [];
  for (const source of embeds.slice(0, DISCORD_LIMITS.embeds)) {
    const embed: APIEmbed = { ...source };
    if (embed.title !== undefined) embed.title = truncate(embed.title, DISCORD_LIMITS.embedTitle);
    if (embed.footer)
      embed.footer = { ...embed.footer, text: truncate(embed.footer.text, DISCORD_LIMITS.footerText) };
    if (embed.author)
      embed.author = { ...embed.author, name: truncate(embed.author.name, DISCORD_LIMITS.authorName) };
    if (embed.fields) {
      embed.fields = embed.fields.slice(0, DISCORD_LIMITS.fields).map((f) => ({
        ...f,
        name: truncate(f.name, DISCORD_LIMITS.fieldName) || "\u200b",
        value: truncate(f.value, DISCORD_LIMITS.fieldValue) || "\u200b",
      }));
    }
    if (embed.description !== undefined) {
      embed.description = truncate(embed.description, DISCORD_LIMITS.embedDescription);
    }
    // Over the total: shorten the description first, then drop fields from the end.
    let over = embedLength(embed) - budget;
    if (over > 0 && embed.description) {
      embed.description = truncate(embed.description, Math.max(1, embed.description.length - over));
      over = embedLength(embed) - budget;
    }
    while (over > 0 && embed.fields?.length) {
      embed.fields = embed.fields.slice(0, -1);
      over = embedLength(embed) - budget;
    }
    if (over > 0) break;
    budget -= embedLength(embed);
    out.push(embed);
  }
  return out;
}

function limitButtons(buttons: readonly Button[]): APIActionRowComponent<APIButtonComponent>[] {
  const components: APIButtonComponent[] = [];
  for (const button of buttons) {
    const label = truncate(button.label, DISCORD_LIMITS.buttonLabel);
    if (button.kind === "link") {
      // A bad URL makes Discord refuse the whole message: leave the button out instead.
      if (!/^https?:\/\/\S+$/.test(button.url) || button.url.length > DISCORD_LIMITS.buttonUrl) continue;
      components.push({ type: ComponentType.Button, style: ButtonStyle.Link, label, url: button.url });
    } else {
      if (button.customId.length === 0 || button.customId.length > DISCORD_LIMITS.customId) continue;
      components.push({
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label,
        custom_id: button.customId,
      });
    }
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (
    let i = 0;
    i < components.length && rows.length < DISCORD_LIMITS.rows;
    i += DISCORD_LIMITS.buttonsPerRow
  ) {
    rows.push({
      type: ComponentType.ActionRow,
      components: components.slice(i, i + DISCORD_LIMITS.buttonsPerRow),
    });
  }
  return rows;
}

/** Autocomplete choices within Discord's limits: 25 at most, names and values of 100. */
export function prepareChoices(choices: readonly Choice[]): Choice[] {
  return choices.slice(0, DISCORD_LIMITS.choices).map((c) => ({
    name: truncate(c.name, DISCORD_LIMITS.choiceName),
    value: truncate(c.value, DISCORD_LIMITS.choiceValue, ""),
  }));
}

/** How one interaction is answered: over the gateway (discord.js) or over HTTP. */
export interface Transport {
  reply(message: PreparedMessage): Promise<void>;
  defer(ephemeral: boolean): Promise<void>;
  editOriginal(message: PreparedMessage): Promise<void>;
  followUp(message: PreparedMessage): Promise<void>;
  autocomplete(choices: Choice[]): Promise<void>;
  /** Opens a form (a modal); only as the first response to a command or a button. */
  modal(modal: BotModal): Promise<void>;
}

/** One interaction and whether it has been acknowledged yet. */
export class Exchange {
  state: "fresh" | "deferred" | "replied" = "fresh";
  /** True once acknowledged with a deferral ("thinking…"), even after the answer replaced it. */
  deferred = false;
  /**
   * Whether the answer will be for the asker only, once the router knows (it sets this before it
   * awaits anything): a deferral made for it, by the router or by a transport's own deadline, is too.
   */
  ephemeral?: boolean;
  constructor(readonly transport: Transport) {}
  get acknowledged(): boolean {
    return this.state !== "fresh";
  }
}

/**
 * Sends a message the right way for where the interaction stands: the first reply,
 * the edit of a deferred reply, or a follow-up once answered.
 */
export async function respond(exchange: Exchange, message: BotMessage): Promise<void> {
  const prepared = prepare(message);
  switch (exchange.state) {
    case "fresh":
      await exchange.transport.reply(prepared);
      break;
    case "deferred":
      await exchange.transport.editOriginal(prepared);
      break;
    case "replied":
      await exchange.transport.followUp(prepared);
      return;
  }
  exchange.state = "replied";
}

/** Acknowledges now and answers later ("newsdesk is thinking…"); a no-op once acknowledged. */
export async function defer(exchange: Exchange, ephemeral: boolean): Promise<void> {
  if (exchange.acknowledged) return;
  await exchange.transport.defer(ephemeral);
  exchange.state = "deferred";
  exchange.deferred = true;
}

export async function respondChoices(exchange: Exchange, choices: readonly Choice[]): Promise<void> {
  if (exchange.acknowledged) return;
  await exchange.transport.autocomplete(prepareChoices(choices));
  exchange.state = "replied";
}

/** Opens a form as the interaction's first response (Discord allows a modal nowhere else). */
export async function showModal(exchange: Exchange, modal: BotModal): Promise<void> {
  if (exchange.acknowledged) throw new Error("a form can only be the first response to an interaction");
  await exchange.transport.modal(modal);
  exchange.state = "replied";
}
