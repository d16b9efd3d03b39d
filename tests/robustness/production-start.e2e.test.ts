import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { standinEnv } from "../support/spawn-bot.ts";

/**
 * `npm start` as a user or a container runs it: npm, its `prestart` build, then the compiled bot
 * (dist/main.js), with only the environment given. A stop is a signal to npm's process (what
 * `docker stop` sends to PID 1); the whole process tree must be gone, with exit code 0, within 2 s.
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STOP_WITHIN_MS = 2000;

interface Started {
  child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** Signals npm and resolves with how it ended and how long after the signal. */
  stop(signal: NodeJS.Signals): Promise<Stopped>;
}

interface Stopped {
  code: number | null;
  signal: string | null;
  /** From the signal to npm's exit. */
  ms: number;
  /** Date.now() when the signal was sent. */
  sentAt: number;
}

const running: ChildProcess[] = [];
/** Every process seen below npm: killed after each test should one outlive it. */
const seen = new Set<number>();

function npmStart(env: Record<string, string>): Started {
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      npm_config_update_notifier: "false",
      // Its own persisted index: the build's code fingerprint differs from the sources', and the
      // tests running from the sources share the default one.
      NEWSDESK_CACHE_DIR: cacheDir,
      ...env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  running.push(child);
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const exit = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  return {
    child,
    output: () => output,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(output)) return;
          clearTimeout(timer);
          child.stdout?.off("data", check);
          child.stderr?.off("data", check);
          resolve();
        };
        const timer = setTimeout(() => {
          child.stdout?.off("data", check);
          child.stderr?.off("data", check);
          reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${output}`));
        }, timeoutMs);
        child.stdout?.on("data", check);
        child.stderr?.on("data", check);
        check();
      }),
    stop: async (signal) => {
      const sentAt = Date.now();
      const sent = performance.now();
      child.kill(signal);
      const ended = await Promise.race([
        exit,
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), STOP_WITHIN_MS + 3000)),
      ]);
      if (!ended) return { code: null, signal: "still running", ms: Number.POSITIVE_INFINITY, sentAt };
      return { code: ended.code, signal: ended.signal, ms: Math.round(ended.at - sent), sentAt };
    },
  };
}

/** Every process below `pid` (npm's shell and the bot; under the old start, tsx's too). */
function descendants(pid: number): number[] {
  const rows = execFileSync("ps", ["-A", "-o", "pid=,ppid="])
    .toString()
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const queue = [pid];
  for (let parent = queue.pop(); parent !== undefined; parent = queue.pop()) {
    for (const [child, ppid] of rows) {
      if (ppid === parent && child !== undefined) {
        found.push(child);
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** Signals npm and expects it gone with exit code 0 within STOP_WITHIN_MS of the signal. */
async function stopCleanly(started: Started, signal: NodeJS.Signals): Promise<Stopped> {
  const stopped = await started.stop(signal);
  expect(stopped, started.output()).toMatchObject({ code: 0, signal: null });
  expect(stopped.ms).toBeLessThan(STOP_WITHIN_MS);
  return stopped;
}

function alive(pids: number[]): number[] {
  return pids.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let standin: Standin;
let cacheDir: string;

beforeAll(async () => {
  standin = await startStandin();
  cacheDir = mkdtempSync(join(tmpdir(), "newsdesk-production-start-"));
});

afterEach(() => {
  // A failed test must not leave a bot behind: npm and everything below it, orphans included.
  for (const child of running.splice(0)) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      descendants(child.pid);
      seen.add(child.pid);
    }
  }
  for (const pid of alive([...seen])) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
  seen.clear();
});

afterAll(async () => {
  await standin?.close();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

describe("npm start, stopped by a signal", () => {
  it("GIVEN gateway mode and an interaction in flight WHEN SIGTERM THEN it is answered and everything exits 0 within 2 s", async () => {
    const bot = npmStart(standinEnv(standin));
    await bot.waitFor(/"msg":"gateway ready"/, 15_000);
    await standin.waitForGatewayReady();
    expect(bot.output()).toMatch(/dist\/main\.js/);

    // The first answer meets a 429 with a 0.6 s Retry-After: the interaction is still in flight,
    // waiting to retry, when the signal comes.
    standin.failNext("POST /interactions/:id/:token/callback", { status: 429, retryAfter: 0.6 });
    const handle = standin.sendInteraction(
      standin.build.chatInput({ name: "ask", options: [opt.string("question", "What did Grossi say?")] }),
    );
    while (!handle.events.some((e) => e.status === 429))
      await new Promise((resolve) => setTimeout(resolve, 10));

    const tree = descendants(bot.child.pid as number);
    expect(tree.length).toBeGreaterThan(0);
    const stopped = await stopCleanly(bot, "SIGTERM");
    // Answered after the signal, before the exit.
    const answer = await handle.callback(100);
    expect(answer.at).toBeGreaterThan(stopped.sentAt);
    expect(JSON.stringify(answer.data)).toContain("4.1");
    expect(bot.output()).toMatch(/"outcome":"ok"[^\n]*"msg":"interaction"/);
    expect(bot.output()).toContain('"msg":"stopped"');
    expect(alive(tree)).toEqual([]);
  }, 30_000);

  it("GIVEN gateway mode and Discord gone (the client reconnecting) WHEN SIGTERM THEN everything exits 0 within 2 s", async () => {
    const gone = await startStandin();
    const bot = npmStart(standinEnv(gone));
    await bot.waitFor(/"msg":"newsdesk bot started"/, 15_000);
    await gone.close();
    // discord.js's shard now retries every 500 ms, and its timer outlives client.destroy().
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const tree = descendants(bot.child.pid as number);
    await stopCleanly(bot, "SIGTERM");
    expect(alive(tree)).toEqual([]);
  }, 30_000);

  it("GIVEN HTTP mode WHEN SIGTERM THEN everything exits 0 within 2 s", async () => {
    const port = await freePort();
    const bot = npmStart({
      INTERACTIONS_MODE: "http",
      DISCORD_PUBLIC_KEY: standin.publicKey,
      DISCORD_APPLICATION_ID: standin.applicationId,
      DISCORD_API_URL: standin.apiUrl,
      PORT: String(port),
      LOG_LEVEL: "info",
    });
    await bot.waitFor(/"msg":"newsdesk bot started"/, 15_000);
    const delivery = await standin.deliverOverHttp(
      `http://127.0.0.1:${port}/interactions`,
      standin.build.chatInput({ name: "ask", options: [opt.string("question", "What did Grossi say?")] }),
    );
    expect(delivery.status).toBe(200);
    expect(JSON.stringify(delivery.body)).toContain("4.1");

    const tree = descendants(bot.child.pid as number);
    expect(tree.length).toBeGreaterThan(0);
    await stopCleanly(bot, "SIGTERM");
    expect(bot.output()).toContain('"msg":"stopped"');
    expect(alive(tree)).toEqual([]);
  }, 30_000);

  it("GIVEN the terminal session (no DISCORD_TOKEN) answering /ask from stdin WHEN SIGINT THEN it exits 0 within 2 s", async () => {
    const session = npmStart({});
    session.child.stdin?.write("/ask what did the IAEA chief warn about?\n");
    await session.waitFor(/¶4\.1/, 15_000);
    expect(session.output()).toContain("newsdesk — terminal session");

    const tree = descendants(session.child.pid as number);
    await stopCleanly(session, "SIGINT");
    expect(alive(tree)).toEqual([]);
  }, 30_000);
});
