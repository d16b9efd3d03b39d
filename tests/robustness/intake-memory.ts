/**
 * Memory under abuse, the figures of issue 15 (the tests check behaviour; this measures):
 *
 * `npx tsx tests/robustness/intake-memory.ts http [--connections 1500] [--declared BYTES] [--hold SECONDS]`
 *   The bot as `npm start` runs it in HTTP mode; that many connections each send headers that look
 *   right (fresh timestamp, 128 hex digits, never signed) declaring a body of BYTES (default just
 *   under 1 MiB, the old cap), write all but a few bytes of it at once, then dribble a byte a second
 *   for --hold seconds (default 12) and hang up. Prints the bot's RSS (from /proc) before, at its
 *   peak during, and 15 s after; how many connections the bot closed itself (and with which
 *   status); and how many log lines carry a stack trace. `--rounds N` attacks N times in a row (does
 *   what stays after one attack grow with the next, or is it reused?).
 *
 * `npx tsx tests/robustness/intake-memory.ts gateway [--users 20000] [--warmup 600] [--settle 61]`
 *   The bot in gateway mode against the Discord stand-in, in a child run with --expose-gc; that many
 *   distinct users each send one interaction (an /ask, a message command on a message by yet another
 *   new user, or a button), 200 at a time, each answered before the next 200. Prints the bot's
 *   heap (after a full GC) and RSS before and after, and what discord.js holds in its caches; then
 *   again --settle seconds later, once the cooldown's 60 s window has passed and been swept.
 */
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { startStandin } from "../support/discord-standin/index.ts";
import { spawnBot } from "../support/spawn-bot.ts";
import { fromNewUser } from "./new-users.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const rssOf = (pid: number) => {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(line?.[1] ?? 0) * 1024;
};

async function http(): Promise<void> {
  const connections = arg("connections", 1500);
  const declared = arg("declared", 1024 * 1024 - 1);
  const holdSeconds = arg("hold", 12);
  const standin = await startStandin();
  const port = 20000 + Math.floor(Math.random() * 20000);
  const bot = spawnBot(standin, {
    INTERACTIONS_MODE: "http",
    DISCORD_PUBLIC_KEY: randomBytes(32).toString("hex"),
    PORT: String(port),
  });
  let log = "";
  bot.stdout?.on("data", (d) => {
    log += d;
  });
  bot.stderr?.on("data", (d) => {
    log += d;
  });
  while (!log.includes("newsdesk bot started")) {
    if (bot.exitCode !== null) throw new Error(`bot exited: ${log}`);
    await sleep(100);
  }
  const pid = bot.pid as number;
  await sleep(2000);
  const rounds = arg("rounds", 1);
  for (let round = 1; round <= rounds; round++) {
    const before = rssOf(pid);
    const logBefore = log.length;
    process.stdout.write(
      `http: ${connections} connections, each declaring ${declared} bytes, all but a few bytes written, then a byte a second for ${holdSeconds} s\n`,
    );

    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssOf(pid));
    }, 200);
    // All but a few bytes at once; the rest a byte a second, never quite the whole body.
    const chunk = Buffer.alloc(Math.max(0, declared - holdSeconds - 5), "x");
    const statuses = new Map<string, number>();
    const closedByBot: number[] = [];
    const started = Date.now();
    const sockets: Socket[] = [];
    for (let i = 0; i < connections; i++) {
      const socket = connect(port, "127.0.0.1");
      let received = "";
      let mine = false;
      socket.on("data", (d) => {
        received += d;
      });
      socket.on("error", () => {});
      socket.on("close", () => {
        if (mine) return;
        closedByBot.push(Date.now() - started);
        const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? "none";
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      });
      socket.write(
        `POST /interactions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${declared}\r\nx-signature-ed25519: ${randomBytes(64).toString("hex")}\r\nx-signature-timestamp: ${Math.floor(Date.now() / 1000)}\r\n\r\n`,
      );
      socket.write(chunk);
      (socket as Socket & { hangUp?: () => void }).hangUp = () => {
        mine = true;
        socket.destroy();
      };
      sockets.push(socket);
      if (i % 100 === 99) await sleep(20);
    }
    const drip = setInterval(() => {
      for (const s of sockets) if (!s.destroyed && s.writable) s.write("x");
    }, 1000);
    await sleep(holdSeconds * 1000);
    clearInterval(drip);
    const stillOpen = sockets.filter((s) => !s.destroyed).length;
    const during = peak;
    for (const s of sockets) (s as Socket & { hangUp: () => void }).hangUp();
    await sleep(15_000);
    clearInterval(sampler);
    const after = rssOf(pid);
    const lines = log.slice(logBefore).split("\n").filter(Boolean);
    const stackLines = lines.filter((l) => /"stack"|\n\s+at /.test(l) || /^\s+at /.test(l)).length;
    process.stdout.write(
      `${[
        `RSS before ${mb(before)}, peak during ${mb(during)}, 15 s after ${mb(after)}`,
        `still open after ${holdSeconds} s: ${stillOpen}; closed by the bot: ${closedByBot.length} (${[...statuses].map(([s, n]) => `${n}× ${s}`).join(", ") || "none"}), the last at ${closedByBot.length ? Math.max(...closedByBot) : "-"} ms`,
        `bot log lines during the attack: ${lines.length}, with a stack trace: ${stackLines}`,
      ].join("\n")}\n`,
    );
  }
  bot.kill("SIGTERM");
  await standin.close();
}

