/**
 * Opens the feedback store the configuration asks for: PostgreSQL when `databaseUrl` is set
 * (instances share it), else SQLite at `<dataDir>/feedback.sqlite`. Migrates it, checks that it
 * was written with this salt, deletes what is older than the retention period, and does so again
 * every day until closed.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { type FeedbackStore, StoreError } from "../feedback/store.ts";
import { PostgresStore } from "./postgres.ts";
import { resolveSalt, SALT_FILE, saltCheck, userHasher } from "./salt.ts";
import { DEFAULT_BUSY_TIMEOUT_MS, SQLITE_FILE, SqliteStore } from "./sqlite.ts";

export interface StoreConfig {
  /** Folder of the SQLite file and the generated salt (`DATA_DIR`). */
  dataDir: string;
  /** PostgreSQL instead of SQLite (`DATABASE_URL`). */
  databaseUrl?: string;
  /** Secret that user ids are hashed with (`FEEDBACK_SALT`); generated into `dataDir` when unset. */
  salt?: string;
  /** Rows older than this many days are deleted at open and daily (`FEEDBACK_RETENTION_DAYS`). */
  retentionDays: number;
  /** SQLite only: how long a write waits for another process's lock (ms, default 5000). */
  busyTimeoutMs?: number;
}

export interface OpenedStore {
  store: FeedbackStore;
  /** The hash a Discord user id is stored under (HMAC-SHA256 with the salt). */
  hashUser(userId: string): string;
  /** Stops the daily retention and closes the store. Safe to call twice. */
  close(): Promise<void>;
}

type Log = (event: string, detail: Record<string, unknown>) => void;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The fields of the validated configuration (`src/config.ts`) that the store reads. */
export function storeConfigOf(config: {
  dataDir: string;
  DATABASE_URL?: string | undefined;
  FEEDBACK_SALT?: string | undefined;
  FEEDBACK_RETENTION_DAYS: number;
}): StoreConfig {
  const out: StoreConfig = { dataDir: config.dataDir, retentionDays: config.FEEDBACK_RETENTION_DAYS };
  if (config.DATABASE_URL) out.databaseUrl = config.DATABASE_URL;
  if (config.FEEDBACK_SALT) out.salt = config.FEEDBACK_SALT;
  return out;
}

function makeDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new StoreError(`DATA_DIR ${dataDir} could not be created (${(error as Error).message}).`);
  }
}

export async function openStore(config: StoreConfig, log?: Log): Promise<OpenedStore> {
  if (!Number.isInteger(config.retentionDays) || config.retentionDays < 1) {
    throw new StoreError(
      `FEEDBACK_RETENTION_DAYS must be a whole number of days, at least 1 (got ${config.retentionDays}).`,
    );
  }
  const dataDir = resolve(config.dataDir);
  const hasSalt = config.salt !== undefined && config.salt !== "";
  // With PostgreSQL and FEEDBACK_SALT set, nothing is written locally (the folder may be read-only).
  if (!config.databaseUrl || !hasSalt) makeDataDir(dataDir);
  const salt = resolveSalt(dataDir, config.salt, log);

  let store: SqliteStore | PostgresStore;
  let where: string;
  if (config.databaseUrl) {
    store = await PostgresStore.open(config.databaseUrl, log);
    where = store.where;
  } else {
    const file = join(dataDir, SQLITE_FILE);
    store = SqliteStore.open(file, config.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    where = `feedback database ${file}`;
  }

  try {
    const held = await store.claimSaltCheck(saltCheck(salt));
    if (held !== saltCheck(salt)) {
      throw new StoreError(
        `${where}: its users were hashed with another salt than this ${hasSalt ? "FEEDBACK_SALT" : `instance's ${join(dataDir, SALT_FILE)}`}. ` +
          "Every instance sharing a database needs the same FEEDBACK_SALT: set it to the salt the database was written with.",
      );
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  log?.("feedback-store-opened", { store: store.kind, where, retentionDays: config.retentionDays });

  const expire = async (): Promise<void> => {
    const before = new Date(Date.now() - config.retentionDays * DAY_MS);
    const deleted = await store.deleteBefore(before);
    log?.("feedback-retention", { store: store.kind, before: before.toISOString(), deleted });
  };
  try {
    await expire();
  } catch (error) {
    await store.close();
    throw error;
  }
  const timer = setInterval(() => {
    expire().catch((error: unknown) =>
      log?.("feedback-retention-failed", { store: store.kind, error: (error as Error).message }),
    );
  }, DAY_MS);
  timer.unref();

  const hashUser = userHasher(salt);
  let closing: Promise<void> | undefined;
  return {
    store,
    hashUser,
    close() {
      clearInterval(timer);
      closing ??= store.close();
      return closing;
    },
  };
}
