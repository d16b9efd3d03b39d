import type {
  APIApplicationCommandAutocompleteGuildInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandGuildInteraction,
  APIInteractionDataResolved,
  APIInteractionDataResolvedGuildMember,
  APIMessage,
  APIMessageApplicationCommandGuildInteraction,
  APIMessageComponentButtonInteraction,
  APIModalSubmissionComponent,
  APIModalSubmitGuildInteraction,
  APIUser,
  InteractionType,
} from "discord.js";
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ButtonStyle,
  ComponentType,
  InteractionContextType,
  Locale,
  MessageType,
  InteractionType as Types,
} from "discord.js";
import type { CommandRegistry } from "./commands.ts";
import { createMessage } from "./messages.ts";
import { interactionToken, snowflake } from "./snowflake.ts";
import { BOT_PERMISSIONS, MEMBER_PERMISSIONS, memberOf, textChannel, type World } from "./world.ts";

/** One option as the user filled it in, plus the users it drags into `resolved`. */
export interface OptionInput {
  readonly option: APIApplicationCommandInteractionDataOption;
  readonly users: readonly APIUser[];
}

const basic = (option: APIApplicationCommandInteractionDataBasicOption): OptionInput => ({
  option,
  users: [],
});

/** Option values for chat-input and autocomplete builders: `opt.string("question", "who won?")`. */
export const opt = {
  string: (name: string, value: string) => basic({ name, type: ApplicationCommandOptionType.String, value }),
  integer: (name: string, value: number) =>
    basic({ name, type: ApplicationCommandOptionType.Integer, value }),
  number: (name: string, value: number) => basic({ name, type: ApplicationCommandOptionType.Number, value }),
  boolean: (name: string, value: boolean) =>
    basic({ name, type: ApplicationCommandOptionType.Boolean, value }),
  user: (name: string, user: APIUser): OptionInput => ({
    option: { name, type: ApplicationCommandOptionType.User, value: user.id },
    users: [user],
  }),
  subcommand: (name: string, options: readonly OptionInput[] = []): OptionInput => ({
    option: {
      name,
      type: ApplicationCommandOptionType.Subcommand,
      options: options.map((entry) => entry.option as APIApplicationCommandInteractionDataBasicOption),
    },
    users: options.flatMap((entry) => entry.users),
  }),
};

/** Who acts and in which language; every builder accepts these. */
export interface Invoker {
  /** Defaults to the stand-in's `defaultUser`. */
  user?: APIUser;
  locale?: Locale;
  /**
   * The member's permissions in the channel, as Discord computes them (a decimal bitfield);
   * default an ordinary member's (`MEMBER_PERMISSIONS`), `MANAGER_PERMISSIONS` adds Manage Server.
   */
  permissions?: string;
}

export interface ChatInputSpec extends Invoker {
  name: string;
  options?: readonly OptionInput[];
}

export interface AutocompleteSpec extends Invoker {
  name: string;
  /** The option being typed into; its value is always the partial string typed so far. */
  focused: { name: string; value: string; type?: ApplicationCommandOptionType };
  /** Options already filled in. */
  options?: readonly OptionInput[];
  /** Wraps the options in this subcommand, as Discord does for subcommand autocomplete. */
  subcommand?: string;
}

export interface ButtonSpec extends Invoker {
  customId: string;
  /** The message the button sits on, e.g. `handle.original` of an earlier reply. Defaults to a bot message with that button. */
  message?: APIMessage;
}

/** A field's value in a submitted modal: a text input's text, or a select's chosen values. */
export type ModalValue = string | readonly string[];

export interface ModalSubmitSpec extends Invoker {
  /** The modal's custom id. */
  customId: string;
  /** What the user entered, by field custom id. Nothing checks it against the modal: send anything. */
  values: Readonly<Record<string, ModalValue>>;
  /**
   * The modal as the bot sent it (the callback's `data`): the submission follows its layout (labels
   * or action rows, each field's type), as Discord's does. Without it, each value becomes a label
   * holding a text input (a string) or a string select (an array).
   */
  modal?: unknown;
  /** The message whose button opened the modal, when a button did. */
  message?: APIMessage;
}