/** The child: the bot in gateway mode, answering "measure" with its memory after a full GC. */
async function gatewayChild(): Promise<void> {
  const { startBot } = await import("../../bot/start.ts");
  const { loadConfig } = await import("../../src/config.ts");
  const bot = await startBot(loadConfig(process.env), { handleSignals: false });
  const client = bot.client;
  process.on("message", (message) => {
    if (message !== "measure") return;
    const gc = (globalThis as { gc?: () => void }).gc;
    for (let i = 0; i < 3; i++) gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    const guild = client?.guilds.cache.first();
    const messages = client?.channels.cache.reduce(
      (n, c) => n + ("messages" in c && c.messages ? c.messages.cache.size : 0),
      0,
    );
    process.send?.({
      heapUsed,
      rss,
      users: client?.users.cache.size,
      members: guild?.members.cache.size,
      messages,
    });
  });
  process.on("disconnect", () => void bot.close().then(() => process.exit(0)));
  process.send?.("ready");
}

interface Measure {
  heapUsed: number;
  rss: number;
  users: number;
  members: number;
  messages: number;
}

async function gateway(): Promise<void> {
  const users = arg("users", 20_000);
  const standin = await startStandin();
  const child: ChildProcess = fork(new URL(import.meta.url).pathname, ["gateway-child"], {
    execArgv: ["--expose-gc", "--import", "tsx"],
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: standin.token,
      DISCORD_APPLICATION_ID: standin.applicationId,
      DISCORD_API_URL: standin.apiUrl,
      LOG_LEVEL: "silent",
      COOLDOWN_QUESTIONS: "5",
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise<void>((resolve) => child.once("message", () => resolve()));
  await standin.waitForGatewayReady();
  const measure = () =>
    new Promise<Measure>((resolve) => {
      child.once("message", (m) => resolve(m as Measure));
      child.send("measure");
    });
  const show = (m: Measure) =>
    `heap ${mb(m.heapUsed)}, RSS ${mb(m.rss)}; cached users ${m.users}, members ${m.members}, messages ${m.messages}`;
  const run = async (from: number, to: number) => {
    let unanswered = 0;
    for (let start = from; start < to; start += 200) {
      const handles = [];
      for (let i = start; i < Math.min(to, start + 200); i++)
        handles.push(standin.sendInteraction(fromNewUser(standin, i)));
      const outcomes = await Promise.allSettled(handles.map((h) => h.callback(15_000)));
      unanswered += outcomes.filter((o) => o.status === "rejected").length;
    }
    return unanswered;
  };
  // Warm-up (code compiled, modules loaded, connections opened), so "before" is the bot at work.
  const warmup = arg("warmup", 600);
  await run(-warmup, 0);
  await sleep(1000);
  const before = await measure();
  process.stdout.write(
    `gateway: ${users} distinct users, one interaction each (after ${warmup} to warm up)\nbefore: ${show(before)}\n`,
  );
  const started = Date.now();
  const unanswered = await run(0, users);
  const after = await measure();
  process.stdout.write(
    `after (${Math.round((Date.now() - started) / 1000)} s, ${unanswered} unanswered): ${show(after)}\nheap grew ${mb(after.heapUsed - before.heapUsed)}\n`,
  );
  // The cooldown keeps each user's uses for its 60 s window and sweeps them on the next question
  // after it: a minute later, one more question shows what stays for good.
  const settle = arg("settle", 61);
  if (settle > 0) {
    await sleep(settle * 1000);
    await standin.sendInteraction(fromNewUser(standin, 0)).callback(15_000);
    const later = await measure();
    process.stdout.write(
      `${settle} s later, after one more question: ${show(later)}\nheap grew ${mb(later.heapUsed - before.heapUsed)} for good\n`,
    );
  }
  child.disconnect();
  await standin.close();
}

const mode = process.argv[2];
if (mode === "gateway-child") await gatewayChild();
else if (mode === "gateway") await gateway();
else if (mode === "http") await http();
else {
  process.stderr.write("usage: intake-memory.ts http|gateway [options]\n");
  process.exitCode = 2;
}
