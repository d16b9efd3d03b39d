import type {
  APIModalInteractionResponseCallbackData,
  RESTPostAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { Engine } from "../../src/engine.ts";
import type { FeedbackCommand, FeedbackStore } from "../../src/feedback/store.ts";
import type { EmbedData } from "../../src/render/discord.ts";

/** An option value as a command reads it; a user option gives the user's id. */
export type OptionValue = string | number | boolean;

/** What a command is given, the same whether it came over the gateway or over HTTP. */
export interface CommandInput {
  readonly options: Readonly<Record<string, OptionValue | undefined>>;
  readonly user: { readonly id: string };
  /** The message a message context-menu command was used on. */
  readonly targetMessage?: { readonly id: string; readonly content: string };
  /**
   * The invoking member's permissions in the channel (Discord's bitfield as a decimal string);
   * absent outside a server. What `/report` checks besides Discord's default member permissions.
   */
  readonly memberPermissions?: string;
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
  /**
   * This message is an answer members may vote on (👍 / 👎): what is recorded about it. The runtime
   * adds the vote buttons (keyed by the interaction's id) and records the answer once it is sent.
   */
  feedback?: AnswerSubject;
}

/** What an answer was, as the feedback store records it (the runtime adds who, where and when). */
export interface AnswerSubject {
  command: FeedbackCommand;
  /** The question, or the checked message's text. */
  question: string;
  /** False when the reply was "the story doesn't say". */
  answered: boolean;
  /** The passages the answer cites, in the order shown (none when it was not answered). */
  passageIds: number[];
}

/** A modal (a form Discord shows over the chat), as Discord's API takes it. */
export type BotModal = APIModalInteractionResponseCallbackData;

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
  /** The feedback store (its port), when the bot records feedback: what `/report` reads. */
  readonly feedback?: FeedbackStore;
}

/** One command module: `export default { data, execute } satisfies Command`. */
export interface Command {
  /** The registration body, from the discord.js builders' `toJSON()`. */
  readonly data: RESTPostAPIApplicationCommandsJSONBody;
  /** True when a use counts against the per-user cooldown. */
  readonly cooldown?: boolean;
  /** True when its answers are for the one who asked only: a deferral ("thinking…") is ephemeral too. */
  readonly ephemeral?: boolean;
  execute(input: CommandInput, context: CommandContext): BotMessage | Promise<BotMessage>;
  autocomplete?(focused: { name: string; value: string }, context: CommandContext): Choice[];
}
