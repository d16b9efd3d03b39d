import type { APIAttachment, APIEmbed, APIMessage, APIMessageTopLevelComponent, APIUser } from "discord.js";
import { MessageFlags, type MessageType } from "discord.js";
import { errors, FormErrorCollector, formError } from "./errors.ts";
import { isObject, type UploadedFile } from "./http.ts";
import { snowflake } from "./snowflake.ts";
import type { World } from "./world.ts";

/** The message fields a bot may send in a callback, follow-up or edit, after validation. */
export interface MessageInput {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: APIMessageTopLevelComponent[] | null;
  flags?: number | null;
  attachments?: ReadonlyArray<{ id: string | number; filename?: string; description?: string }> | null;
  allowed_mentions?: AllowedMentions;
  poll?: unknown;
  tts?: boolean;
}

interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
  replied_user?: boolean;
}

type Path = ReadonlyArray<string | number>;

const SETTABLE_FLAGS =
  MessageFlags.SuppressEmbeds |
  MessageFlags.Ephemeral |
  MessageFlags.SuppressNotifications |
  MessageFlags.IsVoiceMessage |
  MessageFlags.IsComponentsV2;

function checkLength(out: FormErrorCollector, path: Path, value: unknown, max: number): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== "string") {
    out.add(path, "BASE_TYPE_STRING", "Value must be a string.");
    return 0;
  }
  if (value.length > max) out.add(path, "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);
  return value.length;
}

