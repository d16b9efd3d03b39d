import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** Where the bundled story lives: used when CORPUS_DIR is not set. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(new URL("../corpus", import.meta.url));

/** The feedback database and the generated salt: `data/` in the project (git-ignored) unless DATA_DIR says. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../data", import.meta.url));

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

/** A PostgreSQL URL; the message never repeats the value (it holds a password). */
const databaseUrl = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          return ["postgres:", "postgresql:"].includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      { message: "must be a PostgreSQL URL such as postgres://user:password@127.0.0.1:5432/newsdesk" },
    )
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
  /** The feedback database's folder (SQLite file, generated salt); relative to the working folder. */
  DATA_DIR: optionalText,
  /** Feedback in PostgreSQL, shared by every instance, instead of SQLite in DATA_DIR. */
  DATABASE_URL: databaseUrl,
  /** The secret that user ids are hashed with; generated into DATA_DIR when unset. */
  FEEDBACK_SALT: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .min(16, "must be at least 16 characters (e.g. the output of: openssl rand -hex 32)")
      .optional(),
  ),
  FEEDBACK_RETENTION_DAYS: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ message: "must be a whole number of days" })
      .int("must be a whole number of days")
      .min(1, "must be at least 1 day")
      .max(36_500, "must be at most 36500 days")
      .default(180),
  ),
});

export type Config = z.infer<typeof EnvSchema> & { corpusDir: string; dataDir: string };

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
  return {
    ...config,
    corpusDir: config.CORPUS_DIR ?? DEFAULT_CORPUS_DIR,
    dataDir: config.DATA_DIR ? resolve(config.DATA_DIR) : DEFAULT_DATA_DIR,
  };
}
