/**
 * The feedback store in PostgreSQL (`pg`), chosen by `DATABASE_URL`: several instances of the bot
 * (HTTP mode behind a load balancer) share it, its votes, report and cooldowns. The schema and
 * migrations are SQLite's (`migrations.ts`).
 *
 * - A vote is one statement: inserted only when its answer exists, or changed in place
 *   (one row per answer and user), and `xmax = 0` tells a new row from a changed one.
 * - A cooldown is one transaction holding the user's row lock (`SELECT … FOR UPDATE`), so that
 *   instances sharing the database give a user exactly the allowance between them.
 * - The password is never shown: errors name the database as `postgres://user@host:port/db` and
 *   have any password scrubbed from what the driver says.
 */
import pg from "pg";
import {
  type AnswerRecord,
  type CooldownOutcome,
  type DislikedAnswer,
  type FeedbackStore,
  type ReportData,
  StoreError,
  type VoteOutcome,
  type VoteRecord,
} from "../feedback/store.ts";
import { migratePostgres } from "./migrations.ts";
import {
  answerRow,
  COOLDOWN_ROW,
  COOLDOWN_SET,
  COOLDOWN_USES,
  downVoteRow,
  EXPIRE_ANSWERS,
  EXPIRE_COOLDOWNS,
  EXPIRE_VOTES,
  FORGET_ANSWERS,
  FORGET_COOLDOWN,
  FORGET_VOTES,
  INSERT_ANSWER,
  numbered,
  REPORT_ANSWERS,
  REPORT_DOWN_VOTES,
  SALT_CHECK_CLAIM,
  SALT_CHECK_READ,
} from "./queries.ts";
import { answerColumns, buildDisliked, buildReport, parseUses, takeUse, voteColumns } from "./rows.ts";
import { watchClient } from "./watch-client.ts";

type Log = (event: string, detail: Record<string, unknown>) => void;

const VOTE = `INSERT INTO votes (interaction_id, user_hash, vote, reason, note, at_ms)
  SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::bigint
  WHERE EXISTS (SELECT 1 FROM answers WHERE interaction_id = $1::text)
  ON CONFLICT (interaction_id, user_hash) DO UPDATE
  SET vote = EXCLUDED.vote, reason = EXCLUDED.reason, note = EXCLUDED.note, at_ms = EXCLUDED.at_ms
  RETURNING (xmax = 0) AS inserted`;

/** The database a URL names, without its password or parameters: `postgres://user@host:port/db`. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${u.username}@` : "";
    return `${u.protocol}//${user}${u.host}${u.pathname}`;
  } catch {
    return "not a valid URL";
  }
}

/** `text` with the URL's password (as written and decoded) and any `password=` value blanked. */
export function scrubSecrets(text: string, url: string): string {
  let out = text;
  try {
    const u = new URL(url);
    const secrets = [u.password, decodeURIComponent(u.password), u.searchParams.get("password") ?? ""];
    for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join("***");
  } catch {
    // Not a URL: nothing to take a password from. Blank the whole of it if it appears.
    if (url.length > 0) out = out.split(url).join("***");
  }
  return out.replace(/(password=)[^&\s]+/gi, "$1***");
}

/** The driver's words for an error; a refused connection to several addresses has them in `errors`. */
function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return error.errors.map((e: unknown) => reasonOf(e)).join("; ");
  }
  const e = error as { message?: string; code?: string };
  return e?.message || e?.code || String(error);
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);

/** A readable error naming `DATABASE_URL` (without its password) and the reason. */
export function postgresProblem(where: string, url: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const code = String((error as { code?: unknown })?.code ?? "");
  const reason = scrubSecrets(reasonOf(error), url);
  const connection =
    CONNECTION_CODES.has(code) ||
    (error instanceof AggregateError &&
      error.errors.some((e: { code?: string }) => CONNECTION_CODES.has(e?.code ?? ""))) ||
    /timeout|terminated|connect/i.test(reason);
  const what = connection ? "cannot reach PostgreSQL" : "PostgreSQL refused";
  return new StoreError(`${where}: ${what}: ${reason}${code && !reason.includes(code) ? ` (${code})` : ""}`);
}

