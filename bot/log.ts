import pino, { type DestinationStream, type Logger } from "pino";

/** Paths never written to the log, wherever they appear. */
export const REDACTED_PATHS = [
  "token",
  "*.token",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "authorization",
  "*.authorization",
  "headers.authorization",
];

/**
 * Interaction and webhook tokens sit in REST URLs (`/interactions/<id>/<token>/callback`,
 * `/webhooks/<app>/<token>/…`) and are credentials for 15 minutes; discord.js errors carry that URL.
 */
export function maskUrlTokens(text: string): string {
  return text.replace(/(\/(?:interactions|webhooks)\/\d+\/)[^/?\s"]+/g, "$1[redacted]");
}

/** pino's error serializer, with the tokens in a failed request's URL masked. */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== "object") return serialized;
  for (const key of ["url", "message", "stack"]) {
    const value = serialized[key];
    if (typeof value === "string") serialized[key] = maskUrlTokens(value);
  }
  return serialized;
}

/** The bot's logger: JSON lines, secrets redacted. Pass a stream to capture the lines (tests). */
export function createLogger(level: string, stream?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: "newsdesk" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    serializers: { err: serializeError },
  };
  return stream ? pino(options, stream) : pino(options);
}
