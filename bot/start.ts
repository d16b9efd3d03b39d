import type { Client } from "discord.js";
import type { DestinationStream, Logger } from "pino";
import { loadCommands } from "../commands/index.ts";
import type { Config } from "../src/config.ts";
import { type EngineHolder, watchCorpus } from "../src/live.ts";
import type { OpenedStore } from "../src/store/open-store.ts";
import { Cooldown, type CooldownPolicy, SharedCooldown } from "./cooldown.ts";
import { drainable } from "./drain.ts";
import { Feedback } from "./feedback.ts";
import { startGateway } from "./gateway.ts";
import { type HttpHandle, startHttpServer } from "./http.ts";
import { createLogger } from "./log.ts";
import { createRouter, type EngineSource } from "./router.ts";

export interface StartOptions {
  /** Where log lines go (default stdout); tests capture them here. */
  logStream?: DestinationStream;
  /** Close cleanly on SIGINT and SIGTERM (default true; tests turn it off). */
  handleSignals?: boolean;
  /** Where each interaction takes its engine from (a live-reload holder); default: the corpus folder, watched and reloaded on change. */
  engines?: EngineSource;
  /** HTTP mode: the address to listen on (default all interfaces). */
  host?: string;
  /** When an answer is not ready after this, acknowledge first (default 2000 ms). */
  deferAfterMs?: number;
  /**
   * Opens the feedback store (`openStore` of src/store/open-store.ts, given the bot's log): answers
   * then carry 👍 / 👎 and are recorded, `/report` reads them, and with PostgreSQL the cooldown is
   * shared by every instance. The bot closes the store when it stops. Without it, no feedback.
   */
  openStore?: (log: (event: string, detail: Record<string, unknown>) => void) => Promise<OpenedStore>;
}

export interface BotHandle {
  mode: "gateway" | "http";
  log: Logger;
  /** The discord.js client, in gateway mode. */
  client?: Client;
  /** The HTTP server's base URL, in HTTP mode. */
  url?: string;
  /** Disconnects or stops listening, and removes the process handlers. */
  close(): Promise<void>;
}

/**
 * How long a shutdown waits for the interactions in flight: a container stop or a process manager
 * gives a process a few seconds, and it must be gone within 2 s of the signal.
 */
export const DRAIN_MS = 1500;
/** After a signal the process exits at the latest this long after it… */
const EXIT_DEADLINE_MS = 1850;
/** …or this long after the bot has closed, should something still hold it. */
const EXIT_GRACE_MS = 100;

