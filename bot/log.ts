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

/** The bot's logger: JSON lines, secrets redacted. Pass a stream to capture the lines (tests). */
export function createLogger(level: string, stream?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: "newsdesk" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  return stream ? pino(options, stream) : pino(options);
}
