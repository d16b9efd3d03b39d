import type { KeyObject } from "node:crypto";
import { type APIInteraction, SnowflakeUtil } from "discord.js";
import { handleCallback } from "./callback-route.ts";
import { DiscordHttpError } from "./errors.ts";
import type { InteractionRouteContext } from "./interaction-context.ts";
import type { InteractionHandle } from "./interaction-record.ts";
import { discordSignature } from "./signing.ts";

/** What Discord got back from the bot's interactions endpoint. */
export interface HttpDelivery {
  readonly handle: InteractionHandle;
  /** HTTP status, or null when no response came before Discord's deadline. */
  readonly status: number | null;
  readonly body: unknown;
  /** Milliseconds from the interaction's creation (its snowflake time) to the response. */
  readonly ageMs: number;
}

/**
 * Delivers an interaction the way Discord does in HTTP interactions mode: a signed POST to the
 * bot's endpoint, given up on 3 s after the interaction's creation (its snowflake time, so an
 * interaction built with an older id has less time left). A 200 response is applied as the
 * interaction's initial callback (recorded on the handle like a gateway bot's callback, so
 * follow-ups and PATCH @original work afterwards).
 */
export async function deliverOverHttp(
  ctx: InteractionRouteContext,
  privateKey: KeyObject,
  url: string,
  payload: APIInteraction,
): Promise<HttpDelivery> {
  const handle = ctx.interactions.register(payload);
  const created = SnowflakeUtil.timestampFrom(payload.id);
  const text = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = discordSignature(privateKey, timestamp, text);
  const left = Math.max(1, ctx.limits.ackDeadlineMs - (Date.now() - created));
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-signature-ed25519": signature,
      "x-signature-timestamp": timestamp,
    },
    body: text,
    signal: AbortSignal.timeout(left),
  }).catch(() => undefined);
  const ageMs = Date.now() - created;
  if (!response) return { handle, status: null, body: undefined, ageMs };
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status === 200) {
    const req = {
      method: "POST",
      path: `/interactions/${payload.id}/${payload.token}/callback`,
      query: new URLSearchParams(),
      body: { json: body, files: [] },
    };
    try {
      handleCallback(ctx, req, { id: payload.id, token: payload.token });
    } catch (error) {
      // Refused as Discord would refuse it; already recorded on the handle.
      if (!(error instanceof DiscordHttpError)) throw error;
    }
  }
  return { handle, status: response.status, body, ageMs };
}
