import { type KeyObject, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotHandle } from "../../bot/start.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine, type Engine } from "../../src/engine.ts";
import { capturingLogger } from "../bot/fakes.ts";
import { applicationKey, discordSignature } from "../support/discord-standin/signing.ts";
import { startHttpBot } from "../support/http-bot.ts";

/**
 * HTTP interactions mode against forged and broken requests, beyond tests/bot/http.e2e.test.ts:
 * a signature made with another key, a signed body with one byte changed, a signature that is not
 * one, timestamps more than 5 minutes off either way, a signed oversize body, signed JSON that is
 * not an interaction. Each is refused with 401/400/413, and none reaches a handler: the engine is
 * never called and no interaction is logged.
 */
function keyPair() {
  const { publicKeyHex, privateKey } = applicationKey();
  return { hex: publicKeyHex, privateKey };
}
const app = keyPair();
const stranger = keyPair();
const capture = capturingLogger();
const base = createEngine(loadCorpus(new URL("../../corpus", import.meta.url).pathname));
let engineCalls = 0;
/** The engine, counting every question put to it. */
const count = <T>(value: () => T): T => {
  engineCalls++;
  return value();
};
const counted: Engine = {
  ...base,
  ask: (q) => count(() => base.ask(q)),
  who: (n) => count(() => base.who(n)),
  positions: (t) => count(() => base.positions(t)),
  timeline: () => count(() => base.timeline()),
};
let bot: BotHandle;
let url: string;

const now = () => Math.floor(Date.now() / 1000);
const askBody = JSON.stringify({
  id: "900000000000000001",
  application_id: "323456789012345678",
  type: 2,
  token: "interaction-token",
  version: 1,
  member: { user: { id: "223456789012345678", username: "x" }, roles: [], permissions: "0" },
  data: {
    id: "1",
    name: "ask",
    type: 1,
    options: [{ name: "question", type: 3, value: "What did Grossi say?" }],
  },
});

async function post(
  body: string | Buffer,
  headers: { signature?: string; timestamp?: string },
): Promise<{ status: number; text: string }> {
  const h: Record<string, string> = { "content-type": "application/json" };
  if (headers.signature !== undefined) h["x-signature-ed25519"] = headers.signature;
  if (headers.timestamp !== undefined) h["x-signature-timestamp"] = headers.timestamp;
  const response = await fetch(`${url}/interactions`, {
    method: "POST",
    headers: h,
    body,
    signal: AbortSignal.timeout(5000),
  }).catch((error: Error) => error);
  // A server that refuses an oversize body may close the socket before the client has sent it all.
  if (!(response instanceof Response)) return { status: -1, text: response.message };
  return { status: response.status, text: await response.text() };
}

const signed = (body: string | Buffer, key: KeyObject = app.privateKey, timestamp = String(now())) => ({
  signature: discordSignature(key, timestamp, body),
  timestamp,
});

beforeAll(async () => {
  bot = await startHttpBot(
    app.hex,
    { engines: { current: () => counted }, logStream: capture.stream },
    { LOG_LEVEL: "info" },
  );
  url = bot.url as string;
});
afterAll(async () => {
  await bot?.close();
});

describe("HTTP mode refuses forged and broken requests, and runs none of them", () => {
  const oneByteChanged = () => {
    const headers = signed(askBody);
    const tampered = Buffer.from(askBody);
    const at = tampered.indexOf("Grossi");
    tampered[at] = "K".charCodeAt(0);
    return { body: tampered, headers };
  };

  const cases: Array<
    [string, () => { body: string | Buffer; headers: { signature?: string; timestamp?: string } }, number]
  > = [
    [
      "a forged signature (random bytes)",
      () => ({
        body: askBody,
        headers: { signature: randomBytes(64).toString("hex"), timestamp: String(now()) },
      }),
      401,
    ],
    [
      "a signature made with another key",
      () => ({ body: askBody, headers: signed(askBody, stranger.privateKey) }),
      401,
    ],
    ["a signed body with one byte changed", oneByteChanged, 401],
    [
      "a valid signature over another timestamp",
      () => ({ body: askBody, headers: { ...signed(askBody), timestamp: String(now() - 1) } }),
      401,
    ],
    [
      "a timestamp 301 s old, correctly signed",
      () => ({ body: askBody, headers: signed(askBody, app.privateKey, String(now() - 301)) }),
      401,
    ],
    [
      "a timestamp 10 minutes ahead, correctly signed",
      () => ({ body: askBody, headers: signed(askBody, app.privateKey, String(now() + 600)) }),
      401,
    ],
    [
      "a signature that is not hex",
      () => ({ body: askBody, headers: { signature: "z".repeat(128), timestamp: String(now()) } }),
      401,
    ],
    [
      "a truncated signature",
      () => ({
        body: askBody,
        headers: { signature: signed(askBody).signature.slice(0, 100), timestamp: String(now()) },
      }),
      401,
    ],
    [
      "a timestamp that is not a number",
      () => ({ body: askBody, headers: signed(askBody, app.privateKey, "yesterday") }),
      401,
    ],
    [
      "only a signature, no timestamp",
      () => ({ body: askBody, headers: { signature: signed(askBody).signature } }),
      401,
    ],
    [
      "a correctly signed body that is not JSON",
      () => ({ body: "{'type': 2,", headers: signed("{'type': 2,") }),
      400,
    ],
    ["correctly signed JSON null", () => ({ body: "null", headers: signed("null") }), 400],
    [
      "correctly signed JSON that is not an interaction",
      () => ({ body: '{"type":2,"data":{}}', headers: signed('{"type":2,"data":{}}') }),
      400,
    ],
    ["an empty body, correctly signed", () => ({ body: "", headers: signed("") }), 400],
  ];

  it.each(cases)("GIVEN %s THEN %i, and nothing runs", async (_what, make, status) => {
    const { body, headers } = make();
    const response = await post(body, headers);
    expect(response.status).toBe(status);
    expect(engineCalls).toBe(0);
  });

  it("GIVEN a correctly signed body over 1 MiB THEN 413 (or the socket closed on it), and nothing runs", async () => {
    const body = JSON.stringify({ padding: "x".repeat(1024 * 1024 + 10), ...JSON.parse(askBody) });
    const response = await post(body, signed(body));
    expect([413, -1]).toContain(response.status);
    expect(engineCalls).toBe(0);
  });

  it("GIVEN all the refusals THEN no interaction was logged, and a genuine request is still answered", async () => {
    expect(capture.lines.filter((l) => l.msg === "interaction")).toEqual([]);
    const response = await post(askBody, signed(askBody));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text).data.embeds[0].description).toContain("¶4.1");
    expect(engineCalls).toBe(1);
  });
});
