import { config as loadDotenv } from "dotenv";
import { explain } from "./cli/explain.ts";
import { runRepl } from "./cli/repl.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { StoreError } from "./feedback/store.ts";
import { openEngine } from "./open.ts";
import { formatProblem, terminalSafe } from "./render/terminal.ts";

/**
 * `npm start`: with DISCORD_TOKEN set (or INTERACTIONS_MODE=http), the Discord bot; otherwise the terminal session
 * on the bundled corpus, so anyone can try newsdesk straight after `npm install`.
 */
async function start(): Promise<void> {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  if (!config.DISCORD_TOKEN && config.INTERACTIONS_MODE !== "http") {
    const engine = openEngine(config.corpusDir, (p) => process.stderr.write(`corpus: ${formatProblem(p)}\n`));
    // SIGINT or SIGTERM ends the session like Ctrl-D (exit 0). The handler stays for a second
    // signal: under npm a Ctrl-C arrives twice, from the terminal and from npm.
    const stop = new AbortController();
    const end = () => stop.abort();
    process.on("SIGINT", end);
    process.on("SIGTERM", end);
    await runRepl(engine, process.stdin, process.stdout, stop.signal);
    return;
  }
  const { startBot } = await import("../bot/start.ts");
  // The feedback store (SQLite in DATA_DIR, or PostgreSQL at DATABASE_URL), opened by the bot so
  // that its events go to the bot's log; a database that cannot be reached stops the start.
  const { openStore, storeConfigOf } = await import("./store/open-store.ts");
  await startBot(config, { openStore: (log) => openStore(storeConfigOf(config), log) });
}

start().catch((error: unknown) => {
  try {
    // A store that cannot be opened (DATABASE_URL unreachable, DATA_DIR not writable) is said plainly.
    if (error instanceof StoreError) {
      process.stderr.write(`${terminalSafe(error.message, { lines: true })}\n`);
      process.exitCode = 1;
    } else process.exitCode = explain(error);
  } catch {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
    );
    process.exitCode = 1;
  }
  // A failed start exits now, with that code: no handle it left open may keep the process waiting.
  setTimeout(() => process.exit(), 1000).unref();
});
