import { type ChildProcess, spawn } from "node:child_process";
import type { Standin } from "./discord-standin/index.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

/**
 * Starts the bot as `src/main.ts` in its own process, pointed at the Discord stand-in, with only
 * the environment given (and PATH): the way an operator runs it, without this process's variables.
 */
export function spawnBot(standin: Standin, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: standin.token,
      DISCORD_APPLICATION_ID: standin.applicationId,
      DISCORD_API_URL: standin.apiUrl,
      LOG_LEVEL: "info",
      ...(process.env.NEWSDESK_CACHE_DIR ? { NEWSDESK_CACHE_DIR: process.env.NEWSDESK_CACHE_DIR } : {}),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
