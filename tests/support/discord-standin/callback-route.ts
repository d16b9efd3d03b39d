import type { APIInteraction, APIMessage } from "discord.js";
import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
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

function checkModal(data: unknown): void {
  const modal = isObject(data) ? data : {};
  const out = new FormErrorCollector();
  const customId = modal.custom_id;
  if (typeof customId !== "string" || customId.length < 1 || customId.length > 100) {
    out.add(["data", "custom_id"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
  }
  if (typeof modal.title !== "string" || modal.title.length < 1 || modal.title.length > 45) {
    out.add(["data", "title"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 45 in length.");
  }
  if (!Array.isArray(modal.components) || modal.components.length < 1 || modal.components.length > 5) {
    out.add(["data", "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
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
