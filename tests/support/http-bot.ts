import { expect } from "vitest";
import { type BotHandle, type StartOptions, startBot } from "../../bot/start.ts";
import { loadConfig } from "../../src/config.ts";
import type { HttpDelivery } from "./discord-standin/index.ts";

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

/** The parts of an HTTP interaction response the tests read: a message, or a form (type 9). */
export type HttpReply = {
  type?: number;
  data?: {
    content?: string;
    flags?: number;
    custom_id?: string;
    title?: string;
    embeds?: Array<{ title?: string; description?: string }>;
    components?: Array<{ components: Array<{ label?: string; custom_id?: string }> }>;
  };
};

/** The response the bot gave over HTTP, which must have been accepted (200). */
export function replyBody(delivery: HttpDelivery): HttpReply {
  expect(delivery.status).toBe(200);
  return delivery.body as HttpReply;
}
