/**
 * The feedback database's schema, as numbered migrations run at open, the same logical schema for
 * SQLite and PostgreSQL (times are milliseconds since 1970 in a 64-bit integer in both; passage ids
 * a JSON array). `schema_migrations` holds the versions applied. A migration is never edited once
 * released: a change is a new one at the end.
 */
import type { Database } from "better-sqlite3";
import type { Pool } from "pg";
import { StoreError } from "../feedback/store.ts";
import { watchClient } from "./watch-client.ts";

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** The tables; `{int}` is INTEGER in SQLite and BIGINT in PostgreSQL, `{bool}` INTEGER / BOOLEAN. */
const SCHEMA_1 = `
CREATE TABLE answers (
  interaction_id TEXT PRIMARY KEY,
  at_ms {int} NOT NULL,
  guild_id TEXT,
  channel_id TEXT,
  user_hash TEXT NOT NULL,
  command TEXT NOT NULL CHECK (command IN ('ask', 'check')),
  question TEXT NOT NULL,
  answered {bool} NOT NULL,
  passage_ids TEXT NOT NULL,
  corpus_version TEXT NOT NULL
);
CREATE INDEX answers_at ON answers (at_ms);
CREATE INDEX answers_user ON answers (user_hash);
CREATE TABLE votes (
  interaction_id TEXT NOT NULL REFERENCES answers (interaction_id) ON DELETE CASCADE,
  user_hash TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  reason TEXT,
  note TEXT,
  at_ms {int} NOT NULL,
  PRIMARY KEY (interaction_id, user_hash)
);
CREATE INDEX votes_user ON votes (user_hash);
CREATE TABLE cooldowns (
  user_hash TEXT PRIMARY KEY,
  uses TEXT NOT NULL,
  last_ms {int} NOT NULL
);
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

function dialects(sql: string): { sqlite: string; postgres: string } {
  return {
    sqlite: sql.replaceAll("{int}", "INTEGER").replaceAll("{bool}", "INTEGER"),
    postgres: sql.replaceAll("{int}", "BIGINT").replaceAll("{bool}", "BOOLEAN"),
  };
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: "answers, votes, cooldowns", ...dialects(SCHEMA_1) },
];

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at_ms {int} NOT NULL
)`;

/** A database migrated by a newer newsdesk is not written by this one (its schema may differ). */
function checkNotNewer(applied: number[], where: string): void {
  const known = MIGRATIONS.at(-1)?.version ?? 0;
  const newest = Math.max(0, ...applied);
  if (newest > known) {
    throw new StoreError(
      `${where}: the feedback database is at schema version ${newest}, written by a newer newsdesk; this one knows up to ${known}. Run the newer version, or restore a copy of the database made before it.`,
    );
  }
}

/**
 * Brings a SQLite database up to date in one write transaction (BEGIN IMMEDIATE: a second process
 * opening the same file waits for it, then sees the migrations done). Returns the versions applied.
 */
export function migrateSqlite(db: Database, where: string): number[] {
  const run = db.transaction(() => {
    db.exec(dialects(MIGRATIONS_TABLE).sqlite);
    const applied = (
      db.prepare("SELECT version FROM schema_migrations").all() as Array<{ version: number }>
    ).map((r) => r.version);
    checkNotNewer(applied, where);
    const done: number[] = [];
    const insert = db.prepare(
      "INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (?, ?, ?)",
    );
    for (const m of MIGRATIONS) {
      if (applied.includes(m.version)) continue;
      db.exec(m.sqlite);
      insert.run(m.version, m.name, Date.now());
      done.push(m.version);
    }
    return done;
  });
  return run.immediate();
}

/** Any 64-bit number, the same in every instance: the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 7_263_151_001;

/**
 * Brings a PostgreSQL database up to date. Instances starting at once take a session advisory lock
 * first, so one migrates while the others wait, then find nothing left to do; each migration is
 * its own transaction with its row in `schema_migrations`. Returns the versions applied.
 */
export async function migratePostgres(pool: Pool, where: string): Promise<number[]> {
  const client = await pool.connect();
  const unwatch = watchClient(client);
  let broken: Error | undefined;
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    try {
      await client.query(dialects(MIGRATIONS_TABLE).postgres);
      const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
      const applied = rows.map((r) => Number(r.version));
      checkNotNewer(applied, where);
      const done: number[] = [];
      for (const m of MIGRATIONS) {
        if (applied.includes(m.version)) continue;
        await client.query("BEGIN");
        try {
          await client.query(m.postgres);
          await client.query(
            "INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES ($1, $2, $3)",
            [m.version, m.name, Date.now()],
          );
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK").catch(() => undefined);
          throw error;
        }
        done.push(m.version);
      }
      return done;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch((error: Error) => {
        broken = error;
      });
    }
  } finally {
    // A connection whose unlock failed is dropped, so that the lock goes with it.
    const lost = unwatch();
    client.release(broken ?? lost);
  }
}
