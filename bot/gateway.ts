import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  type CommandInteractionOption,
  Events,
  GatewayIntentBits,
  type Interaction,
  type InteractionReplyOptions,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from "discord.js";
import type { Logger } from "pino";
import type { Config } from "../src/config.ts";
import { Exchange, type PreparedMessage, type Transport } from "./respond.ts";
import type { Incoming, Router } from "./router.ts";
import type { OptionValue } from "./types.ts";

/** Client options: only the Guilds intent; `rest.api` only when DISCORD_API_URL is set (never `{ api: undefined }`). */
export function clientOptions(config: Pick<Config, "DISCORD_API_URL">): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds],
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  };
}

/** Connects to the gateway and routes every interaction; resolves once the client is ready. */
export async function startGateway(
  config: Config & { DISCORD_TOKEN: string },
  route: Router,
  log: Logger,
  readyTimeoutMs = 30_000,
): Promise<Client> {
  const client = new Client(clientOptions(config));
  client.on(Events.InteractionCreate, (interaction) => {
    const incoming = fromDiscordJs(interaction);
    if (!incoming) return;
    void route(incoming, new Exchange(gatewayTransport(interaction as Answerable)));
  });
  client.on(Events.Error, (error) => log.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => log.warn({ message }, "discord client warning"));
  client.on(Events.ShardDisconnect, (_event, shard) => log.warn({ shard }, "gateway disconnected"));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, "gateway resumed"));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("the gateway did not become ready in time")),
      readyTimeoutMs,
    );
    client.once(Events.ClientReady, (c) => {
      clearTimeout(timer);
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, "gateway ready");
      resolve();
    });
  });
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  return client;
}

type Answerable =
  | ChatInputCommandInteraction
  | MessageContextMenuCommandInteraction
  | AutocompleteInteraction
  | ButtonInteraction;

/** A discord.js interaction as the router sees it; undefined for kinds the bot does not handle. */
export function fromDiscordJs(interaction: Interaction): Incoming | undefined {
  const base = { id: interaction.id, userId: interaction.user.id };
  if (interaction.isChatInputCommand()) {
    return {
      ...base,
      kind: "command",
      commandName: interaction.commandName,
      commandType: 1,
      input: { user: { id: interaction.user.id }, options: flattenOptions(interaction.options.data) },
    };
  }
  if (interaction.isMessageContextMenuCommand()) {
    const message = interaction.targetMessage;
    return {
      ...base,
      kind: "command",
      commandName: interaction.commandName,
      commandType: 3,
      input: {
        user: { id: interaction.user.id },
        options: {},
        targetMessage: { id: message.id, content: message.content ?? "" },
      },
    };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      ...base,
      kind: "autocomplete",
      commandName: interaction.commandName,
      focused: { name: focused.name, value: String(focused.value) },
    };
  }
  if (interaction.isButton()) return { ...base, kind: "button", customId: interaction.customId };
  return undefined;
}

function flattenOptions(options: readonly CommandInteractionOption[]): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const option of options) {
    if (option.options) Object.assign(out, flattenOptions(option.options));
    const value = option.user?.id ?? option.value;
    if (value !== undefined && value !== null) out[option.name] = value;
  }
  return out;
}

function toDiscordJs(message: PreparedMessage): InteractionReplyOptions {
  const options: InteractionReplyOptions = {
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowed_mentions,
  };
  if (message.content !== undefined) options.content = message.content;
  if (message.flags) options.flags = MessageFlags.Ephemeral;
  return options;
}

function gatewayTransport(interaction: Answerable): Transport {
  const repliable = () => {
    if (interaction.isAutocomplete()) throw new Error("an autocomplete interaction takes choices only");
    return interaction;
  };
  return {
    async reply(message) {
      await repliable().reply(toDiscordJs(message));
    },
    async defer(ephemeral) {
      await repliable().deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    async editOriginal(message) {
      const { flags: _ephemeralIsSetByTheDeferral, ...rest } = toDiscordJs(message);
      await repliable().editReply(rest);
    },
    async followUp(message) {
      await repliable().followUp(toDiscordJs(message));
    },
    async autocomplete(choices) {
      if (!interaction.isAutocomplete()) throw new Error("only an autocomplete interaction takes choices");
      await interaction.respond(choices);
    },
  };
}
