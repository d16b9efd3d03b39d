import type { Client } from "discord.js";
import type { DestinationStream, Logger } from "pino";
import { loadCommands } from "../commands/index.ts";
import type { Config } from "../src/config.ts";
import { type EngineHolder, watchCorpus } from "../src/live.ts";
import { Cooldown } from "./cooldown.ts";
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

/** Starts the Discord bot in the configured mode: the gateway (discord.js client) or HTTP interactions. */
export async function startBot(config: Config, options: StartOptions = {}): Promise<BotHandle> {
  const log = createLogger(config.LOG_LEVEL, options.logStream);
  // The corpus folder is watched: a changed article is rebuilt in the background and swapped in,
  // questions meanwhile are answered from the engine in place.
  const live = options.engines
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
  const engines: EngineSource = options.engines ?? (live as EngineHolder);
  const commands = loadCommands();
  const route = createRouter({
    engines,
    commands,
    cooldown: new Cooldown(config.COOLDOWN_QUESTIONS, config.COOLDOWN_SECONDS * 1000),
    log,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  });

  const onRejection = (reason: unknown) =>
    log.error({ err: reason }, "unhandled promise rejection (process keeps running)");
  process.on("unhandledRejection", onRejection);

  let stop: () => Promise<void>;
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
    throw error;
  }

  let closing: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal }, "shutting down");
    void handle.close().then(() => {
      process.exitCode = 0;
    });
  };
  handle.close = () => {
    closing ??= (async () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      try {
        live?.close();
        await stop();
      } finally {
        process.off("unhandledRejection", onRejection);
        log.info("stopped");
      }
    })();
    return closing;
  };
  if (options.handleSignals !== false) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
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
