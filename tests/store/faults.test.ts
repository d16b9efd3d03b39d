import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type AnswerRecord, StoreError } from "../../src/feedback/store.ts";
import { openStore, type StoreConfig } from "../../src/store/open-store.ts";
import { freePort, startPostgres } from "../support/postgres.ts";
import { removeTempDirs, SALT, sqliteAdapter, tempDir } from "./adapters.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const DAY = 86_400_000;
const PASSWORD = "Sup3r-Secret_pw";

function answer(id: string, over: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    interactionId: id,
    at: new Date(),
    guildId: null,
    channelId: null,
    userHash: "h-asker",
    command: "ask",
    question: `question ${id}`,
    answered: true,
    passageIds: [1],
    corpusVersion: "v1",
    ...over,
  };
}

async function openError(config: StoreConfig): Promise<StoreError> {
  const error = await openStore(config).then(
    async (opened) => {
      await opened.close();
      throw new Error("the store opened");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

/**
 * Makes a file or folder read-only, and returns how to undo it; or says why it cannot. Root may
 * write whatever the mode says, so as root the path is made immutable (`chattr +i`: refused even
 * to root); otherwise write permission is taken away.
 */
function makeReadOnly(path: string): () => void {
  if (process.getuid?.() === 0) {
    const run = spawnSync("chattr", ["+i", path], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`chattr +i ${path}: ${run.stderr || run.error?.message}`);
    return () => spawnSync("chattr", ["-i", path]);
  }
  const mode = statSync(path).mode & 0o777;
  chmodSync(path, mode & ~0o222);
  return () => chmodSync(path, mode);
}

/** Why read-only files cannot be made here (root without a working chattr), or undefined. */
function readOnlyUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const probe = join(tempDir(), "probe");
  writeFileSync(probe, "");
  try {
    makeReadOnly(probe)();
    return undefined;
  } catch (error) {
    return `running as root, and chattr +i (a file read-only even for root) fails here: ${(error as Error).message}`;
  }
}
const noReadOnly = readOnlyUnavailable();

function lines(child: ChildProcess, onLine: (line: string) => void): Promise<number | null> {
  let buffer = "";
  child.stdout?.setEncoding("utf8");
  child.stdout?.on("data", (chunk: string) => {
    buffer += chunk;
    let end = buffer.indexOf("\n");
    while (end >= 0) {
      onLine(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      end = buffer.indexOf("\n");
    }
  });
  return new Promise((resolve) => child.on("close", (code) => resolve(code)));
}

const server = await startPostgres();
const skipped = "skipped" in server ? server.skipped : undefined;
afterAll(async () => {
  if ("stop" in server) await server.stop();
  removeTempDirs();
});

describe("feedback store faults: PostgreSQL", () => {
  it("GIVEN DATABASE_URL where nothing listens THEN opening fails naming DATABASE_URL and the reason, never the password", async () => {
    const port = await freePort();
    for (const url of [
      `postgres://newsdesk:${PASSWORD}@127.0.0.1:${port}/newsdesk`,
      `postgresql://newsdesk@127.0.0.1:${port}/newsdesk?password=${PASSWORD}&sslmode=disable`,
    ]) {
      const error = await openError({ dataDir: tempDir(), databaseUrl: url, salt: SALT, retentionDays: 180 });
      expect(error.message).toMatch(
        new RegExp(
          `^DATABASE_URL \\(postgres(ql)?://newsdesk@127\\.0\\.0\\.1:${port}/newsdesk\\): cannot reach PostgreSQL: .*ECONNREFUSED`,
        ),
      );
      expect(error.message).not.toContain(PASSWORD);
    }
  });

  it.skipIf(skipped !== undefined)(
    `GIVEN a wrong password THEN PostgreSQL's refusal is said, without the password${skipped ? ` — skipped: ${skipped}` : ""}`,
    async () => {
      const url = new URL((server as { url: string }).url);
      url.password = PASSWORD;
      const error = await openError({
        dataDir: tempDir(),
        databaseUrl: url.toString(),
        salt: SALT,
        retentionDays: 180,
      });
      expect(error.message).toMatch(
        /^DATABASE_URL \(postgres:\/\/newsdesk@127\.0\.0\.1:\d+\/newsdesk\): PostgreSQL refused: .*password authentication failed/,
      );
      expect(error.message).not.toContain(PASSWORD);
    },
  );

  it.skipIf(skipped !== undefined)(
    `GIVEN the server drops its connections, then goes away THEN votes go on, then fail with a StoreError, and nothing crashes${skipped ? ` — skipped: ${skipped}` : ""}`,
    async () => {
      const own = await startPostgres();
      if ("skipped" in own) throw new Error(own.skipped);
      const events: string[] = [];
      const opened = await openStore(
        { dataDir: tempDir(), databaseUrl: own.url, salt: SALT, retentionDays: 180 },
        (event) => events.push(event),
      );
      await opened.store.recordAnswer(answer("3001"));
      expect(
        await opened.store.vote({ interactionId: "3001", userHash: "h", vote: "up", at: new Date() }),
      ).toBe("recorded");

      // The server drops every connection (a restart, a failover): the idle ones report an error,
      // which is logged, not thrown; the next vote gets a new connection.
      const admin = new pg.Client({ connectionString: own.url });
      await admin.connect();
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'newsdesk'",
      );
      await admin.end();
      await vi.waitFor(() => expect(events).toContain("feedback-store-error"));
      expect(
        await opened.store.vote({ interactionId: "3001", userHash: "h2", vote: "up", at: new Date() }),
      ).toBe("recorded");

      // The server is gone: a vote fails with a StoreError naming DATABASE_URL.
      await own.stop();
      const vote = opened.store.vote({ interactionId: "3001", userHash: "h", vote: "down", at: new Date() });
      await expect(vote).rejects.toBeInstanceOf(StoreError);
      await expect(vote).rejects.toThrow(
        /^DATABASE_URL \(postgres:\/\/newsdesk@127\.0\.0\.1:\d+\/newsdesk\): cannot reach PostgreSQL/,
      );
      await opened.close();
    },
  );
});

describe("feedback store faults: SQLite", () => {
  it("GIVEN another process holds the write lock THEN opening and voting fail naming the file and the lock; once released, nothing is lost", async () => {
    const config = await sqliteAdapter.fresh({ busyTimeoutMs: 300 });
    const file = join(config.dataDir, "feedback.sqlite");
    const first = await openStore(config);
    await first.store.recordAnswer(answer("kept"));

    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3"))(process.argv[1]); db.exec("BEGIN EXCLUSIVE");
         process.stdout.write("locked\\n"); process.stdin.on("end", () => { db.exec("COMMIT"); db.close(); });
         process.stdin.resume();`,
        file,
      ],
      { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] },
    );
    let locked: () => void = () => undefined;
    const isLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const exited = lines(holder, (line) => line === "locked" && locked());
    await isLocked;

    const error = await openError(config);
    expect(error.message).toMatch(new RegExp(`^feedback database ${file}: it is locked by another process`));
    const vote = first.store.vote({ interactionId: "kept", userHash: "h", vote: "up", at: new Date() });
    await expect(vote).rejects.toThrow(/it is locked by another process/);

    holder.stdin?.end();
    expect(await exited).toBe(0);
    expect(await first.store.vote({ interactionId: "kept", userHash: "h", vote: "up", at: new Date() })).toBe(
      "recorded",
    );
    expect((await first.store.report(new Date(Date.now() - DAY))).totals).toEqual({
      answers: 1,
      up: 1,
      down: 0,
    });
    await first.close();
  });

  it.skipIf(noReadOnly !== undefined)(
    `GIVEN a read-only database file THEN opening fails naming the file and saying read-only; the rows stay${noReadOnly ? ` — skipped: ${noReadOnly}` : ""}`,
    async () => {
      const config = await sqliteAdapter.fresh();
      const file = join(config.dataDir, "feedback.sqlite");
      const first = await openStore(config);
      await first.store.recordAnswer(answer("kept"));
      await first.close();

      const undo = makeReadOnly(file);
      try {
        const error = await openError(config);
        expect(error.message).toMatch(new RegExp(`^feedback database ${file}: it is read-only`));
      } finally {
        undo();
      }
      const again = await openStore(config);
      expect((await again.store.report(new Date(Date.now() - DAY))).totals.answers).toBe(1);
      await again.close();
    },
  );

  it.skipIf(noReadOnly !== undefined)(
    `GIVEN a DATA_DIR that cannot be created, or a folder the database cannot be created in THEN opening says so${noReadOnly ? ` — skipped: ${noReadOnly}` : ""}`,
    async () => {
      const parent = tempDir();
      let undo = makeReadOnly(parent);
      try {
        const error = await openError({ dataDir: join(parent, "data"), salt: SALT, retentionDays: 180 });
        expect(error.message).toMatch(new RegExp(`^DATA_DIR ${join(parent, "data")} could not be created`));
      } finally {
        undo();
      }
      const folder = join(parent, "ro");
      mkdirSync(folder);
      undo = makeReadOnly(folder);
      try {
        const error = await openError({ dataDir: folder, salt: SALT, retentionDays: 180 });
        expect(error.message).toMatch(
          new RegExp(`^feedback database ${join(folder, "feedback.sqlite")}: it cannot be opened`),
        );
      } finally {
        undo();
      }
    },
  );

  it("GIVEN a process killed (SIGKILL) during 200 concurrent votes THEN the database is intact and holds every acknowledged vote", {
    timeout: 90_000,
  }, async () => {
    for (const killAfter of [1, 70, 150]) {
      const config = await sqliteAdapter.fresh();
      const file = join(config.dataDir, "feedback.sqlite");
      const opened = await openStore(config);
      for (let i = 0; i < 20; i++) await opened.store.recordAnswer(answer(`answer-${i}`));
      await opened.close();

      const child = spawn(
        process.execPath,
        ["--import", "tsx", join(FIXTURES, "vote-child.ts"), config.dataDir, "200"],
        {
          cwd: ROOT,
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      const acknowledged: string[] = [];
      let finished = false;
      const closed = lines(child, (line) => {
        if (line === "ready") return;
        if (line === "done") {
          finished = true;
          return;
        }
        acknowledged.push(line);
        if (acknowledged.length === killAfter) child.kill("SIGKILL");
      });
      await closed;
      expect(child.signalCode).toBe("SIGKILL");
      expect(finished).toBe(false);
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);

      const db = new Database(file);
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
        const stored = new Set(
          (
            db.prepare("SELECT interaction_id, user_hash FROM votes").all() as Array<{
              interaction_id: string;
              user_hash: string;
            }>
          ).map((r) => `${r.interaction_id} ${r.user_hash}`),
        );
        expect(acknowledged.filter((v) => !stored.has(v))).toEqual([]);
      } finally {
        db.close();
      }
      const reopened = await openStore(config);
      expect((await reopened.store.report(new Date(Date.now() - DAY))).totals.answers).toBe(20);
      await reopened.close();
    }
  });
});