export class PostgresStore implements FeedbackStore {
  readonly kind = "postgres" as const;
  private lastSweep = 0;
  private closed: Promise<void> | undefined;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    readonly where: string,
  ) {}

  /**
   * Connects, checks that the database answers and migrates it. Any failure is a `StoreError`
   * naming DATABASE_URL (host, port, user, database; never the password) and the reason.
   */
  static async open(url: string, log?: Log): Promise<PostgresStore> {
    const where = `DATABASE_URL (${describeDatabaseUrl(url)})`;
    let pool: pg.Pool;
    try {
      pool = new pg.Pool({
        connectionString: url,
        max: 10,
        connectionTimeoutMillis: 5000,
        idleTimeoutMillis: 30_000,
        query_timeout: 10_000,
        keepAlive: true,
        allowExitOnIdle: true,
        application_name: "newsdesk",
      });
    } catch (error) {
      throw postgresProblem(where, url, error);
    }
    // An idle connection that dies (server restarted, network gone) must not crash the process:
    // the next query gets a new connection or fails with a StoreError.
    pool.on("error", (error) =>
      log?.("feedback-store-error", { store: "postgres", error: scrubSecrets(reasonOf(error), url) }),
    );
    const store = new PostgresStore(pool, url, where);
    try {
      await migratePostgres(pool, where);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw postgresProblem(where, url, error);
    }
    return store;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreError(`${this.where}: the store is closed.`);
    try {
      return await work();
    } catch (error) {
      throw postgresProblem(this.where, this.url, error);
    }
  }

  /** Runs `work` in one transaction on one connection; a connection that failed is not reused. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, begin = "BEGIN"): Promise<T> {
    const client = await this.pool.connect();
    const unwatch = watchClient(client);
    let failed: Error | undefined;
    try {
      await client.query(begin);
      const out = await work(client);
      await client.query("COMMIT");
      return out;
    } catch (error) {
      failed = error instanceof Error ? error : new Error(String(error));
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      const lost = unwatch();
      client.release(failed ?? lost);
    }
  }

  /** Records the salt check on first open; returns the one the database holds (see `saltCheck`). */
  claimSaltCheck(check: string): Promise<string> {
    return this.guard(async () => {
      await this.pool.query(numbered(SALT_CHECK_CLAIM), [check]);
      const { rows } = await this.pool.query<{ value: string }>(SALT_CHECK_READ);
      return String(rows[0]?.value);
    });
  }

  recordAnswer(answer: AnswerRecord): Promise<void> {
    return this.guard(async () => {
      const c = answerColumns(answer);
      await this.pool.query(numbered(INSERT_ANSWER), [
        c.interactionId,
        c.atMs,
        c.guildId,
        c.channelId,
        c.userHash,
        c.command,
        c.question,
        c.answered,
        c.passageIds,
        c.corpusVersion,
      ]);
    });
  }

  vote(vote: VoteRecord): Promise<VoteOutcome> {
    return this.guard(async () => {
      const c = voteColumns(vote);
      const { rows } = await this.pool.query<{ inserted: boolean }>(VOTE, [
        c.interactionId,
        c.userHash,
        c.vote,
        c.reason,
        c.note,
        c.atMs,
      ]);
      const row = rows[0];
      if (!row) return "unknown-answer";
      return row.inserted ? "recorded" : "changed";
    });
  }

  takeCooldown(userHash: string, limit: number, windowMs: number, now: Date): Promise<CooldownOutcome> {
    return this.guard(async () => {
      const at = now.getTime();
      const outcome = await this.transaction(async (client) => {
        await client.query(numbered(COOLDOWN_ROW), [userHash, at]);
        const { rows } = await client.query<{ uses: string }>(`${numbered(COOLDOWN_USES)} FOR UPDATE`, [
          userHash,
        ]);
        const next = takeUse(parseUses(rows[0]?.uses ?? "[]"), limit, windowMs, at);
        await client.query(numbered(COOLDOWN_SET), [
          JSON.stringify(next.uses),
          Math.max(at, ...next.uses),
          userHash,
        ]);
        return next.outcome;
      });
      if (at - this.lastSweep >= windowMs) {
        // Users with no use left in the window need no row; once per window per instance is enough.
        this.lastSweep = at;
        await this.pool.query(numbered(EXPIRE_COOLDOWNS), [at - windowMs]).catch(() => undefined);
      }
      return outcome;
    });
  }

  /** The report's rows, read from one snapshot so that answers and votes agree. */
  private rows(since: Date) {
    return this.transaction(async (client) => {
      const ms = since.getTime();
      const answers = await client.query(numbered(REPORT_ANSWERS), [ms]);
      const downs = await client.query(numbered(REPORT_DOWN_VOTES), [ms]);
      return { answers: answers.rows.map(answerRow), downs: downs.rows.map(downVoteRow) };
    }, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  }

  report(since: Date): Promise<ReportData> {
    return this.guard(async () => {
      const { answers, downs } = await this.rows(since);
      return buildReport(since, answers, downs);
    });
  }

  disliked(since: Date): Promise<DislikedAnswer[]> {
    return this.guard(async () => {
      const { answers, downs } = await this.rows(since);
      return buildDisliked(answers, downs);
    });
  }

  forgetUser(userHash: string): Promise<number> {
    return this.guard(() =>
      this.transaction(async (client) => {
        const votes = await client.query(numbered(FORGET_VOTES), [userHash, userHash]);
        const answers = await client.query(numbered(FORGET_ANSWERS), [userHash]);
        await client.query(numbered(FORGET_COOLDOWN), [userHash]);
        return (votes.rowCount ?? 0) + (answers.rowCount ?? 0);
      }),
    );
  }

  deleteBefore(before: Date): Promise<number> {
    return this.guard(() =>
      this.transaction(async (client) => {
        const ms = before.getTime();
        const votes = await client.query(numbered(EXPIRE_VOTES), [ms, ms]);
        const answers = await client.query(numbered(EXPIRE_ANSWERS), [ms]);
        await client.query(numbered(EXPIRE_COOLDOWNS), [ms]);
        return (votes.rowCount ?? 0) + (answers.rowCount ?? 0);
      }),
    );
  }

  close(): Promise<void> {
    this.closed ??= this.pool.end().catch(() => undefined);
    return this.closed;
  }
}