function checkEmbeds(out: FormErrorCollector, at: Path, embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    out.add([...at, "embeds"], "BASE_TYPE_ARRAY", "Value must be an array.");
    return;
  }
  if (embeds.length > 10)
    out.add([...at, "embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
  let total = 0;
  for (const [index, embed] of (embeds as unknown[]).entries()) {
    const path = [...at, "embeds", index];
    if (!isObject(embed)) {
      out.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
      continue;
    }
    total += checkLength(out, [...path, "title"], embed.title, 256);
    total += checkLength(out, [...path, "description"], embed.description, 4096);
    if (isObject(embed.footer))
      total += checkLength(out, [...path, "footer", "text"], embed.footer.text, 2048);
    if (isObject(embed.author))
      total += checkLength(out, [...path, "author", "name"], embed.author.name, 256);
    const fields = Array.isArray(embed.fields) ? (embed.fields as unknown[]) : [];
    if (fields.length > 25)
      out.add([...path, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    for (const [fieldIndex, field] of fields.entries()) {
      if (!isObject(field)) continue;
      total += checkLength(out, [...path, "fields", fieldIndex, "name"], field.name, 256);
      total += checkLength(out, [...path, "fields", fieldIndex, "value"], field.value, 1024);
    }
  }
  if (total > 6000)
    out.add([...at, "embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
}

function checkAllowedMentions(out: FormErrorCollector, at: Path, value: unknown): void {
  if (value === undefined || value === null) return;
  const path = [...at, "allowed_mentions"];
  if (!isObject(value)) {
    out.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
    return;
  }
  const parse = Array.isArray(value.parse) ? (value.parse as unknown[]) : [];
  parse.forEach((entry, index) => {
    if (entry !== "users" && entry !== "roles" && entry !== "everyone") {
      out.add(
        [...path, "parse", index],
        "BASE_TYPE_CHOICES",
        "Value must be one of ('roles', 'users', 'everyone').",
      );
    }
  });
  for (const kind of ["users", "roles"] as const) {
    if (parse.includes(kind) && Array.isArray(value[kind]) && (value[kind] as unknown[]).length > 0) {
      out.add(
        [...path, "parse"],
        "SET_TYPE_ALREADY_CONTAINS_VALUE",
        `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
      );
    }
  }
}

/**
 * Validates the limits a real bot trips over (2000-char content, embed sizes, allowed_mentions shape,
 * content alongside Components V2) and rejects them with the Invalid Form Body error Discord sends.
 * `at` is where the message sits in the request body, e.g. ["data"] for a callback.
 */
export function parseMessageInput(raw: unknown, at: Path): MessageInput {
  if (raw === undefined || raw === null) return {};
  if (!isObject(raw))
    throw formError(at, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
  const out = new FormErrorCollector();
  checkLength(out, [...at, "content"], raw.content, 2000);
  checkEmbeds(out, at, raw.embeds);
  checkAllowedMentions(out, at, raw.allowed_mentions);
  if (raw.components !== undefined && raw.components !== null && !Array.isArray(raw.components)) {
    out.add([...at, "components"], "BASE_TYPE_ARRAY", "Value must be an array.");
  }
  const flags = typeof raw.flags === "number" ? raw.flags : 0;
  if (flags & MessageFlags.IsComponentsV2) {
    for (const field of ["content", "embeds"] as const) {
      const value = raw[field];
      if (
        value !== undefined &&
        value !== null &&
        value !== "" &&
        !(Array.isArray(value) && value.length === 0)
      ) {
        out.add(
          [...at, field],
          "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
          `The '${field}' field cannot be used when using MessageFlags.IS_COMPONENTS_V2`,
        );
      }
    }
  }
  out.throwIfAny();
  return raw as MessageInput;
}

export interface MessageOrigin {
  readonly type: MessageType;
  readonly interactionMetadata?: APIMessage["interaction_metadata"];
}

function attachmentsFor(world: World, input: MessageInput, files: readonly UploadedFile[]): APIAttachment[] {
  return files.map((file, index) => {
    const id = snowflake();
    const described = input.attachments?.find((entry) => String(entry.id) === String(index));
    const filename = described?.filename ?? file.name;
    return {
      id,
      filename,
      ...(described?.description === undefined ? {} : { description: described.description }),
      ...(file.contentType ? { content_type: file.contentType } : {}),
      size: file.size,
      url: `https://cdn.discordapp.com/attachments/${world.channelId}/${id}/${filename}`,
      proxy_url: `https://media.discordapp.net/attachments/${world.channelId}/${id}/${filename}`,
    };
  });
}

/** Which users in the content actually get pinged, given allowed_mentions (default: everything parses). */
function mentionsFor(
  world: World,
  content: string,
  allowed: AllowedMentions | undefined,
): Pick<APIMessage, "mentions" | "mention_everyone"> {
  const known: APIUser[] = [world.defaultUser, world.otherUser, world.botUser];
  const parse = allowed?.parse ?? (allowed ? [] : ["users", "roles", "everyone"]);
  const ids = [...content.matchAll(/<@!?(\d+)>/g)].map((match) => match[1] ?? "");
  const pinged = ids.filter((id) => parse.includes("users") || (allowed?.users ?? []).includes(id));
  return {
    mentions: known.filter((user) => pinged.includes(user.id)),
    mention_everyone: parse.includes("everyone") && /@(everyone|here)\b/.test(content),
  };
}

export function createMessage(
  world: World,
  input: MessageInput,
  files: readonly UploadedFile[],
  origin: MessageOrigin,
  options: { loading?: boolean } = {},
): APIMessage {
  const content = input.content ?? "";
  const flags = ((input.flags ?? 0) & SETTABLE_FLAGS) | (options.loading ? MessageFlags.Loading : 0);
  return {
    id: snowflake(),
    channel_id: world.channelId,
    author: world.botUser,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: input.tts ?? false,
    ...mentionsFor(world, content, input.allowed_mentions),
    mention_roles: [],
    attachments: attachmentsFor(world, input, files),
    embeds: input.embeds ?? [],
    components: input.components ?? [],
    pinned: false,
    type: origin.type,
    flags,
    webhook_id: world.applicationId,
    application_id: world.applicationId,
    ...(origin.interactionMetadata ? { interaction_metadata: origin.interactionMetadata } : {}),
  };
}

/** PATCH semantics: present fields replace, `attachments` lists which existing files survive. */
export function editMessage(
  world: World,
  message: APIMessage,
  input: MessageInput,
  files: readonly UploadedFile[],
): APIMessage {
  const kept =
    input.attachments === undefined || input.attachments === null
      ? message.attachments
      : message.attachments.filter((existing) =>
          input.attachments?.some((entry) => String(entry.id) === existing.id),
        );
  const content = input.content === undefined ? message.content : (input.content ?? "");
  const ephemeral = (message.flags ?? 0) & MessageFlags.Ephemeral;
  const flags =
    input.flags === undefined || input.flags === null
      ? (message.flags ?? 0)
      : (input.flags & SETTABLE_FLAGS) | ephemeral;
  return {
    ...message,
    content,
    ...(input.content === undefined ? {} : mentionsFor(world, content, input.allowed_mentions)),
    embeds: input.embeds === undefined ? message.embeds : (input.embeds ?? []),
    components: input.components === undefined ? (message.components ?? []) : (input.components ?? []),
    attachments: [...kept, ...attachmentsFor(world, input, files)],
    // Any edit resolves the "is thinking..." state of a deferred reply.
    flags: flags & ~MessageFlags.Loading,
    edited_timestamp:
      message.flags !== undefined && message.flags & MessageFlags.Loading ? null : new Date().toISOString(),
  };
}

export function assertNotEmpty(message: APIMessage, input: MessageInput): void {
  const visible =
    message.content.trim() !== "" ||
    message.embeds.length > 0 ||
    (message.components ?? []).length > 0 ||
    message.attachments.length > 0 ||
    input.poll !== undefined;
  if (!visible) throw errors.emptyMessage();
}
