import { randomBytes } from "node:crypto";
import { connect, type Socket } from "node:net";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HttpHandle, startHttpServer } from "../../bot/http.ts";
import type { BotHandle } from "../../bot/start.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine, type Engine } from "../../src/engine.ts";
import { capturingLogger } from "../bot/fakes.ts";
import { applicationKey, discordSignature } from "../support/discord-standin/signing.ts";
import { startHttpBot } from "../support/http-bot.ts";

/**
 * HTTP mode's intake under abuse (issue 15): unsigned requests refused from their headers before
 * the body is read; bodies capped at what an interaction can be (64 KiB, not 1 MiB); slow bodies
 * timed out in seconds (not 300 s); a client hanging up mid-body is no error with a stack trace;
 * and a signed request replayed within its 300 s window is refused, not run again and charged
 * to the user's cooldown. The 1,500-connection memory figures come from tests/robustness/intake-memory.ts.
 */
const { publicKeyHex, privateKey } = applicationKey();
const capture = capturingLogger();
const base = createEngine(loadCorpus(new URL("../../corpus", import.meta.url).pathname));
let engineCalls = 0;
const counted: Engine = {
  ...base,
  ask: (q) => {
    engineCalls++;
    return base.ask(q);
  },
};
let bot: BotHandle;
let port: number;

const now = () => String(Math.floor(Date.now() / 1000));
let nextId = 900000000000000100n;
const ask = (question = "What did Grossi say?", user = "223456789012345699") =>
  JSON.stringify({
    id: String(nextId++),
    application_id: "323456789012345678",
    type: 2,
    token: `interaction-token-${nextId}`,
    version: 1,
    member: { user: { id: user, username: "x" }, roles: [], permissions: "0" },
    data: { id: "1", name: "ask", type: 1, options: [{ name: "question", type: 3, value: question }] },
  });
const signed = (body: string, timestamp = now()) => ({
  "x-signature-ed25519": discordSignature(privateKey, timestamp, body),
  "x-signature-timestamp": timestamp,
});
/** Headers that look right (fresh timestamp, 128 hex digits) but were never signed by Discord. */
const plausible = () => ({
  "x-signature-ed25519": randomBytes(64).toString("hex"),
  "x-signature-timestamp": now(),
});

