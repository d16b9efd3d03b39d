import type { Logger } from "pino";
import type { Engine } from "../src/engine.ts";
import { UserError } from "../src/reply/errors.ts";
import type { Cooldown } from "./cooldown.ts";
import { parseCustomId } from "./custom-id.ts";
import { corpusVersion, presentMore, presentParagraph, STALE_BUTTON } from "./present.ts";
import { defer, type Exchange, respond, respondChoices } from "./respond.ts";
import type { BotMessage, Command, CommandContext, CommandInput } from "./types.ts";

/** An interaction as the router sees it, whichever way it arrived. */
export type Incoming =
  | {
      kind: "command";
      id: string;
      userId: string;
      commandName: string;
      /** 1 slash command, 2 user context menu, 3 message context menu. */
      commandType: number;
      input: CommandInput;
    }
  | {
      kind: "autocomplete";
      id: string;
      userId: string;
      commandName: string;
      focused: { name: string; value: string };
    }
  | { kind: "button"; id: string; userId: string; customId: string };

/** Where each interaction takes its engine from (a live-reload holder or one fixed engine). */
export interface EngineSource {
  current(): Engine;
}

export interface RouterOptions {
  engines: EngineSource;
  commands: readonly Command[];
  cooldown: Cooldown;
  log: Logger;
  /** Acknowledge ("thinking…") when an answer takes longer than this; Discord allows 3 s. */
  deferAfterMs?: number;
}

export const APOLOGY = "Sorry, something went wrong while answering. It has been logged; please try again.";

export type Router = (incoming: Incoming, exchange: Exchange) => Promise<void>;

/**
 * Routes every interaction: cooldown, the command's handler, and one error handler —
 * a `UserError` is shown to the user as it is, anything else is logged with the
 * interaction id and answered with a short ephemeral apology. Never throws.
 */
export function createRouter(options: RouterOptions): Router {
  const byKey = new Map(options.commands.map((c) => [`${c.data.type ?? 1}:${c.data.name}`, c]));
  const deferAfterMs = options.deferAfterMs ?? 2000;

  return async (incoming, exchange) => {
    const started = performance.now();
    const command = incoming.kind === "button" ? undefined : byKey.get(key(incoming));
    const label =
      incoming.kind === "button" ? `button:${incoming.customId.split(":")[1] ?? "?"}` : incoming.commandName;
    let outcome = "ok";
    try {
      const engine = options.engines.current();
      const context: CommandContext = {
        engine,
        corpusVersion: corpusVersion(engine.corpus),
        commands: options.commands,
      };
      if (incoming.kind === "autocomplete") {
        await respondChoices(exchange, command?.autocomplete?.(incoming.focused, context) ?? []);
        return;
      }
      if (incoming.kind === "button") {
        await respond(exchange, pressButton(incoming.customId, context));
        return;
      }
      if (!command) throw new UserError("This command is not known to this version of the bot.");
      if (command.cooldown) {
        const taken = options.cooldown.take(incoming.userId);
        if (!taken.ok) {
          outcome = "cooldown";
          const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
          throw new UserError(`You're asking quickly: please wait ${seconds} s before the next question.`);
        }
      }
      const work = Promise.resolve().then(() => command.execute(incoming.input, context));
      const early = await Promise.race([work, sleep(deferAfterMs).then(() => undefined)]);
      if (early === undefined) await defer(exchange, incoming.input.options.private === true);
      await respond(exchange, early ?? (await work));
    } catch (error) {
      if (outcome === "ok") outcome = error instanceof UserError ? "user-error" : "error";
      await answerError(error, incoming, exchange, options.log);
    } finally {
      options.log.info(
        {
          interaction: incoming.id,
          kind: incoming.kind,
          command: label,
          ms: Math.round(performance.now() - started),
          outcome,
        },
        "interaction",
      );
    }
  };
}

function key(incoming: Extract<Incoming, { kind: "command" | "autocomplete" }>): string {
  return `${incoming.kind === "command" ? incoming.commandType : 1}:${incoming.commandName}`;
}

function pressButton(customId: string, context: CommandContext): BotMessage {
  const parsed = parseCustomId(customId, context.corpusVersion);
  if (!parsed.ok) throw new UserError(STALE_BUTTON);
  const action = parsed.value;
  return action.action === "more"
    ? presentMore(context.engine, action.passageIds, context.corpusVersion)
    : presentParagraph(context.engine, action.passageId);
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
    log.error({ err: sendError, interaction: incoming.id }, "could not send the error message");
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
