import { fileURLToPath } from "node:url";
import { z } from "zod";

/** Where the bundled story lives: used when CORPUS_DIR is not set. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL("../corpus", import.meta.url));

const optionalText = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z.string().trim().optional(),
);
const snowflake = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string()
    .regex(/^\d{17,20}$/, "must be a Discord id (17 to 20 digits)")
    .optional(),
);

const EnvSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .url({ message: "must be an http(s) URL such as http://127.0.0.1:8787/api", protocol: /^https?$/ })
      .optional(),
  ),
  DISCORD_PUBLIC_KEY: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key (64 hex characters)")
      .optional(),
  ),
  CORPUS_DIR: optionalText,
  /** `true` lets a link in the corpus folder point at a file outside it (read by src/corpus/load.ts). */
  CORPUS_FOLLOW_LINKS: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  INTERACTIONS_MODE: z.enum(["gateway", "http"]).default("gateway"),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  COOLDOWN_QUESTIONS: z.coerce.number().int().min(1).max(1000).default(5),
  COOLDOWN_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
});

export type Config = z.infer<typeof EnvSchema> & { corpusDir: string };

/** A config value is missing or wrong; the message names the variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Validates the environment once, at start. Throws a `ConfigError` naming each bad variable.
 * Reading `.env` is the caller's job (see `src/main.ts`), so tests can pass any record.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Bad configuration:\n  ${lines.join("\n  ")}`);
  }
  const config = result.data;
  if (config.INTERACTIONS_MODE === "http" && !config.DISCORD_PUBLIC_KEY) {
    throw new ConfigError("Bad configuration:\n  DISCORD_PUBLIC_KEY: required when INTERACTIONS_MODE=http");
  }
  return { ...config, corpusDir: config.CORPUS_DIR ?? DEFAULT_CORPUS_DIR };
}
