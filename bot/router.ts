import { type ApplicationCommandType, DiscordAPIError, RESTJSONErrorCodes, SnowflakeUtil } from "discord.js";
import type { Logger } from "pino";
import { readCustomId } from "../discord/components/index.ts";
import { commandKey } from "../discord/kit/builders.ts";
import { type ComponentContext, STALE_BUTTON } from "../discord/kit/component.ts";
import { withFeedback } from "../discord/kit/feedback.ts";
import type { BotMessage, Command, CommandInput } from "../discord/kit/types.ts";
import { corpusVersion } from "../src/corpus/version.ts";
import type { Engine } from "../src/engine.ts";
import { UserError } from "../src/reply/errors.ts";
import { counted } from "../src/text/plural.ts";
import type { CooldownPolicy } from "./cooldown.ts";
import type { Feedback } from "./feedback.ts";
import { defer, type Exchange, respond, respondChoices, showModal } from "./respond.ts";

/** Where an interaction happened: the server and channel ids (none in a DM). */
interface Place {
  guildId?: string | null;
  channelId?: string | null;
}

/** An interaction as the router sees it, whichever way it arrived. */
export type Incoming =
  | ({
      kind: "command";
      id: string;
      userId: string;
      commandName: string;
      commandType: ApplicationCommandType;
      input: CommandInput;
    } & Place)
  | ({
      kind: "autocomplete";
      id: string;
      userId: string;
      commandName: string;
      focused: { name: string; value: string };
    } & Place)
  | ({ kind: "button"; id: string; userId: string; customId: string } & Place)
  | ({
      kind: "modal";
      id: string;
      userId: string;
      /** The form's custom id. */
      customId: string;
      /** Its fields by custom id: a text input's text, a select's values. */
      values: Record<string, string | readonly string[]>;
    } & Place);

/** Where each interaction takes its engine from (a live-reload holder or one fixed engine). */
export interface EngineSource {
  current(): Engine;
}

export interface RouterOptions {
  engines: EngineSource;
  commands: readonly Command[];
  cooldown: CooldownPolicy;
  log: Logger;
  /** Records answers and votes; without it answers carry no 👍 / 👎 and nothing is recorded. */
  feedback?: Feedback;
  /** Acknowledge ("thinking…") when an answer takes longer than this; Discord allows 3 s. */
  deferAfterMs?: number;
  /**
   * An interaction this old (from its snowflake) when its work starts is acknowledged first; and
   * one not answered by this age is acknowledged then, whatever `deferAfterMs` says. Default 2000 ms.
   */
  deferAtAgeMs?: number;
  /** An interaction this old is past Discord's deadline: it is dropped, not answered. Default 3000 ms. */
  expireAtAgeMs?: number;
  /**
   * Interactions worked on at once, from the work to the answer sent. The rest wait their turn,
   * newest first (it has the most time left), and are checked against the deadline again when it
   * comes. Default 64.
   */
  maxInFlight?: number;
}

export const APOLOGY = "Sorry, something went wrong while answering. It has been logged; please try again.";

export type Router = (incoming: Incoming, exchange: Exchange) => Promise<void>;

/**
 * Routes every interaction: cooldown, the command's handler, and one error handler —
 * a `UserError` is shown to the user as it is, anything else is logged with the
 * interaction id and answered with a short ephemeral apology. Never throws.
 */
