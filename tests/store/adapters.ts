/**
 * The two feedback store adapters as the tests use them: a fresh, empty store configuration each
 * (SQLite in a new temporary folder; a new database on a real PostgreSQL server on 127.0.0.1), and
 * a way to read the database directly, for what the port does not show.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { StoreConfig } from "../../src/store/open-store.ts";
import { createDatabase, startPostgres } from "../support/postgres.ts";

export const SALT = "test-salt-0123456789abcdef";

export interface Adapter {
  name: "sqlite" | "postgres";
  /** Why this adapter's tests are skipped (no PostgreSQL server binaries). */
  skipped?: string;
  fresh(extra?: Partial<StoreConfig>): Promise<StoreConfig>;
  /** Runs one statement on the configuration's database directly. */
  query(config: StoreConfig, sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
}

const made: string[] = [];

/** A new temporary folder, removed by `removeTempDirs`. */
export function tempDir(prefix = "newsdesk-store-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders `tempDir` made (for an `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const sqliteAdapter: Adapter = {
  name: "sqlite",
  async fresh(extra = {}) {
    return { dataDir: tempDir(), salt: SALT, retentionDays: 180, ...extra };
  },
  async query(config, sql, params = []) {
    const db = new Database(join(config.dataDir, "feedback.sqlite"));
    try {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as Array<Record<string, unknown>>;
      statement.run(...params);
      return [];
    } finally {
      db.close();
    }
  },
};

/** Both adapters; PostgreSQL is started here (stop it with `stop`) or marked skipped with the reason. */
export async function adapters(): Promise<{ list: Adapter[]; stop(): Promise<void> }> {
  const server = await startPostgres();
  if ("skipped" in server) {
    const skipped: Adapter = { ...sqliteAdapter, name: "postgres", skipped: server.skipped };
    return { list: [sqliteAdapter, skipped], stop: async () => undefined };
  }
  const postgres: Adapter = {
    name: "postgres",
    async fresh(extra = {}) {
      return {
        dataDir: tempDir(),
        databaseUrl: await createDatabase(server.url),
        salt: SALT,
        retentionDays: 180,
        ...extra,
      };
    },
    async query(config, sql, params = []) {
      const client = new pg.Client({ connectionString: config.databaseUrl });
      await client.connect();
      try {
        let n = 0;
        const numbered = sql.replace(/\?/g, () => `$${++n}`);
        return (await client.query(numbered, params)).rows;
      } finally {
        await client.end();
      }
    },
  };
  return { list: [sqliteAdapter, postgres], stop: () => server.stop() };
}