export interface MessageCommandSpec extends Invoker {
  name: string;
  /** The message right-clicked; a full message, or just its content (authored by `otherUser`). */
  target?: APIMessage | { content: string; author?: APIUser };
}

function resolvedUsers(world: World, users: readonly APIUser[]): APIInteractionDataResolved | undefined {
  if (users.length === 0) return undefined;
  const members: Record<string, APIInteractionDataResolvedGuildMember> = {};
  for (const user of users) {
    // A resolved member is the guild member without its user and voice state, plus permissions.
    const { user: _user, deaf: _deaf, mute: _mute, ...member } = memberOf(world, user);
    members[user.id] = { ...member, permissions: MEMBER_PERMISSIONS };
  }
  return { users: Object.fromEntries(users.map((user) => [user.id, user])), members };
}

export class InteractionBuilders {
  constructor(
    private readonly world: World,
    private readonly commands: CommandRegistry,
  ) {}

  /** Fields every guild interaction carries; discord.js reads most of them when building the interaction. */
  private common<T extends InteractionType>(type: T, invoker: Invoker) {
    const world = this.world;
    const user = invoker.user ?? world.defaultUser;
    const id = snowflake();
    const channel = textChannel(world);
    return {
      id,
      application_id: world.applicationId,
      type,
      token: interactionToken(id),
      version: 1 as const,
      guild_id: world.guildId,
      guild: { id: world.guildId, locale: Locale.EnglishUS, features: [] },
      channel: { ...channel, permissions: invoker.permissions ?? MEMBER_PERMISSIONS },
      channel_id: channel.id,
      member: { ...memberOf(world, user), user, permissions: invoker.permissions ?? MEMBER_PERMISSIONS },
      app_permissions: BOT_PERMISSIONS,
      locale: invoker.locale ?? Locale.EnglishUS,
      guild_locale: Locale.EnglishUS,
      entitlements: [],
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: world.guildId },
      context: InteractionContextType.Guild,
      attachment_size_limit: 10 * 1024 * 1024,
    };
  }

  /** The registered command's id when the bot registered one; `guild_id` only for guild-scoped commands. */
  private command(name: string, type: ApplicationCommandType): { id: string; guild_id?: string } {
    const registered = this.commands.find(name, type, this.world.guildId);
    if (!registered) return { id: snowflake() };
    return registered.guild_id ? { id: registered.id, guild_id: registered.guild_id } : { id: registered.id };
  }

  chatInput(spec: ChatInputSpec): APIChatInputApplicationCommandGuildInteraction {
    const options = spec.options ?? [];
    const resolved = resolvedUsers(
      this.world,
      options.flatMap((entry) => entry.users),
    );
    return {
      ...this.common(Types.ApplicationCommand, spec),
      data: {
        ...this.command(spec.name, ApplicationCommandType.ChatInput),
        name: spec.name,
        type: ApplicationCommandType.ChatInput,
        ...(options.length > 0 ? { options: options.map((entry) => entry.option) } : {}),
        ...(resolved ? { resolved } : {}),
      },
    };
  }

  autocomplete(spec: AutocompleteSpec): APIApplicationCommandAutocompleteGuildInteraction {
    const focused = {
      name: spec.focused.name,
      type: spec.focused.type ?? ApplicationCommandOptionType.String,
      value: spec.focused.value,
      focused: true,
    } as APIApplicationCommandInteractionDataBasicOption;
    const filled = [
      ...(spec.options ?? []).map((entry) => entry.option),
      focused,
    ] as APIApplicationCommandInteractionDataBasicOption[];
    const options: APIApplicationCommandInteractionDataOption[] = spec.subcommand
      ? [{ name: spec.subcommand, type: ApplicationCommandOptionType.Subcommand, options: filled }]
      : filled;
    return {
      ...this.common(Types.ApplicationCommandAutocomplete, spec),
      data: {
        ...this.command(spec.name, ApplicationCommandType.ChatInput),
        name: spec.name,
        type: ApplicationCommandType.ChatInput,
        options,
      },
    };
  }

  button(spec: ButtonSpec): APIMessageComponentButtonInteraction {
    const message =
      spec.message ??
      createMessage(
        this.world,
        {
          content: "Pick one:",
          components: [
            {
              type: ComponentType.ActionRow,
              components: [
                {
                  type: ComponentType.Button,
                  style: ButtonStyle.Primary,
                  custom_id: spec.customId,
                  label: "Go",
                },
              ],
            },
          ],
        },
        [],
        { type: MessageType.Default },
      );
    return {
      ...this.common(Types.MessageComponent, spec),
      message,
      data: { custom_id: spec.customId, component_type: ComponentType.Button },
    };
  }

  /** A submitted modal (interaction type 5), as Discord sends it after the user pressed Submit. */
  modalSubmit(spec: ModalSubmitSpec): APIModalSubmitGuildInteraction {
    return {
      ...this.common(Types.ModalSubmit, spec),
      ...(spec.message ? { message: spec.message } : {}),
      data: { custom_id: spec.customId, components: submittedComponents(spec) },
    } as APIModalSubmitGuildInteraction;
  }

  messageCommand(spec: MessageCommandSpec): APIMessageApplicationCommandGuildInteraction {
    const target = this.targetMessage(spec.target ?? { content: "https://example.com/news/story" });
    return {
      ...this.common(Types.ApplicationCommand, spec),
      data: {
        ...this.command(spec.name, ApplicationCommandType.Message),
        name: spec.name,
        type: ApplicationCommandType.Message,
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
      },
    };
  }

  private targetMessage(target: NonNullable<MessageCommandSpec["target"]>): APIMessage {
    if ("id" in target) return target;
    return {
      id: snowflake(),
      channel_id: this.world.channelId,
      author: target.author ?? this.world.otherUser,
      content: target.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: MessageType.Default,
      components: [],
    };
  }
}

