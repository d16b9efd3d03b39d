import {
  ApplicationCommandType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  type CommandInteractionOption,
  DiscordjsErrorCodes,
  Events,
  GatewayCloseCodes,
  GatewayIntentBits,
  type Interaction,
  type InteractionReplyOptions,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
  Options,
} from "discord.js";
import type { Logger } from "pino";
import type { OptionValue } from "../discord/kit/types.ts";
import { type Config, ConfigError } from "../src/config.ts";
import { Exchange, type PreparedMessage, type Transport } from "./respond.ts";
import type { Incoming, Router } from "./router.ts";

/** The bot's own user (and member): discord.js needs it cached, everyone else can go. */
const isSelf = (entity: { id: string; client: { user: { id: string } | null } }) =>
  entity.id === entity.client.user?.id;
/** Sweeps everything but the bot itself, hourly: a backstop should a limit below be raised. */
const HOURLY = 3600;

/**
 * Client options: only the Guilds intent; `rest.api` only when DISCORD_API_URL is set (never
 * `{ api: undefined }`). The bot reads everything it needs from the interaction itself, so
 * discord.js keeps no users, members or messages: by default it keeps every one it sees, without
 * limit (27,000 users and 20,000 members after 20,000 distinct users asked through the stand-in,
 * +13 MB of heap kept for good). Guilds, channels and roles stay cached.
 */
export function clientOptions(config: Pick<Config, "DISCORD_API_URL">): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds],
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: 0, keepOverLimit: isSelf },
      GuildMemberManager: { maxSize: 0, keepOverLimit: isSelf },
      MessageManager: 0,
      ThreadMemberManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      PresenceManager: 0,
      VoiceStateManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: HOURLY, filter: () => (user) => !isSelf(user) },
      guildMembers: { interval: HOURLY, filter: () => (member) => !isSelf(member) },
      messages: { interval: HOURLY, lifetime: 60 },
    },
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
  let readyTimer: NodeJS.Timeout | undefined;
  let refused: (code: number) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    readyTimer = setTimeout(
      () => reject(new Error(`the gateway did not become ready within ${readyTimeoutMs / 1000} s`)),
      readyTimeoutMs,
    );
    refused = (code) => reject(gatewayRefusal(code));
    client.once(Events.ClientReady, (c) => {
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, "gateway ready");
      resolve();
    });
  });
  // Awaited below once login succeeds; when login fails it is not, and must not become an unhandled rejection.
  ready.catch(() => {});
  // A shard closed for good (bad token, disallowed intents) before READY: fail now, not at the timeout.
  const onFatalClose = (event: { code: number }) => refused(event.code);
  client.once(Events.ShardDisconnect, onFatalClose);
  try {
    await client.login(config.DISCORD_TOKEN).catch((error: unknown) => {
      throw loginFailure(error);
    });
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  } finally {
    // Also when login itself failed: the timer must not keep the process alive, nor fire later.
    clearTimeout(readyTimer);
    client.off(Events.ShardDisconnect, onFatalClose);
  }
  return client;
}

const badToken = () =>
  new ConfigError(
    "Bad configuration: DISCORD_TOKEN was refused by Discord (invalid token); copy the bot's token from the Developer Portal (Bot → Reset Token)",
  );

/** A login error as the operator should read it: a refused token is a configuration error. */
function loginFailure(error: unknown): unknown {
  const { code, status } = (error ?? {}) as { code?: unknown; status?: unknown };
  if (code === DiscordjsErrorCodes.TokenInvalid || status === 401) return badToken();
  return error;
}

function gatewayRefusal(code: number): Error {
  if (code === GatewayCloseCodes.AuthenticationFailed) return badToken();
  if (code === GatewayCloseCodes.DisallowedIntents)
    return new ConfigError(
      "Bad configuration: the gateway refused the bot's intents; enable them for the bot in the Developer Portal",
    );
  return new Error(`the gateway closed the connection for good (close code ${code}) before it was ready`);
}

type Answerable =
  | ChatInputCommandInteraction
  | MessageContextMenuCommandInteraction
  | AutocompleteInteraction
  | ButtonInteraction
  | ModalSubmitInteraction;

/** A discord.js interaction as the router sees it; undefined for kinds the bot does not handle. */
export function fromDiscordJs(interaction: Interaction): Incoming | undefined {
  const base = {
    id: interaction.id,
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
  };
  const permissions = interaction.memberPermissions?.bitfield;
  const user = {
    user: { id: interaction.user.id },
    ...(permissions !== undefined ? { memberPermissions: permissions.toString() } : {}),
  };
  if (interaction.isChatInputCommand()) {
    return {
      ...base,
      kind: "command",
      commandName: interaction.commandName,
      commandType: ApplicationCommandType.ChatInput,
      input: { ...user, options: flattenOptions(interaction.options.data) },
    };
  }
  if (interaction.isMessageContextMenuCommand()) {
    const message = interaction.targetMessage;
    return {
      ...base,
      kind: "command",
      commandName: interaction.commandName,
      commandType: ApplicationCommandType.Message,
      input: {
        ...user,
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
  if (interaction.isModalSubmit()) {
    const values: Record<string, string | readonly string[]> = {};
    for (const [customId, field] of interaction.fields.fields) {
      const data = field as { value?: unknown; values?: unknown };
      if (typeof data.value === "string") values[customId] = data.value;
      else if (Array.isArray(data.values)) values[customId] = data.values.map(String);
    }
    return { ...base, kind: "modal", customId: interaction.customId, values };
  }
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
  if (message.flags) options.flags = message.flags;
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
    async modal(modal) {
      if (interaction.isAutocomplete() || interaction.isModalSubmit())
        throw new Error("a form cannot answer an autocomplete or a form");
      // Given as built JSON: discord.js sends it as it is.
      await interaction.showModal({ toJSON: () => modal });
    },
  };
}