export function createRouter(options: RouterOptions): Router {
  const byKey = new Map(options.commands.map((c) => [commandKey(c.data.type, c.data.name), c]));
  const deferAfterMs = options.deferAfterMs ?? 2000;
  const deferAtAgeMs = options.deferAtAgeMs ?? DEFER_AT_AGE_MS;
  const expireAtAgeMs = options.expireAtAgeMs ?? EXPIRE_AT_AGE_MS;
  const now = Date.now;
  const gate = new Gate(options.maxInFlight ?? MAX_IN_FLIGHT);

  return async (incoming, exchange) => {
    const started = performance.now();
    const born = createdAt(incoming.id, now());
    const age = () => now() - born;
    const command =
      incoming.kind === "button" || incoming.kind === "modal" ? undefined : byKey.get(key(incoming));
    const label =
      incoming.kind === "button" || incoming.kind === "modal"
        ? `${incoming.kind}:${incoming.customId.split(":")[1] ?? "?"}`
        : incoming.commandName;
    // Known before anything is awaited, so that a deferral by the transport's own deadline has it too.
    exchange.ephemeral = deferEphemeral(incoming) || command?.ephemeral === true;
    const ephemeral = exchange.ephemeral;
    let outcome = "ok";
    let lostCode: number | undefined;
    let leave = () => {};
    try {
      // Past the deadline already: Discord has shown "This interaction failed", any answer would be
      // refused (10062). Nothing is sent, and the cooldown is not charged.
      if (age() >= expireAtAgeMs) {
        outcome = "expired";
        return;
      }
      // Handlers are synchronous: yield once so that interactions queued behind this one are seen
      // (and the old ones among them acknowledged) before this one's work holds the thread. Then
      // wait for a turn: a burst is worked through a few at a time instead of thousands of
      // requests at once, each of them late.
      await yieldToLoop();
      leave = await gate.enter();
      if (age() >= expireAtAgeMs) {
        outcome = "expired";
        return;
      }
      const engine = options.engines.current();
      const context: ComponentContext = {
        engine,
        corpusVersion: corpusVersion(engine.corpus),
        ...(options.feedback ? { feedback: options.feedback.store, votes: options.feedback } : {}),
      };
      if (incoming.kind === "autocomplete") {
        await respondChoices(exchange, command?.autocomplete?.(incoming.focused, context) ?? []);
        return;
      }
      // Old already (a backlog, a slow gateway): acknowledge before the work, not after it.
      const deferIfOld = () => (age() >= deferAtAgeMs ? defer(exchange, ephemeral) : undefined);
      /**
       * Answers with what `produce` makes. Work that awaits (I/O, a worker, the store) is raced
       * against the clock: the deferral goes out when the answer takes longer than deferAfterMs, or
       * the interaction reaches deferAtAgeMs.
       */
      const answer = async (produce: () => BotMessage | Promise<BotMessage>): Promise<BotMessage> => {
        await deferIfOld();
        const work = Promise.resolve().then(produce);
        const timer = deadline(Math.min(deferAfterMs, deferAtAgeMs - age()));
        const early = await Promise.race([work, timer.done]);
        timer.cancel();
        if (early === undefined) await defer(exchange, ephemeral);
        const message = early ?? (await work);
        // An answer members may vote on carries 👍 / 👎, keyed by this interaction's id.
        const sent = message.feedback && options.feedback ? withFeedback(message, incoming.id) : message;
        await respond(exchange, sent);
        return message;
      };
      if (incoming.kind === "button" || incoming.kind === "modal") {
        // Dispatched by the id's prefix (discord/components/): an id no component reads is stale.
        const read = readCustomId(incoming.customId, incoming.kind);
        if (!read) throw new UserError(STALE_BUTTON);
        const { component, value } = read;
        const input = {
          id: incoming.id,
          userId: incoming.userId,
          values: incoming.kind === "modal" ? incoming.values : {},
        };
        if ("openForm" in component) {
          // A form must be the first response: never deferred, nothing awaited before it.
          await showModal(exchange, component.openForm(value, input, context));
          return;
        }
        await answer(() => component.answer(value, input, context));
        return;
      }
      if (!command) throw new UserError("This command is not known to this version of the bot.");
      if (command.cooldown) {
        const taken = await options.cooldown.take(incoming.userId);
        if (!taken.ok) {
          outcome = "cooldown";
          const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
          throw new UserError(
            `You're asking quickly: please wait ${counted(seconds, "second")} before the next question.`,
          );
        }
      }
      const message = await answer(() => command.execute(incoming.input, context));
      // Recorded once sent, in the background: the store never delays or breaks an answer.
      if (message.feedback && options.feedback)
        options.feedback.recordAnswer(incoming, message.feedback, context.corpusVersion);
    } catch (error) {
      if (isLost(error)) {
        // The interaction is gone (answered too late, or already answered): nothing can reach the
        // user on it, so no apology, and one log line below.
        outcome = "lost";
        lostCode = error.code as number;
        return;
      }
      if (outcome === "ok") outcome = error instanceof UserError ? "user-error" : "error";
      await answerError(error, incoming, exchange, options.log);
    } finally {
      leave();
      const line = {
        interaction: incoming.id,
        kind: incoming.kind,
        command: label,
        ms: Math.round(performance.now() - started),
        ageMs: Math.round(age()),
        outcome,
        ...(exchange.deferred ? { deferred: true } : {}),
        ...(lostCode !== undefined ? { code: lostCode } : {}),
      };
      if (outcome === "expired" || outcome === "lost") options.log.warn(line, "interaction");
      else options.log.info(line, "interaction");
    }
  };
}

