import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Standin } from "./discord-standin/index.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

/** The environment that points the bot, in gateway mode, at the stand-in. */
export function standinEnv(standin: Standin): Record<string, string> {
  return {
    DISCORD_TOKEN: standin.token,
    DISCORD_APPLICATION_ID: standin.applicationId,
    DISCORD_API_URL: standin.apiUrl,
    LOG_LEVEL: "info",
  };
}

/**
 * Starts the bot as `src/main.ts` in its own process, pointed at the Discord stand-in, with only
 * the environment given (and PATH): the way an operator runs it, without this process's variables.
 * Its feedback database goes to a folder of its own, removed when it exits, unless `env` names a
 * DATA_DIR (a test that reads the database afterwards).
 */
export function spawnBot(standin: Standin, env: Record<string, string> = {}): ChildProcess {
  const dataDir = env.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), "newsdesk-data-"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      ...standinEnv(standin),
      ...(process.env.NEWSDESK_CACHE_DIR ? { NEWSDESK_CACHE_DIR: process.env.NEWSDESK_CACHE_DIR } : {}),
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (dataDir) child.once("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  return child;
}

/**
 * Stops a bot process as an operator would: SIGTERM, up to `waitMs` for it to drain and exit,
 * then SIGKILL. Nothing to do for one that has already exited.
 */
export async function stopBot(child: ChildProcess, waitMs = 5000): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, waitMs))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}
