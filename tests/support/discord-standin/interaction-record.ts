import type {
  APIApplicationCommandOptionChoice,
  APIInteraction,
  APIMessage,
  InteractionResponseType,
} from "discord.js";
import type { UploadedFile } from "./http.ts";
import type { MessageInput } from "./messages.ts";

export type InteractionEventKind = "callback" | "edit" | "followup" | "fetch" | "delete";

/** The message-ish part of what the bot sent: callback `data`, or the whole webhook body. */
export interface RecordedData extends MessageInput {
  choices?: APIApplicationCommandOptionChoice[];
  custom_id?: string;
  title?: string;
  [key: string]: unknown;
}

/** One request the bot made about this interaction, accepted or not. */
export interface InteractionEvent {
  readonly kind: InteractionEventKind;
  readonly method: string;
  /** Versionless API path, e.g. "/webhooks/<app>/<token>/messages/@original". */
  readonly path: string;
  readonly status: number;
  readonly ok: boolean;
  /** Discord's JSON error code when rejected (40060, 10062, 50035, ...); null when accepted. */
  readonly errorCode: number | null;
  /** True when the answer came from failNext() rather than from Discord's rules. */
  readonly injected: boolean;
  /** Wall clock (Date.now()) when the stand-in received the request. */
  readonly at: number;
  /** Milliseconds since INTERACTION_CREATE was dispatched; what "acknowledged within 3 s" is measured on. */
  readonly elapsedMs: number;
  readonly callbackType: InteractionResponseType | null;
  readonly data: RecordedData | null;
  readonly body: unknown;
  readonly files: readonly UploadedFile[];
  /** The message created, edited, fetched or deleted, when there is one. */
  readonly messageId: string | null;
}

export type EventMatch = InteractionEventKind | ((event: InteractionEvent) => boolean);

/** What a test holds after sendInteraction(): the dispatched payload and everything the bot did about it. */
export interface InteractionHandle {
  readonly id: string;
  readonly token: string;
  readonly payload: APIInteraction;
  /** Date.now() when INTERACTION_CREATE was handed to the gateway. */
  readonly dispatchedAt: number;
  readonly events: readonly InteractionEvent[];
  /** The accepted initial callback, if any yet. */
  readonly acknowledgement: InteractionEvent | null;
  /** Current state of the @original message (after edits), or null. */
  readonly original: APIMessage | null;
  /** Current state of follow-up messages that were created as new messages. */
  readonly followUps: readonly APIMessage[];
  /** Resolves with the accepted initial callback; rejects after timeoutMs (default 5000). */
  callback(timeoutMs?: number): Promise<InteractionEvent>;
  /** Resolves with the first event (past or future) matching; rejects after timeoutMs (default 5000). */
  waitFor(match: EventMatch, timeoutMs?: number): Promise<InteractionEvent>;
}

interface Waiter {
  readonly predicate: (event: InteractionEvent) => boolean;
  readonly resolve: (event: InteractionEvent) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

const toPredicate = (match: EventMatch) =>
  typeof match === "function" ? match : (event: InteractionEvent) => event.kind === match && event.ok;

export class InteractionRecord implements InteractionHandle {
  readonly id: string;
  readonly token: string;
  readonly dispatchedAt = Date.now();
  private readonly dispatchedClock = performance.now();
  readonly events: InteractionEvent[] = [];
  acknowledgement: InteractionEvent | null = null;
  originalMessageId: string | null = null;
  readonly followUpIds: string[] = [];
  private waiters: Waiter[] = [];

  constructor(
    readonly payload: APIInteraction,
    private readonly messages: ReadonlyMap<string, APIMessage>,
  ) {
    this.id = payload.id;
    this.token = payload.token;
  }

  elapsedMs(): number {
    return performance.now() - this.dispatchedClock;
  }

  get original(): APIMessage | null {
    return this.originalMessageId === null ? null : (this.messages.get(this.originalMessageId) ?? null);
  }

  get followUps(): APIMessage[] {
    return this.followUpIds.flatMap((id) => this.messages.get(id) ?? []);
  }

  record(event: InteractionEvent): void {
    this.events.push(event);
    if (event.kind === "callback" && event.ok && this.acknowledgement === null) this.acknowledgement = event;
    const ready = this.waiters.filter((waiter) => waiter.predicate(event));
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) {
      clearTimeout(waiter.timer);
      waiter.resolve(event);
    }
  }

  callback(timeoutMs = 5000): Promise<InteractionEvent> {
    return this.waitFor("callback", timeoutMs);
  }

  waitFor(match: EventMatch, timeoutMs = 5000): Promise<InteractionEvent> {
    const predicate = toPredicate(match);
    const past = this.events.find(predicate);
    if (past) return Promise.resolve(past);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter.timer !== timer);
        const seen = this.events.map((event) => `${event.kind}:${event.status}`).join(", ") || "nothing";
        reject(new Error(`interaction ${this.id}: no matching event within ${timeoutMs} ms (saw ${seen})`));
      }, timeoutMs);
      this.waiters.push({ predicate, resolve, reject, timer });
    });
  }

  /** Fails outstanding waits at shutdown so a test never hangs on a closed stand-in. */
  abandon(reason: string): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`interaction ${this.id}: ${reason}`));
    }
    this.waiters = [];
  }
}