/** Acknowledge first from this age on; Discord drops an interaction not acknowledged within 3 s. */
export const DEFER_AT_AGE_MS = 2000;
export const EXPIRE_AT_AGE_MS = 3000;
/** See RouterOptions.maxInFlight. */
export const MAX_IN_FLIGHT = 64;
/** An interaction's token lives 15 min: an id older than that cannot be a delivery delay. */
const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Clocks a little apart: an id up to this far in the future is taken as made now. */
const FUTURE_TOLERANCE_MS = 60_000;

/**
 * When Discord created an interaction, in ms since 1970, from its id (a snowflake). When that
 * time cannot be a delivery delay — older than an interaction's 15-minute token, or well in the
 * future — the clock or the id is off, and the interaction is taken as created `now`.
 */
export function createdAt(id: string, now: number): number {
  // discord.js reads the snowflake; an id that is no number gives NaN.
  const at = SnowflakeUtil.timestampFrom(id);
  if (!Number.isFinite(at)) return now;
  if (now - at > TOKEN_LIFETIME_MS || at - now > FUTURE_TOLERANCE_MS) return now;
  return Math.min(at, now);
}

/**
 * A deferral is ephemeral when the answer will be: a private question, a button's or a form's answer.
 * (A command whose answers are always for the asker says so itself: `Command.ephemeral`.)
 */
export function deferEphemeral(incoming: Incoming): boolean {
  return incoming.kind === "command"
    ? incoming.input.options.private === true
    : incoming.kind === "button" || incoming.kind === "modal";
}

/** Codes meaning the interaction can take nothing more: unknown (past 3 s), already answered, token void. */
const LOST_CODES: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
  RESTJSONErrorCodes.UnknownWebhook,
  RESTJSONErrorCodes.InvalidWebhookToken,
]);

/** True for Discord's refusal of a response because the interaction is lost (see LOST_CODES). */
export function isLost(error: unknown): error is DiscordAPIError {
  return error instanceof DiscordAPIError && typeof error.code === "number" && LOST_CODES.has(error.code);
}

/** An autocomplete is for a slash command's option. */
function key(incoming: Extract<Incoming, { kind: "command" | "autocomplete" }>): string {
  return commandKey(incoming.kind === "command" ? incoming.commandType : undefined, incoming.commandName);
}

/** The central error handler: what the user reads, and what is logged. */
export async function answerError(
  error: unknown,
  incoming: Incoming,
  exchange: Exchange,
  log: Logger,
): Promise<void> {
  const expected = error instanceof UserError;
  if (!expected)
    log.error({ err: error, interaction: incoming.id, kind: incoming.kind }, "interaction failed");
  try {
    if (incoming.kind === "autocomplete") {
      await respondChoices(exchange, []);
      return;
    }
    const text = expected ? (error as UserError).message : APOLOGY;
    await respond(exchange, { content: text, embeds: [], ephemeral: true });
  } catch (sendError) {
    // Lost meanwhile: the user cannot be told, and the interaction's line says so already.
    if (isLost(sendError)) log.debug({ interaction: incoming.id, code: sendError.code }, "interaction lost");
    else log.error({ err: sendError, interaction: incoming.id }, "could not send the error message");
  }
}

/**
 * At most `max` holders at once; the others wait, and a freed place goes to the newest waiter:
 * under a backlog it has the most time left before its deadline, while the oldest would likely
 * be late anyway (they are dropped when their turn comes, at no cost).
 */
class Gate {
  private inside = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly max: number) {}

  /** Resolves with the function that gives the place back (once). */
  async enter(): Promise<() => void> {
    if (this.inside >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.inside++;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.waiting.pop();
      if (next) next();
      else this.inside--;
    };
  }
}

/** Lets pending I/O and timers run (setImmediate), then resumes. */
function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Resolves with undefined after `ms` (at once when `ms` ≤ 0), unless cancelled first. */
function deadline(ms: number): { done: Promise<undefined>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, ms));
    timer.unref();
  });
  return { done, cancel: () => clearTimeout(timer) };
}
