import { randomBytes } from "node:crypto";

const DISCORD_EPOCH_MS = 1_420_070_400_000n;
let increment = 0n;

/**
 * Real-looking snowflakes (timestamp in the top bits) so code that derives
 * creation times from ids, as discord.js does, sees plausible values.
 */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  const workerAndProcess = 1n << 17n;
  return (((BigInt(at) - DISCORD_EPOCH_MS) << 22n) | workerAndProcess | increment).toString();
}

/** Discord interaction tokens are base64 of "interaction:<id>:<secret>"; the bot must treat them as opaque. */
export function interactionToken(interactionId: string): string {
  const secret = randomBytes(96).toString("base64url");
  return Buffer.from(`interaction:${interactionId}:${secret}`).toString("base64url");
}

export function sessionId(): string {
  return randomBytes(16).toString("hex");
}
