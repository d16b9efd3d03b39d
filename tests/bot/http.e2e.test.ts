import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APOLOGY } from "../../bot/router.ts";
import { type BotHandle, startBot } from "../../bot/start.ts";
import { loadConfig } from "../../src/config.ts";
import { openEngine } from "../../src/open.ts";
import { explodingEngines } from "../support/exploding-engine.ts";
import { capturingLogger } from "./fakes.ts";
import { interactionKeys } from "./signed.ts";

const keys = interactionKeys();
const config = loadConfig({
  INTERACTIONS_MODE: "http",
  DISCORD_PUBLIC_KEY: keys.publicKeyHex,
  LOG_LEVEL: "info",
});
const engine = openEngine(config.corpusDir);
const engines = explodingEngines(engine);
const capture = capturingLogger();
let bot: BotHandle;
let url: string;

const user = {
  id: "223456789012345678",
  username: "reader",
  discriminator: "0",
  global_name: null,
  avatar: null,
};
let next = 1;
const interaction = (type: number, data: Record<string, unknown>) => ({
  id: String(900000000000000000n + BigInt(next++)),
  application_id: "323456789012345678",
  type,
  token: "interaction-token-not-secret",
  version: 1,
  guild_id: "423456789012345678",
  channel_id: "523456789012345678",
  member: { user, roles: [], permissions: "0" },
  data,
});
const ask = (question: string) =>
  interaction(2, {
    id: "1",
    name: "ask",
    type: 1,
    options: [{ name: "question", type: 3, value: question }],
  });

beforeAll(async () => {
  bot = await startBot(
    { ...config, PORT: 0 },
    { engines, host: "127.0.0.1", handleSignals: false, logStream: capture.stream },
  );
  url = bot.url as string;
});
afterAll(async () => {
  await bot?.close();
});

describe("HTTP interactions mode", () => {
  it("GIVEN a signed PING THEN PONG", async () => {
    expect(await keys.post(url, { id: "1", type: 1, application_id: "1", token: "t", version: 1 })).toEqual({
      status: 200,
      json: { type: 1 },
    });
  });

  it.each([
    ["a bad signature", { badSignature: true }, "invalid"],
    ["a timestamp six minutes old", { timestamp: Math.floor(Date.now() / 1000) - 360 }, "stale"],
  ])("GIVEN %s THEN 401", async (_what, options, reason) => {
    const response = await keys.post(url, { type: 1 }, options);
    expect(response).toEqual({ status: 401, json: { error: `invalid request signature (${reason})` } });
  });

  it("GIVEN no signature headers THEN 401", async () => {
    const response = await fetch(`${url}/interactions`, { method: "POST", body: '{"type":1}' });
    expect(response.status).toBe(401);
  });

  it("GIVEN a signed body that is not JSON THEN 400", async () => {
    expect((await keys.post(url, "not json {")).status).toBe(400);
  });

  it("GIVEN a body over 1 MiB THEN 413", async () => {
    const response = await fetch(`${url}/interactions`, {
      method: "POST",
      body: "x".repeat(1024 * 1024 + 1),
      signal: AbortSignal.timeout(5000),
    }).catch((error: Error) => error);
    expect(response instanceof Response ? response.status : response.message).toBe(413);
  });

  it("GIVEN a signed /ask THEN a cited answer within 3 s, pinging no one", async () => {
    const started = Date.now();
    const { status, json } = await keys.post(url, ask("What did Grossi say?"));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(status).toBe(200);
    expect(json.type).toBe(4);
    expect(json.data.allowed_mentions).toEqual({ parse: [] });
    expect(json.data.embeds[0].description).toContain("Rafael Grossi, the head of the U.N. nuclear watchdog");
    expect(json.data.embeds[0].description).toContain("¶4.1");
    expect(json.data.components[0].components.map((b: { label: string }) => b.label)).toContain(
      "Show paragraph",
    );
  });

  it("GIVEN a question holding @everyone and a role mention THEN it is echoed escaped and pings no one", async () => {
    const { json } = await keys.post(url, ask("@everyone <@&623456789012345678> what did Grossi say?"));
    expect(json.data.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(json.data)).not.toContain("@everyone");
  });

  it("GIVEN /who autocomplete THEN at most 25 choices", async () => {
    const { json } = await keys.post(
      url,
      interaction(4, {
        id: "2",
        name: "who",
        type: 1,
        options: [{ name: "actor", type: 3, value: "gro", focused: true }],
      }),
    );
    expect(json.type).toBe(8);
    expect(json.data.choices.length).toBeGreaterThan(0);
    expect(json.data.choices.length).toBeLessThanOrEqual(25);
    expect(json.data.choices[0].value).toBe("Rafael Grossi");
  });

  it("GIVEN the 'Show paragraph' button of an answer THEN the paragraph, ephemeral", async () => {
    const answer = await keys.post(url, ask("What did Grossi say?"));
    const button = answer.json.data.components[0].components.find(
      (b: { label: string }) => b.label === "Show paragraph",
    );
    const { json } = await keys.post(url, interaction(3, { custom_id: button.custom_id, component_type: 2 }));
    expect(json).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(json.data.embeds[0].description).toContain("¶4");
  });

  it("GIVEN a throwing handler THEN the apology, and the next question is still answered", async () => {
    const failed = await keys.post(url, ask("explode please"));
    expect(failed.json).toMatchObject({ type: 4, data: { content: APOLOGY, flags: 64 } });
    const again = await keys.post(url, ask("What did Grossi say?"));
    expect(again.json.data.embeds[0].description).toContain("¶4.1");
    const logged = capture.lines.find((l) => l.msg === "interaction failed");
    expect(logged).toMatchObject({
      interaction: expect.stringMatching(/^\d+$/),
      err: { message: "a bug in the engine" },
    });
  });

  it("GIVEN GET /healthz THEN 200 with the articles and a version", async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      version: string;
      corpus: { articles: unknown[] };
    };
    expect(body.status).toBe("ok");
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.corpus.articles).toContainEqual(
      expect.objectContaining({ id: "khamenei-rejects-talks-under-pressure" }),
    );
  });

  it("GIVEN every interaction THEN one log line each with id, command and duration", () => {
    const lines = capture.lines.filter((l) => l.msg === "interaction");
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines)
      expect(line).toEqual(
        expect.objectContaining({
          interaction: expect.any(String),
          command: expect.any(String),
          ms: expect.any(Number),
        }),
      );
  });
});
