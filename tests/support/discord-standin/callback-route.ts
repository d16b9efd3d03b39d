import type { APIInteraction, APIMessage } from "discord.js";
import {
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  TextInputStyle,
} from "discord.js";
import { errors, FormErrorCollector, formError } from "./errors.ts";
import { isObject, type Reply, type RestRequest } from "./http.ts";
import { type InteractionRouteContext, metadataFor, type Outcome, recorded } from "./interaction-context.ts";
import type { InteractionRecord } from "./interaction-record.ts";
import { assertNotEmpty, createMessage, editMessage, parseMessageInput } from "./messages.ts";

/** Which callback types Discord accepts per interaction type (6/7 only make sense on a message). */
const ALLOWED_CALLBACKS: Record<InteractionType, readonly InteractionResponseType[]> = {
  [InteractionType.Ping]: [InteractionResponseType.Pong],
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

function replyMessageType(payload: APIInteraction): MessageType {
  if (payload.type !== InteractionType.ApplicationCommand) return MessageType.Default;
  return payload.data.type === ApplicationCommandType.ChatInput
    ? MessageType.ChatInputCommand
    : MessageType.ContextMenuCommand;
}

function checkChoices(data: unknown): void {
  const choices = isObject(data) ? data.choices : undefined;
  if (!Array.isArray(choices))
    throw formError(["data", "choices"], "BASE_TYPE_REQUIRED", "This field is required");
  const out = new FormErrorCollector();
  if (choices.length > 25)
    out.add(["data", "choices"], "BASE_TYPE_BAD_LENGTH", "Must be between 0 and 25 in length.");
  for (const [index, choice] of (choices as unknown[]).entries()) {
    const name = isObject(choice) ? choice.name : undefined;
    const value = isObject(choice) ? choice.value : undefined;
    if (typeof name !== "string" || name.length < 1 || name.length > 100) {
      out.add(
        ["data", "choices", index, "name"],
        "BASE_TYPE_BAD_LENGTH",
        "Must be between 1 and 100 in length.",
      );
    }
    if (typeof value === "string" ? value.length > 100 : typeof value !== "number") {
      out.add(
        ["data", "choices", index, "value"],
        "BASE_TYPE_BAD_LENGTH",
        "Must be between 1 and 100 in length.",
      );
    }
  }
  out.throwIfAny();
}

type Path = ReadonlyArray<string | number>;

function checkText(
  out: FormErrorCollector,
  path: Path,
  value: unknown,
  min: number,
  max: number,
  required = true,
): void {
  if (value === undefined && !required) return;
  if (typeof value !== "string" || value.length < min || value.length > max)
    out.add(path, "BASE_TYPE_BAD_LENGTH", `Must be between ${min} and ${max} in length.`);
}

function checkRange(out: FormErrorCollector, path: Path, value: unknown, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    out.add(path, "NUMBER_TYPE_MAX", `int value should be between ${min} and ${max}.`);
}

/** A field a modal may hold (in a label, or in an action row of old): a text input or a string select. */
function checkModalField(
  out: FormErrorCollector,
  path: Path,
  field: unknown,
  inLabel: boolean,
  ids: Set<string>,
): void {
  if (!isObject(field)) {
    out.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
    return;
  }
  checkText(out, [...path, "custom_id"], field.custom_id, 1, 100);
  if (typeof field.custom_id === "string") {
    if (ids.has(field.custom_id))
      out.add(
        [...path, "custom_id"],
        "COMPONENT_CUSTOM_ID_DUPLICATED",
        "Component custom id cannot be duplicated",
      );
    ids.add(field.custom_id);
  }
  if (field.type === ComponentType.TextInput) {
    if (field.style !== TextInputStyle.Short && field.style !== TextInputStyle.Paragraph)
      out.add([...path, "style"], "BASE_TYPE_CHOICES", "Value must be one of {1, 2}.");
    // Inside a label the label says it; a text input's own (deprecated) label is refused there.
    if (inLabel && field.label !== undefined)
      out.add(
        [...path, "label"],
        "COMPONENT_LABEL_NOT_ALLOWED",
        "Label cannot be set inside a label component",
      );
    if (!inLabel) checkText(out, [...path, "label"], field.label, 1, 45);
    checkRange(out, [...path, "min_length"], field.min_length, 0, 4000);
    checkRange(out, [...path, "max_length"], field.max_length, 1, 4000);
    checkText(out, [...path, "value"], field.value, 0, 4000, false);
    checkText(out, [...path, "placeholder"], field.placeholder, 0, 100, false);
    return;
  }
  if (field.type === ComponentType.StringSelect && inLabel) {
    const options = Array.isArray(field.options) ? (field.options as unknown[]) : [];
    if (options.length < 1 || options.length > 25)
      out.add([...path, "options"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.");
    for (const [index, option] of options.entries()) {
      const at = [...path, "options", index];
      if (!isObject(option)) continue;
      checkText(out, [...at, "label"], option.label, 1, 100);
      checkText(out, [...at, "value"], option.value, 1, 100);
      checkText(out, [...at, "description"], option.description, 0, 100, false);
    }
    checkRange(out, [...path, "min_values"], field.min_values, 0, 25);
    checkRange(out, [...path, "max_values"], field.max_values, 1, 25);
    checkText(out, [...path, "placeholder"], field.placeholder, 0, 150, false);
    return;
  }
  out.add(
    [...path, "type"],
    "COMPONENT_TYPE_INVALID",
    `Component type ${String(field.type)} is not valid here.`,
  );
}

/**
 * A modal as Discord checks it: a custom id and a title, 1–5 components, each a label (1–45
 * characters, an optional description of 100) holding a text input or a string select, a text
 * display, or (the older form) an action row holding one text input with its own label.
 */
function checkModal(data: unknown): void {
  const modal = isObject(data) ? data : {};
  const out = new FormErrorCollector();
  checkText(out, ["data", "custom_id"], modal.custom_id, 1, 100);
  checkText(out, ["data", "title"], modal.title, 1, 45);
  if (!Array.isArray(modal.components) || modal.components.length < 1 || modal.components.length > 5) {
    out.add(["data", "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
    out.throwIfAny();
    return;
  }
  const ids = new Set<string>();
  for (const [index, top] of (modal.components as unknown[]).entries()) {
    const path = ["data", "components", index];
    if (!isObject(top)) {
      out.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType");
      continue;
    }
    if (top.type === ComponentType.Label) {
      checkText(out, [...path, "label"], top.label, 1, 45);
      checkText(out, [...path, "description"], top.description, 0, 100, false);
      checkModalField(out, [...path, "component"], top.component, true, ids);
    } else if (top.type === ComponentType.TextDisplay) {
      checkText(out, [...path, "content"], top.content, 1, 4000);
    } else if (top.type === ComponentType.ActionRow) {
      const inner = Array.isArray(top.components) ? (top.components as unknown[]) : [];
      if (inner.length !== 1)
        out.add([...path, "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 1 in length.");
      for (const [at, field] of inner.entries())
        checkModalField(out, [...path, "components", at], field, false, ids);
    } else {
      out.add(
        [...path, "type"],
        "COMPONENT_TYPE_INVALID",
        `Component type ${String(top.type)} is not valid in a modal.`,
      );
    }
  }
  out.throwIfAny();
}

/** The message a clicked component sits on, as last edited. */
function componentMessage(ctx: InteractionRouteContext, payload: APIInteraction): APIMessage {
  const message = payload.message && (ctx.interactions.messages.get(payload.message.id) ?? payload.message);
  if (!message) throw errors.unknownMessage();
  return message;
}

/** Applies one callback and returns the message it created or touched (null for autocomplete/modal). */
function applyCallback(
  ctx: InteractionRouteContext,
  req: RestRequest,
  payload: APIInteraction,
  type: InteractionResponseType,
  data: unknown,
): APIMessage | null {
  const origin = { type: replyMessageType(payload), interactionMetadata: metadataFor(payload) };
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const input = parseMessageInput(data, ["data"]);
      const message = createMessage(ctx.world, input, req.body.files, origin);
      assertNotEmpty(message, input);
      return message;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const flags = isObject(data) && typeof data.flags === "number" ? data.flags : 0;
      if (flags & ~MessageFlags.Ephemeral) {
        throw formError(
          ["data", "flags"],
          "INTERACTION_RESPONSE_FLAGS_INVALID",
          "Only EPHEMERAL may be set when deferring.",
        );
      }
      return createMessage(ctx.world, { flags }, [], origin, { loading: true });
    }
    case InteractionResponseType.DeferredMessageUpdate:
      return componentMessage(ctx, payload);
    case InteractionResponseType.UpdateMessage: {
      const input = parseMessageInput(data, ["data"]);
      const message = editMessage(ctx.world, componentMessage(ctx, payload), input, req.body.files);
      assertNotEmpty(message, input);
      return message;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      checkChoices(data);
      return null;
    case InteractionResponseType.Modal:
      checkModal(data);
      return null;
    default:
      return null;
  }
}

/** Body for ?with_response=true, the interaction callback response object. */
function callbackResponse(
  record: InteractionRecord,
  type: InteractionResponseType,
  message: APIMessage | null,
) {
  const sendsMessage =
    type === InteractionResponseType.ChannelMessageWithSource ||
    type === InteractionResponseType.UpdateMessage;
  const flags = message?.flags ?? 0;
  return {
    interaction: {
      id: record.id,
      type: record.payload.type,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: Boolean(flags & MessageFlags.Loading),
            response_message_ephemeral: Boolean(flags & MessageFlags.Ephemeral),
          }
        : {}),
    },
    resource: { type, ...(sendsMessage && message ? { message } : {}) },
  };
}

/** POST /interactions/:id/:token/callback */
export function handleCallback(
  ctx: InteractionRouteContext,
  req: RestRequest,
  params: Record<string, string>,
): Reply {
  const record = ctx.interactions.get(params.id ?? "");
  if (!record || record.token !== params.token) throw errors.unknownInteraction();
  return recorded(record, req, "callback", (): Outcome => {
    const body = req.body.json;
    if (!isObject(body) || typeof body.type !== "number") {
      throw formError(["type"], "BASE_TYPE_REQUIRED", "This field is required");
    }
    if (record.acknowledgement) throw errors.alreadyAcknowledged();
    if (record.elapsedMs() > ctx.limits.ackDeadlineMs) throw errors.unknownInteraction();
    const type = body.type as InteractionResponseType;
    if (!ALLOWED_CALLBACKS[record.payload.type].includes(type)) {
      // Discord rejects a mismatched type as a form error on `type`; the exact code and wording are approximated.
      throw formError(
        ["type"],
        "INTERACTION_RESPONSE_TYPE_INVALID",
        `Interaction response type ${type} is not valid for interaction type ${record.payload.type}.`,
      );
    }
    const message = applyCallback(ctx, req, record.payload, type, body.data);
    if (message) {
      ctx.interactions.messages.set(message.id, message);
      record.originalMessageId = message.id;
    }
    const messageId = message?.id ?? null;
    if (req.query.get("with_response") !== "true") return { reply: { status: 204 }, messageId };
    return { reply: { status: 200, body: callbackResponse(record, type, message) }, messageId };
  });
}
