import type { RESTPostAPIApplicationCommandsJSONBody } from "discord.js";
import type { Engine } from "../../src/engine.ts";
import type { EmbedData } from "../../src/render/discord.ts";

/** An option value as a command reads it; a user option gives the user's id. */
export type OptionValue = string | number | boolean;

/** What a command is given, the same whether it came over the gateway or over HTTP. */
export interface CommandInput {
  readonly options: Readonly<Record<string, OptionValue | undefined>>;
  readonly user: { readonly id: string };
  /** The message a message context-menu command was used on. */
  readonly targetMessage?: { readonly id: string; readonly content: string };
}

/** A button under a message: one that comes back to the bot, or a link. */
export type Button =
  | { readonly kind: "action"; readonly label: string; readonly customId: string }
  | { readonly kind: "link"; readonly label: string; readonly url: string };

/** A message as a command returns it: data, sent by the runtime through `respond`. */
export interface BotMessage {
  content?: string;
  embeds: EmbedData[];
  buttons?: Button[];
  /** Only the person who asked sees it. */
  ephemeral?: boolean;
  /** The only users this message may ping; everyone else, roles and @everyone are never pinged. */
  pingUsers?: string[];
}

export interface Choice {
  name: string;
  value: string;
}

/** What every handler may use besides its input. */
export interface CommandContext {
  /** The engine for this interaction (taken once per interaction, so a reload never splits one). */
  readonly engine: Engine;
  /** Short fingerprint of the loaded corpus; custom ids carry it so stale buttons are recognised. */
  readonly corpusVersion: string;
}

/** One command module: `export default { data, execute } satisfies Command`. */
export interface Command {
  /** The registration body, from the discord.js builders' `toJSON()`. */
  readonly data: RESTPostAPIApplicationCommandsJSONBody;
  /** True when a use counts against the per-user cooldown. */
  readonly cooldown?: boolean;
  execute(input: CommandInput, context: CommandContext): BotMessage | Promise<BotMessage>;
  autocomplete?(focused: { name: string; value: string }, context: CommandContext): Choice[];
}
