import { type BotHandle, type StartOptions, startBot } from "../../bot/start.ts";
import { loadConfig } from "../../src/config.ts";

/**
 * The bot in HTTP mode on a free port of 127.0.0.1, signals left to the test runner: `env` adds to
 * the configuration (log level, cooldown, corpus), `options` to the start (engines, log stream).
 */
export function startHttpBot(
  publicKeyHex: string,
  options: StartOptions,
  env: Record<string, string> = {},
): Promise<BotHandle> {
  const config = loadConfig({ INTERACTIONS_MODE: "http", DISCORD_PUBLIC_KEY: publicKeyHex, ...env });
  return startBot({ ...config, PORT: 0 }, { host: "127.0.0.1", handleSignals: false, ...options });
}
