/**
 * A real PostgreSQL server for the tests, from Debian's `postgresql` package: `initdb` into a
 * temporary folder, `pg_ctl start` listening on 127.0.0.1 only (a free port; the unix socket in the
 * temporary folder), a password (scram-sha-256), a database `newsdesk`; `stop()` stops it and
 * removes the folder. PostgreSQL refuses to run as root: as root it runs as the `postgres` user
 * (`nobody` where there is none), through `setpriv` (or `runuser`). No system service is used.
 *
 * Where the server binaries are missing (`/usr/lib/postgresql/<version>/bin`), it says so instead
 * (`{ skipped }`) and the tests that need it are skipped with that reason; `.ci/run` installs the
 * package first, so in CI they run.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface PostgresServer {
  /** `postgres://newsdesk:<password>@127.0.0.1:<port>/newsdesk` */
  url: string;
  stop(): Promise<void>;
}

const PACKAGE_BIN = "/usr/lib/postgresql";

/** The newest installed server's binaries, or undefined. */
function serverBinaries(): string | undefined {
  if (!existsSync(PACKAGE_BIN)) return undefined;
  const versions = readdirSync(PACKAGE_BIN)
    .filter((v) => /^\d+(?:\.\d+)?$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(PACKAGE_BIN, version, "bin");
    if (["initdb", "pg_ctl", "postgres"].every((b) => existsSync(join(bin, b)))) return bin;
  }
  return undefined;
}

function idOf(flag: "-u" | "-g", user: string): number | undefined {
  const run = spawnSync("id", [flag, user], { encoding: "utf8" });
  const id = Number(run.stdout.trim());
  return run.status === 0 && Number.isInteger(id) ? id : undefined;
}

/** How to run a server command: as is, or (as root) as an unprivileged user. */
function runner(): { prefix: string[]; uid?: number; gid?: number } | { skipped: string } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const uid = idOf("-u", "postgres") ?? 65534;
  const gid = idOf("-g", "postgres") ?? 65534;
  if (existsSync("/usr/bin/setpriv") || existsSync("/bin/setpriv")) {
    return { prefix: ["setpriv", `--reuid=${uid}`, `--regid=${gid}`, "--clear-groups", "--"], uid, gid };
  }
  if (existsSync("/usr/sbin/runuser") || existsSync("/sbin/runuser")) {
    const user = idOf("-u", "postgres") !== undefined ? "postgres" : "nobody";
    return { prefix: ["runuser", "-u", user, "--"], uid, gid };
  }
  return {
    skipped: "running as root, and neither setpriv nor runuser is here to run PostgreSQL as another user",
  };
}

/** A port on 127.0.0.1 that nothing listens on (at the moment of asking). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function check(run: SpawnSyncReturns<string>, what: string, log?: string): void {
  if (run.status === 0) return;
  const logText = log && existsSync(log) ? readFileSync(log, "utf8").slice(-2000) : "";
  throw new Error(`${what} failed (${run.status ?? run.signal}): ${run.stderr || run.stdout}\n${logText}`);
}

/** Starts a PostgreSQL server on 127.0.0.1, or says why it cannot. */
export async function startPostgres(): Promise<PostgresServer | { skipped: string }> {
  const bin = serverBinaries();
  if (!bin) {
    return {
      skipped: `PostgreSQL server binaries not found in ${PACKAGE_BIN}/<version>/bin (install Debian's postgresql package: apt-get install postgresql)`,
    };
  }
  const how = runner();
  if ("skipped" in how) return how;

  const base = mkdtempSync(join(tmpdir(), "newsdesk-pg-"));
  const data = join(base, "data");
  const log = join(base, "server.log");
  const password = randomBytes(12).toString("hex");
  writeFileSync(join(base, "pw"), `${password}\n`, { mode: 0o600 });
  if (how.uid !== undefined && how.gid !== undefined) {
    chownSync(base, how.uid, how.gid);
    chownSync(join(base, "pw"), how.uid, how.gid);
  }
  const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C", LC_ALL: "C", HOME: base, TZ: "UTC" };
  const run = (command: string, args: string[]) => {
    const [file, ...rest] = [...how.prefix, join(bin, command), ...args];
    return spawnSync(file as string, rest, { env, encoding: "utf8", cwd: base, timeout: 120_000 });
  };
  const remove = () => rmSync(base, { recursive: true, force: true });

  try {
    check(
      run("initdb", [
        "-D",
        data,
        "-U",
        "newsdesk",
        `--pwfile=${join(base, "pw")}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",
      ]),
      "initdb",
    );
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      // A throwaway server: durability settings off for speed (the tests of durability are SQLite's).
      const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${base} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      const started = run("pg_ctl", ["-D", data, "-l", log, "-o", options, "-w", "-t", "60", "start"]);
      if (started.status === 0) break;
      if (attempt >= 3) check(started, "pg_ctl start", log);
    }
    const stopNow = () => {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    };
    // A test process that ends without stop() leaves no server behind: on exit, and, should it be
    // killed, a watchdog that waits for it to go, then stops the server and removes the folder.
    process.once("exit", stopNow);
    const stopCommand = [...how.prefix, join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"]
      .map((word) => `'${word}'`)
      .join(" ");
    const watchdog = spawn(
      "sh",
      [
        "-c",
        `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ${stopCommand} >/dev/null 2>&1; rm -rf '${base}'`,
      ],
      { detached: true, stdio: "ignore", env },
    );
    watchdog.unref();

    let stopped = false;
    const admin = `postgres://newsdesk:${password}@127.0.0.1:${port}`;
    const client = new pg.Client({ connectionString: `${admin}/postgres` });
    await client.connect();
    try {
      await client.query("CREATE DATABASE newsdesk");
    } finally {
      await client.end();
    }
    return {
      url: `${admin}/newsdesk`,
      async stop() {
        // Twice is once: a test that stops the server to see it lost, then the suite's cleanup.
        if (stopped) return;
        stopped = true;
        process.removeListener("exit", stopNow);
        try {
          if (watchdog.pid !== undefined) process.kill(watchdog.pid);
        } catch {
          // Already gone.
        }
        stopNow();
        remove();
      },
    };
  } catch (error) {
    run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    remove();
    throw error;
  }
}

let databases = 0;

/** A new, empty database on the server of `url`; returns its URL. */
export async function createDatabase(url: string): Promise<string> {
  const name = `t_${process.pid}_${++databases}`;
  const u = new URL(url);
  u.pathname = "/postgres";
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  u.pathname = `/${name}`;
  return u.toString();
}