async function post(body: string, headers: Record<string, string>) {
  const response = await fetch(`http://127.0.0.1:${port}/interactions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
    signal: AbortSignal.timeout(5000),
  }).catch((error: Error) => error);
  if (!(response instanceof Response)) return { status: -1, text: response.message };
  return { status: response.status, text: await response.text() };
}

interface Raw {
  socket: Socket;
  /** Resolves when the server closes the connection: the status it answered (0 for none) and when. */
  closed: Promise<{ status: number; at: number }>;
}

/** A raw POST /interactions: the headers as given, then `first` of the body, and nothing more unless the test writes it. */
function rawPost(target: number, headers: Record<string, string>, contentLength: number, first = ""): Raw {
  const socket = connect(target, "127.0.0.1");
  let received = "";
  socket.on("data", (d) => {
    received += d;
  });
  socket.on("error", () => {});
  const closed = new Promise<{ status: number; at: number }>((resolve) =>
    socket.on("close", () =>
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0), at: Date.now() }),
    ),
  );
  const lines = Object.entries({
    host: "127.0.0.1",
    "content-type": "application/json",
    "content-length": String(contentLength),
    ...headers,
  }).map(([k, v]) => `${k}: ${v}`);
  socket.write(`POST /interactions HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n${first}`);
  return { socket, closed };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<"still open">((r) => setTimeout(() => r("still open"), ms))]);

beforeAll(async () => {
  bot = await startHttpBot(
    publicKeyHex,
    { engines: { current: () => counted }, logStream: capture.stream },
    { LOG_LEVEL: "debug", COOLDOWN_QUESTIONS: "2", COOLDOWN_SECONDS: "60" },
  );
  port = Number(new URL(bot.url as string).port);
});
afterAll(async () => {
  await bot?.close();
});

describe("HTTP intake refuses cheaply, before the body", () => {
  it("GIVEN a POST declaring a body but with no signature headers THEN 401 at once, without waiting for the body", async () => {
    const raw = rawPost(port, {}, 60_000);
    const started = Date.now();
    const outcome = await within(raw.closed, 2000);
    raw.socket.destroy();
    expect(outcome).not.toBe("still open");
    expect(outcome).toMatchObject({ status: 401 });
    expect((outcome as { at: number }).at - started).toBeLessThan(1000);
  });

  it("GIVEN a stale timestamp on a request declaring a body THEN 401 at once, without waiting for the body", async () => {
    const raw = rawPost(
      port,
      { ...plausible(), "x-signature-timestamp": String(Number(now()) - 400) },
      60_000,
    );
    const outcome = await within(raw.closed, 2000);
    raw.socket.destroy();
    expect(outcome).toMatchObject({ status: 401 });
  });

  it("GIVEN a correctly signed 100 KiB interaction THEN 413: no interaction needs more than 64 KiB", async () => {
    const body = ask(`What did Grossi say? ${"x".repeat(100 * 1024)}`);
    const response = await post(body, signed(body));
    expect([413, -1]).toContain(response.status);
    expect(engineCalls).toBe(0);
  });

  it("GIVEN clients that hang up mid-body THEN no error and no stack trace is logged, and the server still answers", async () => {
    const before = capture.lines.length;
    const raws = Array.from({ length: 20 }, () => rawPost(port, plausible(), 2000, '{"type":2,'));
    await new Promise((r) => setTimeout(r, 200));
    for (const raw of raws) raw.socket.destroy();
    await Promise.all(raws.map((raw) => raw.closed));
    await new Promise((r) => setTimeout(r, 200));
    const lines = capture.lines.slice(before);
    expect(lines.filter((l) => Number(l.level) >= 40)).toEqual([]);
    expect(capture.raw.slice(before).join("\n")).not.toMatch(/"stack"|ECONNRESET/);
    const body = ask();
    const response = await post(body, signed(body));
    expect(response.status).toBe(200);
    engineCalls = 0;
  });
});

describe("HTTP intake refuses a replayed signed request", () => {
  it("GIVEN a signed /ask replayed three times THEN each replay gets 409, runs nothing, and the user's cooldown is not charged", async () => {
    // The cooldown allows 2 questions a minute: one genuine, three replays, one more genuine.
    const reader = "223456789012345700";
    const body = ask("What did Grossi say?", reader);
    const headers = signed(body);
    const first = await post(body, headers);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text).data.embeds[0].description).toContain("¶4.1");
    for (let i = 0; i < 3; i++) {
      const replay = await post(body, headers);
      expect(replay.status).toBe(409);
    }
    // The same signature in capitals is the same signature.
    const shouted = await post(body, {
      ...headers,
      "x-signature-ed25519": headers["x-signature-ed25519"].toUpperCase(),
    });
    expect(shouted.status).toBe(409);
    expect(engineCalls).toBe(1);
    const second = ask("What did Grossi say about the inspectors?", reader);
    const next = await post(second, signed(second));
    expect(next.status).toBe(200);
    expect(JSON.stringify(JSON.parse(next.text).data)).not.toMatch(/asking quickly/);
    expect(engineCalls).toBe(2);
  });
});

describe("HTTP intake times slow bodies out in seconds", () => {
  let server: HttpHandle;
  let routed = 0;
  beforeAll(async () => {
    server = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      publicKey: publicKeyHex,
      engines: { current: () => base },
      route: async () => {
        routed++;
      },
      log: pino({ level: "silent" }),
      bodyTimeoutMs: 1000,
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("GIVEN Node's own header and request timeouts THEN seconds, not Node's 60 s and 300 s", () => {
    expect(server.server.headersTimeout).toBeLessThanOrEqual(10_000);
    expect(server.server.requestTimeout).toBeLessThanOrEqual(15_000);
  });

  it("GIVEN 200 connections with plausible headers dribbling a body THEN each gets 408 and is closed within the body timeout", {
    timeout: 15_000,
  }, async () => {
    const target = Number(new URL(server.url).port);
    const started = Date.now();
    const raws = Array.from({ length: 200 }, () => rawPost(target, plausible(), 60_000, '{"type":2,"pad":"'));
    const drip = setInterval(() => {
      for (const raw of raws) if (!raw.socket.destroyed) raw.socket.write("x");
    }, 100);
    try {
      const outcomes = await within(Promise.all(raws.map((raw) => raw.closed)), 4000);
      expect(outcomes).not.toBe("still open");
      const closed = outcomes as Array<{ status: number; at: number }>;
      expect(closed.every((c) => c.status === 408)).toBe(true);
      expect(Math.max(...closed.map((c) => c.at - started))).toBeLessThan(3500);
      expect(routed).toBe(0);
    } finally {
      clearInterval(drip);
      for (const raw of raws) raw.socket.destroy();
    }
    const connections = await new Promise<number>((r) => server.server.getConnections((_e, n) => r(n)));
    expect(connections).toBe(0);
  });
});
