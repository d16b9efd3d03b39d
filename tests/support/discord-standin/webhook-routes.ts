import type { APIMessage } from "discord.js";
import { InteractionResponseType, MessageFlags, MessageType } from "discord.js";
import { errors } from "./errors.ts";
import type { Reply, RestRequest } from "./http.ts";
import { type InteractionRouteContext, metadataFor, recorded } from "./interaction-context.ts";
import type { InteractionEventKind, InteractionRecord } from "./interaction-record.ts";
import { assertNotEmpty, createMessage, editMessage, parseMessageInput } from "./messages.ts";

/** The interaction behind a webhook URL, if its token may still be used for follow-ups and edits. */
function webhookRecord(ctx: InteractionRouteContext, params: Record<string, string>): InteractionRecord {
  if (params.appId !== ctx.world.applicationId) throw errors.unknownWebhook();
  const record = ctx.interactions.withToken(params.token ?? "");
  if (!record || record.elapsedMs() > ctx.limits.tokenLifetimeMs) throw errors.invalidWebhookToken();
  return record;
}

/** Unacknowledged interactions have no webhook yet; after the 3 s deadline the token is void. */
function requireAcknowledged(record: InteractionRecord): void {
  if (!record.acknowledgement) throw errors.unknownWebhook();
}

function ownedMessage(
  ctx: InteractionRouteContext,
  record: InteractionRecord,
  messageId: string,
): APIMessage {
  const id = messageId === "@original" ? record.originalMessageId : messageId;
  const owned = id !== null && (id === record.originalMessageId || record.followUpIds.includes(id));
  const message = owned ? ctx.interactions.messages.get(id) : undefined;
  if (!message) throw errors.unknownMessage();
  return message;
}

/** POST /webhooks/:appId/:token */
export function handleFollowUp(
  ctx: InteractionRouteContext,
  req: RestRequest,
  params: Record<string, string>,
): Reply {
  const record = webhookRecord(ctx, params);
  return recorded(record, req, "followup", () => {
    requireAcknowledged(record);
    const input = parseMessageInput(req.body.json, []);
    const original = record.original;
    const stillLoading =
      record.acknowledgement?.callbackType === InteractionResponseType.DeferredChannelMessageWithSource &&
      original !== null &&
      Boolean((original.flags ?? 0) & MessageFlags.Loading);
    // Documented legacy behaviour: a follow-up right after a defer edits the loading message and keeps its ephemerality.
    const message = stillLoading
      ? editMessage(ctx.world, original, { ...input, flags: null }, req.body.files)
      : createMessage(ctx.world, input, req.body.files, {
          type: MessageType.Default,
          interactionMetadata: metadataFor(record.payload),
        });
    assertNotEmpty(message, input);
    ctx.interactions.messages.set(message.id, message);
    if (!stillLoading) record.followUpIds.push(message.id);
    return { reply: { status: 200, body: message }, messageId: message.id };
  });
}

/** GET|PATCH|DELETE /webhooks/:appId/:token/messages/:messageId ("@original" or a follow-up id) */
export function handleWebhookMessage(
  ctx: InteractionRouteContext,
  req: RestRequest,
  params: Record<string, string>,
): Reply {
  const record = webhookRecord(ctx, params);
  const kind: InteractionEventKind =
    req.method === "GET" ? "fetch" : req.method === "DELETE" ? "delete" : "edit";
  return recorded(record, req, kind, () => {
    requireAcknowledged(record);
    const message = ownedMessage(ctx, record, params.messageId ?? "");
    if (kind === "fetch") return { reply: { status: 200, body: message }, messageId: message.id };
    if (kind === "delete") {
      ctx.interactions.messages.delete(message.id);
      return { reply: { status: 204 }, messageId: message.id };
    }
    const input = parseMessageInput(req.body.json, []);
    const edited = editMessage(ctx.world, message, input, req.body.files);
    assertNotEmpty(edited, input);
    ctx.interactions.messages.set(edited.id, edited);
    return { reply: { status: 200, body: edited }, messageId: edited.id };
  });
}
