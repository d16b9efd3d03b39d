import type { APIInteraction, APIMessageInteractionMetadata, InteractionResponseType } from "discord.js";
import { ApplicationCommandType, InteractionType } from "discord.js";
import { DiscordHttpError } from "./errors.ts";
import { isObject, type Reply, type RestRequest } from "./http.ts";
import type {
  InteractionEvent,
  InteractionEventKind,
  InteractionRecord,
  RecordedData,
} from "./interaction-record.ts";
import type { InteractionRegistry } from "./interaction-registry.ts";
import type { World } from "./world.ts";

export interface InteractionLimits {
  /** Discord drops an interaction that is not acknowledged within 3 s of dispatch. */
  readonly ackDeadlineMs: number;
  /** Follow-ups and edits work for 15 min after dispatch. */
  readonly tokenLifetimeMs: number;
}

/** What the callback and webhook routes share. */
export interface InteractionRouteContext {
  readonly world: World;
  readonly limits: InteractionLimits;
  readonly interactions: InteractionRegistry;
}

export interface Outcome {
  readonly reply: Reply;
  readonly messageId: string | null;
}

type RequestFields = Omit<InteractionEvent, "status" | "ok" | "errorCode" | "injected" | "messageId">;

/** The parts of an event that come from the request itself, whatever the answer. */
export function requestFields(
  record: InteractionRecord,
  req: RestRequest,
  kind: InteractionEventKind,
): RequestFields {
  const body = req.body.json;
  const isCallback = kind === "callback";
  const data = isCallback ? (isObject(body) ? body.data : undefined) : body;
  return {
    kind,
    method: req.method,
    path: req.path,
    at: Date.now(),
    elapsedMs: record.elapsedMs(),
    callbackType:
      isCallback && isObject(body) && typeof body.type === "number"
        ? (body.type as InteractionResponseType)
        : null,
    data: isObject(data) ? (data as RecordedData) : null,
    body,
    files: req.body.files,
  };
}

/** Runs a handler and records what happened on the interaction, rejected attempts included. */
export function recorded(
  record: InteractionRecord,
  req: RestRequest,
  kind: InteractionEventKind,
  run: () => Outcome,
): Reply {
  const fields = requestFields(record, req, kind);
  try {
    const outcome = run();
    record.record({
      ...fields,
      status: outcome.reply.status,
      ok: true,
      errorCode: null,
      injected: false,
      messageId: outcome.messageId,
    });
    return outcome.reply;
  } catch (error) {
    if (error instanceof DiscordHttpError) {
      record.record({
        ...fields,
        status: error.status,
        ok: false,
        errorCode: error.body.code,
        injected: false,
        messageId: null,
      });
    }
    throw error;
  }
}

/** `interaction_metadata` Discord puts on messages created in answer to an interaction. */
export function metadataFor(payload: APIInteraction): APIMessageInteractionMetadata | undefined {
  const user = payload.member?.user ?? payload.user;
  if (!user) return undefined;
  const base = {
    id: payload.id,
    user,
    authorizing_integration_owners: payload.authorizing_integration_owners,
  };
  if (payload.type === InteractionType.MessageComponent) {
    return { ...base, type: payload.type, interacted_message_id: payload.message.id };
  }
  if (payload.type === InteractionType.ApplicationCommand) {
    const target =
      payload.data.type === ApplicationCommandType.Message
        ? { target_message_id: payload.data.target_id }
        : {};
    return { ...base, type: payload.type, ...target };
  }
  return undefined;
}