type Raw = Record<string, unknown>;
const isRaw = (value: unknown): value is Raw => typeof value === "object" && value !== null;

/** A field as submitted: a text input gives `value`, a string select `values`. */
function submittedField(field: Raw, values: ModalSubmitSpec["values"], id: number): Raw {
  const customId = String(field.custom_id ?? "");
  const given = values[customId];
  if (field.type === ComponentType.TextInput)
    return {
      type: ComponentType.TextInput,
      id,
      custom_id: customId,
      value: typeof given === "string" ? given : (given?.join(" ") ?? ""),
    };
  return {
    type: field.type,
    id,
    custom_id: customId,
    values: given === undefined ? [] : typeof given === "string" ? [given] : [...given],
  };
}

/** The `components` of a modal submission: the modal's layout with the user's values. */
function submittedComponents(spec: ModalSubmitSpec): APIModalSubmissionComponent[] {
  let id = 0;
  const layout =
    isRaw(spec.modal) && Array.isArray(spec.modal.components) ? spec.modal.components : undefined;
  if (!layout) {
    return Object.entries(spec.values).map(([customId, value]) => {
      const field = {
        type: typeof value === "string" ? ComponentType.TextInput : ComponentType.StringSelect,
        custom_id: customId,
      };
      const labelId = ++id;
      return {
        type: ComponentType.Label,
        id: labelId,
        component: submittedField(field, spec.values, ++id),
      } as unknown as APIModalSubmissionComponent;
    });
  }
  return (layout as unknown[]).filter(isRaw).map((top) => {
    const topId = ++id;
    if (top.type === ComponentType.Label && isRaw(top.component))
      return {
        type: ComponentType.Label,
        id: topId,
        component: submittedField(top.component, spec.values, ++id),
      } as unknown as APIModalSubmissionComponent;
    if (top.type === ComponentType.ActionRow && Array.isArray(top.components))
      return {
        type: ComponentType.ActionRow,
        id: topId,
        components: (top.components as unknown[])
          .filter(isRaw)
          .map((f) => submittedField(f, spec.values, ++id)),
      } as unknown as APIModalSubmissionComponent;
    return { type: top.type, id: topId } as unknown as APIModalSubmissionComponent;
  });
}