/** Starts the Discord bot in the configured mode: the gateway (discord.js client) or HTTP interactions. */
export async function startBot(config: Config, options: StartOptions = {}): Promise<BotHandle> {
  const log = createLogger(config.LOG_LEVEL, options.logStream);
  // First, so that a database that cannot be reached stops the start before anything else is done.
  const opened = await options.openStore?.((event, detail) =>
    log.info({ ...detail, event }, "feedback store"),
  );
  if (opened) log.info({ store: opened.store.kind }, "feedback store open");
  // The corpus folder is watched: a changed article is rebuilt in the background and swapped in,
  // questions meanwhile are answered from the engine in place.
  const watch = () =>
    options.engines
      ? undefined
      : watchCorpus(config.corpusDir, {
          report: (problem) => log.warn({ file: problem.file, reason: problem.reason }, "corpus problem"),
          onReload: (outcome) => {
            for (const p of outcome.problems) log.warn({ file: p.file, reason: p.reason }, "corpus problem");
            if (outcome.error)
              log.error({ error: outcome.error }, "corpus reload failed; still serving the old corpus");
            else log.info({ swapped: outcome.swapped, ms: Math.round(outcome.ms) }, "corpus reloaded");
          },
          onCacheProblem: (reason) =>
            log.warn(
              { reason },
              "the persisted index cannot be used; answering from memory, the next start rebuilds",
            ),
        });
  let live: EngineHolder | undefined;
  try {
    live = watch();
  } catch (error) {
    await opened?.close().catch(() => {});
    throw error;
  }
  const engines: EngineSource = options.engines ?? (live as EngineHolder);
  const commands = loadCommands();
  const feedback = opened
    ? new Feedback({
        store: opened.store,
        hashUser: (id) => opened.hashUser(id),
        log,
        retentionDays: config.FEEDBACK_RETENTION_DAYS,
      })
    : undefined;
  const windowMs = config.COOLDOWN_SECONDS * 1000;
  // Several instances share PostgreSQL (DATABASE_URL): the cooldown is counted there, so that it
  // holds across them. One process (SQLite, or no store) counts it in memory.
  const cooldown: CooldownPolicy =
    opened?.store.kind === "postgres"
      ? new SharedCooldown(
          opened.store,
          (id) => opened.hashUser(id),
          config.COOLDOWN_QUESTIONS,
          windowMs,
          log,
        )
      : new Cooldown(config.COOLDOWN_QUESTIONS, windowMs);
  const route = drainable(
    createRouter({
      engines,
      commands,
      cooldown,
      log,
      ...(feedback ? { feedback } : {}),
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    }),
    log,
  );
  const closeStore = async () => {
    if (!opened) return;
    // Answers still being written get a moment; then the store's connections go.
    await feedback?.settle(200);
    await opened
      .close()
      .catch((error: unknown) => log.error({ err: error }, "closing the feedback store failed"));
  };

  const onRejection = (reason: unknown) =>
    log.error({ err: reason }, "unhandled promise rejection (process keeps running)");
  process.on("unhandledRejection", onRejection);

  let stop: () => Promise<void>;
  /** HTTP mode: no new connections (the gateway's interactions are turned away by the router). */
  let stopTaking = () => {};
  const handle: BotHandle = { mode: config.INTERACTIONS_MODE, log, close: async () => {} };
  try {
    if (config.INTERACTIONS_MODE === "http") {
      if (!config.DISCORD_PUBLIC_KEY)
        throw new Error("DISCORD_PUBLIC_KEY is required when INTERACTIONS_MODE=http");
      const server: HttpHandle = await startHttpServer({
        port: config.PORT,
        publicKey: config.DISCORD_PUBLIC_KEY,
        engines,
        route,
        log,
        ...(options.host ? { host: options.host } : {}),
        ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      });
      handle.url = server.url;
      stop = server.close;
      stopTaking = () => {
        server.server.close();
        server.server.closeIdleConnections();
      };
    } else {
      const token = config.DISCORD_TOKEN;
      if (!token) throw new Error("DISCORD_TOKEN is required in gateway mode");
      const client = await startGateway({ ...config, DISCORD_TOKEN: token }, route, log);
      handle.client = client;
      stop = () => client.destroy();
    }
  } catch (error) {
    live?.close();
    process.off("unhandledRejection", onRejection);
    await closeStore();
    throw error;
  }

  let closing: Promise<void> | undefined;
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // Once is enough: a Ctrl-C reaches the bot twice under npm (from the terminal and from npm),
    // and a second signal must not cut the shutdown short, so the handler stays until the exit.
    if (signalled) return;
    signalled = true;
    log.info({ signal }, "shutting down");
    const started = Date.now();
    // Normally the process ends by itself once closed. What a library leaves running must not hold
    // it: discord.js's shard, stopped while the gateway is unreachable, goes on trying to reconnect
    // (a 500 ms timer each round) after client.destroy(). So: exit shortly after the close, and in
    // any case before 2 s have passed (a close handshake Discord never answers waits 30 s).
    const exitIn = (ms: number, why: string) =>
      setTimeout(() => {
        log.warn({ ms: Date.now() - started, open: process.getActiveResourcesInfo() }, why);
        process.exit();
      }, ms).unref();
    process.exitCode = 0;
    exitIn(EXIT_DEADLINE_MS, "still stopping at the deadline; exiting");
    handle.close().then(
      () => exitIn(EXIT_GRACE_MS, "still running after stopping; exiting"),
      (error: unknown) => {
        log.error({ err: error }, "stopping failed");
        process.exitCode = 1;
        exitIn(EXIT_GRACE_MS, "exiting after a failed stop");
      },
    );
  };
  handle.close = () => {
    closing ??= (async () => {
      try {
        // New interactions are no longer taken; those in flight are answered (for at most
        // DRAIN_MS) before the connection to Discord goes.
        stopTaking();
        const unanswered = await route.drain(DRAIN_MS);
        if (unanswered > 0) log.warn({ interactions: unanswered }, "stopping with interactions unanswered");
        live?.close();
        try {
          await stop();
        } finally {
          await closeStore();
        }
      } finally {
        if (!signalled) {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
        }
        process.off("unhandledRejection", onRejection);
        log.info("stopped");
      }
    })();
    return closing;
  };
  if (options.handleSignals !== false) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  log.info(
    {
      mode: config.INTERACTIONS_MODE,
      commands: commands.length,
      articles: engines.current().corpus.articles.length,
    },
    "newsdesk bot started",
  );
  return handle;
}
