import type { APIInteraction, APIMessage } from "discord.js";
import { InteractionRecord } from "./interaction-record.ts";

/** Every interaction dispatched so far, findable by id (callbacks) and by token (webhooks). */
export class InteractionRegistry {
  /** All messages the bot's interactions created or touched, keyed by id; deleted ones are removed. */
  readonly messages = new Map<string, APIMessage>();
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  register(payload: APIInteraction): InteractionRecord {
    const record = new InteractionRecord(payload, this.messages);
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
    // A clicked button lives on a message the bot sent earlier; keep the newest copy we know of.
    if (payload.message && !this.messages.has(payload.message.id))
      this.messages.set(payload.message.id, payload.message);
    return record;
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  withToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  all(): InteractionRecord[] {
    return [...this.byId.values()];
  }

  abandonAll(reason: string): void {
    for (const record of this.byId.values()) record.abandon(reason);
  }
}
