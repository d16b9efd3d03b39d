import type { Client } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cooldown } from "../../bot/cooldown.ts";
import { startGateway } from "../../bot/gateway.ts";
import { APOLOGY, createRouter } from "../../bot/router.ts";
import { loadCommands } from "../../commands/index.ts";
import type { Command } from "../../discord/kit/types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine } from "../../src/engine.ts";
import { opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";
import { gatewayConfig } from "../support/gateway-config.ts";

/**
 * Discord misbehaving, through the stand-in, against the bot's own gateway transport and router
 * (what startBot wires together) with the real discord.js client: the gateway socket dropped
 * (resumable, and not), 429 with Retry-After and 500 on the callback route and on the edit route.
 * The edit route is only used for deferred answers, so one command here answers slowly: `/ask`
 * with a question holding "slowly" takes 300 ms, past the 50 ms defer threshold.
 */
let standin: Standin;
let client: Client;
const engine = createEngine(loadCorpus(new URL("../../corpus", import.meta.url).pathname));
const CALLBACK = "POST /interactions/:id/:token/callback";
const EDIT = "PATCH /webhooks/:appId/:token/messages/@original";

beforeAll(async () => {
  standin = await startStandin();
  const commands = loadCommands().map((command): Command => {
    if (command.data.name !== "ask") return command;
    return {
      ...command,
      async execute(input, context) {
        if (String(input.options.question).includes("slowly")) await new Promise((r) => setTimeout(r, 300));
        return command.execute(input, context);
      },
    };
  });
  const route = createRouter({
    engines: { current: () => engine },
    commands,
    cooldown: new Cooldown(1000, 60_000),
    log: pino({ level: "silent" }),
    deferAfterMs: 50,
  });
  client = await startGateway(gatewayConfig(standin), route, pino({ level: "silent" }));
  await standin.waitForGatewayReady();
}, 20_000);

afterAll(async () => {
  await client?.destroy();
  await standin?.close();
});

const someone = () => human(snowflake(), "reader", "Reader");
const ask = (question = "What did Grossi say?") =>
  standin.sendInteraction(
    standin.build.chatInput({ name: "ask", user: someone(), options: [opt.string("question", question)] }),
  );
const description = (data: unknown) =>
  ((data as { embeds?: Array<{ description?: string }> })?.embeds?.[0]?.description ?? "") as string;

describe("faults: Discord drops and refuses, the user still gets an answer or a clear message", () => {
  it("GIVEN the gateway socket dropped mid-run THEN the bot resumes and answers the next interaction within 3 s", async () => {
    const resumes = standin.gateway.resumes;
    standin.dropGatewayConnections();
    await standin.waitForGatewayReady(10_000);
    const event = await ask().callback(5000);
    expect(standin.gateway.resumes).toBe(resumes + 1);
    expect(event.elapsedMs).toBeLessThan(3000);
    expect(description(event.data)).toContain("¶4.1");
  });

  it("GIVEN an interaction sent while the socket is down THEN it is answered after the resume", async () => {
    standin.dropGatewayConnections();
    const handle = ask();
    const event = await handle.callback(5000);
    expect(description(event.data)).toContain("¶4.1");
  });

  it("GIVEN the session dropped and not resumable THEN the bot identifies again and answers", {
    timeout: 20_000,
  }, async () => {
    const identifies = standin.gateway.identifies.length;
    standin.dropGatewayConnections({ resumable: false });
    await new Promise((r) => setTimeout(r, 100));
    await standin.waitForGatewayReady(15_000);
    expect(standin.gateway.identifies.length).toBe(identifies + 1);
    const event = await ask().callback(5000);
    expect(description(event.data)).toContain("¶4.1");
  });

  it("GIVEN 429 with Retry-After 0.3 s on the callback route THEN the answer arrives after it, within 3 s", async () => {
    standin.failNext(CALLBACK, { status: 429, retryAfter: 0.3 });
    const handle = ask();
    const event = await handle.callback(5000);
    expect(handle.events[0]).toMatchObject({ kind: "callback", status: 429, injected: true });
    expect(event.elapsedMs - (handle.events[0]?.elapsedMs ?? 0)).toBeGreaterThanOrEqual(290);
    expect(event.elapsedMs).toBeLessThan(3000);
    expect(description(event.data)).toContain("¶4.1");
  });

  it("GIVEN 500 twice on the callback route THEN the answer arrives on a retry, within 3 s", async () => {
    standin.failNext(CALLBACK, { status: 500, times: 2 });
    const handle = ask();
    const event = await handle.callback(5000);
    expect(handle.events.filter((e) => e.status === 500)).toHaveLength(2);
    expect(event.elapsedMs).toBeLessThan(3000);
    expect(description(event.data)).toContain("¶4.1");
  });

  it("GIVEN 500 on every retry of the callback THEN the user still gets the apology, not silence", async () => {
    standin.failNext(CALLBACK, { status: 500, times: 4 });
    const handle = ask();
    const event = await handle.callback(5000);
    expect(handle.events.filter((e) => e.status === 500)).toHaveLength(4);
    expect(event.elapsedMs).toBeLessThan(3000);
    expect(event.data).toMatchObject({ content: APOLOGY, flags: 64 });
  });

  it("GIVEN a slow answer and 429 on the edit route THEN the deferred reply is edited into the answer", async () => {
    standin.failNext(EDIT, { status: 429, retryAfter: 0.2 });
    const handle = ask("What did Grossi say, slowly?");
    const ack = await handle.callback(3000);
    expect(ack.callbackType).toBe(5);
    const edit = await handle.waitFor("edit", 5000);
    expect(handle.events.some((e) => e.kind === "edit" && e.status === 429)).toBe(true);
    expect(description(edit.data)).toContain("¶4.1");
  });

  it("GIVEN a slow answer and 500 twice on the edit route THEN the answer arrives on a retry", async () => {
    standin.failNext(EDIT, { status: 500, times: 2 });
    const handle = ask("What did Grossi say, slowly?");
    await handle.callback(3000);
    const edit = await handle.waitFor("edit", 5000);
    expect(handle.events.filter((e) => e.kind === "edit" && e.status === 500)).toHaveLength(2);
    expect(description(edit.data)).toContain("¶4.1");
  });

  it("GIVEN a slow answer and 500 on every retry of the edit THEN the thinking message becomes the apology", async () => {
    standin.failNext(EDIT, { status: 500, times: 4 });
    const handle = ask("What did Grossi say, slowly?");
    await handle.callback(3000);
    const edit = await handle.waitFor("edit", 8000);
    expect(handle.events.filter((e) => e.kind === "edit" && e.status === 500)).toHaveLength(4);
    expect(edit.data).toMatchObject({ content: APOLOGY });
    expect(handle.original?.content).toBe(APOLOGY);
  });
});
