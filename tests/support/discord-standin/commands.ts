import type { APIApplicationCommand, APIApplicationCommandOption } from "discord.js";
import { ApplicationCommandOptionType, ApplicationCommandType, ApplicationIntegrationType } from "discord.js";
import { FormErrorCollector, formError } from "./errors.ts";
import { isObject } from "./http.ts";
import { snowflake } from "./snowflake.ts";

type Path = ReadonlyArray<string | number>;

// Discord's documented pattern for chat-input command and option names; they must also be lowercase.
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkName(out: FormErrorCollector, path: Path, name: unknown, chatInput: boolean): void {
  const valid =
    typeof name === "string" &&
    (chatInput
      ? CHAT_INPUT_NAME.test(name) && name === name.toLowerCase()
      : name.length >= 1 && name.length <= 32);
  if (!valid) out.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
}

function checkDescription(out: FormErrorCollector, path: Path, description: unknown): void {
  if (typeof description !== "string" || description.length < 1 || description.length > 100) {
    out.add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
  }
}

function checkOptions(out: FormErrorCollector, path: Path, options: unknown): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    out.add(path, "BASE_TYPE_ARRAY", "Value must be an array.");
    return;
  }
  if (options.length > 25) out.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  let sawOptional = false;
  const names = new Set<string>();
  for (const [index, option] of (options as unknown[]).entries()) {
    const at = [...path, index];
    if (!isObject(option)) {
      out.add(at, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
      continue;
    }
    checkName(out, [...at, "name"], option.name, true);
    checkDescription(out, [...at, "description"], option.description);
    if (typeof option.name === "string") {
      if (names.has(option.name)) {
        out.add(
          [...at, "name"],
          "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS",
          "Option names must be unique",
        );
      }
      names.add(option.name);
    }
    const nested =
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup;
    if (nested) {
      checkOptions(out, [...at, "options"], option.options);
      continue;
    }
    if (option.required === true && sawOptional) {
      out.add(
        [...at, "required"],
        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        "Required options must be placed before non-required options",
      );
    }
    if (option.required !== true) sawOptional = true;
    if (Array.isArray(option.choices) && option.choices.length > 25) {
      out.add([...at, "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
  }
}

function checkCommand(out: FormErrorCollector, path: Path, command: unknown): void {
  if (!isObject(command)) {
    out.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
    return;
  }
  const type = command.type ?? ApplicationCommandType.ChatInput;
  const chatInput = type === ApplicationCommandType.ChatInput;
  checkName(out, [...path, "name"], command.name, chatInput);
  if (chatInput) checkDescription(out, [...path, "description"], command.description);
  else if (command.description !== undefined && command.description !== "") {
    out.add(
      [...path, "description"],
      "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
      "Context menu commands cannot have description",
    );
  }
  if (chatInput) checkOptions(out, [...path, "options"], command.options);
}

/** Registered commands per scope (global or a guild id), keeping ids stable across re-registration like Discord. */
export class CommandRegistry {
  private readonly scopes = new Map<string, APIApplicationCommand[]>();

  constructor(private readonly applicationId: string) {}

  list(guildId: string | null): APIApplicationCommand[] {
    return this.scopes.get(guildId ?? "global") ?? [];
  }

  /** PUT semantics: the body replaces every command in the scope. Throws Invalid Form Body. */
  overwrite(guildId: string | null, body: unknown): APIApplicationCommand[] {
    if (!Array.isArray(body)) throw formError([], "BASE_TYPE_ARRAY", "Value must be an array.");
    const out = new FormErrorCollector();
    for (const [index, command] of (body as unknown[]).entries()) checkCommand(out, [index], command);
    const seen = new Set<string>();
    body.forEach((command: Record<string, unknown>, index) => {
      const key = `${command.type ?? 1}:${String(command.name)}`;
      if (seen.has(key))
        out.add(
          [index, "name"],
          "APPLICATION_COMMANDS_DUPLICATE_NAME",
          "Application command names must be unique",
        );
      seen.add(key);
    });
    out.throwIfAny();
    const stored = body.map((command: Record<string, unknown>) => this.materialise(guildId, command));
    this.scopes.set(guildId ?? "global", stored);
    return stored;
  }

  /** POST semantics: upsert one command by name and type; `created` tells 201 from 200. */
  upsert(guildId: string | null, body: unknown): { command: APIApplicationCommand; created: boolean } {
    const out = new FormErrorCollector();
    checkCommand(out, [], body);
    out.throwIfAny();
    const command = this.materialise(guildId, body as Record<string, unknown>);
    const current = this.list(guildId);
    const created = !current.some((existing) => existing.id === command.id);
    this.scopes.set(guildId ?? "global", [
      ...current.filter((existing) => existing.id !== command.id),
      command,
    ]);
    return { command, created };
  }

  /** Guild commands shadow global ones of the same name, as in the Discord client. */
  find(name: string, type: ApplicationCommandType, guildId: string): APIApplicationCommand | undefined {
    const match = (command: APIApplicationCommand) => command.name === name && command.type === type;
    return this.list(guildId).find(match) ?? this.list(null).find(match);
  }

  private materialise(guildId: string | null, body: Record<string, unknown>): APIApplicationCommand {
    const type = (body.type as ApplicationCommandType | undefined) ?? ApplicationCommandType.ChatInput;
    const previous = this.list(guildId).find(
      (command) => command.name === body.name && command.type === type,
    );
    return {
      ...(body as Partial<APIApplicationCommand>),
      id: previous?.id ?? snowflake(),
      application_id: this.applicationId,
      ...(guildId === null ? {} : { guild_id: guildId }),
      type,
      name: String(body.name),
      description: typeof body.description === "string" ? body.description : "",
      ...(Array.isArray(body.options) ? { options: body.options as APIApplicationCommandOption[] } : {}),
      default_member_permissions: (body.default_member_permissions as string | null | undefined) ?? null,
      nsfw: body.nsfw === true,
      integration_types: (body.integration_types as ApplicationIntegrationType[] | undefined) ?? [
        ApplicationIntegrationType.GuildInstall,
      ],
      contexts: (body.contexts as APIApplicationCommand["contexts"] | undefined) ?? null,
      version: snowflake(),
    };
  }
}
