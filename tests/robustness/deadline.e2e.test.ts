import type { Client } from "discord.js";
import { InteractionResponseType, RESTJSONErrorCodes, SnowflakeUtil } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cooldown } from "../../bot/cooldown.ts";
import { startGateway } from "../../bot/gateway.ts";
import { type HttpHandle, startHttpServer } from "../../bot/http.ts";
import { APOLOGY, createRouter, type Router } from "../../bot/router.ts";
import { loadCommands } from "../../commands/index.ts";
import type { Command } from "../../discord/kit/types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine } from "../../src/engine.ts";
import { capturingLogger } from "../bot/fakes.ts";
import { opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";
import { gatewayConfig } from "../support/gateway-config.ts";

/**
 * Discord's 3-second deadline, guarded by the interaction's age (its snowflake time) rather than
 * by a timer racing synchronous work: an interaction already old when the bot gets to it is
 * acknowledged before the work; one past 3 s is dropped without a word; a refusal for lateness
 * (10062) is one log line, not an apology and an error storm; and in HTTP mode an answer not
 * ready in time goes out as a deferred HTTP response completed through PATCH @original.
 *
 * `/ask` here waits N ms before answering when its question holds "[wait N]". Questions holding
 * "[patient]" go to a router that never defers (as the bot did when its timer could not fire).
 */
const engine = createEngine(loadCorpus(new URL("../../corpus", import.meta.url).pathname));
const commands = loadCommands().map((command): Command => {
  if (command.data.name !== "ask") return command;
  return {
    ...command,
    async execute(input, context) {
      const wait = /\[wait (\d+)\]/.exec(String(input.options.question))?.[1];
      if (wait) await new Promise((r) => setTimeout(r, Number(wait)));
      return command.execute(input, context);
    },
  };
});
const createdAt = (id: string) => SnowflakeUtil.timestampFrom(id);
/** The same interaction, created `ageMs` ago: what the bot sees after a slow gateway or a backlog. */
const aged = <T extends { id: string }>(payload: T, ageMs: number): T => ({
  ...payload,
  id: snowflake(Date.now() - ageMs),
});
const description = (data: unknown) =>
  ((data as { embeds?: Array<{ description?: string }> })?.embeds?.[0]?.description ?? "") as string;

function routers(log: ReturnType<typeof capturingLogger>["log"]): Router {
  const common = { engines: { current: () => engine }, commands, log };
  const normal = createRouter({ ...common, cooldown: new Cooldown(1000, 60_000) });
  const patient = createRouter({
    ...common,
    cooldown: new Cooldown(1000, 60_000),
    deferAfterMs: 60_000,
    deferAtAgeMs: 60_000,
    expireAtAgeMs: 60_000,
  });
  return (incoming, exchange) => {
    const question = incoming.kind === "command" ? String(incoming.input.options.question ?? "") : "";
    return (question.includes("[patient]") ? patient : normal)(incoming, exchange);
  };
}

/** Resolves once `lines` holds one for `id`, then waits `settleMs` more for anything after it. */
async function loggedFor(lines: Array<Record<string, unknown>>, id: string, settleMs = 300) {
  const until = Date.now() + 5000;
  while (!lines.some((l) => l.interaction === id) && Date.now() < until)
    await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, settleMs));
  return lines.filter((l) => l.interaction === id);
}

describe("the deadline over the gateway", () => {
  let standin: Standin;
  let client: Client;
  const capture = capturingLogger();
  const someone = () => human(snowflake(), "reader", "Reader");
  const ask = (question: string, ageMs = 0) =>
    standin.sendInteraction(
      aged(
        standin.build.chatInput({
          name: "ask",
          user: someone(),
          options: [opt.string("question", question)],
        }),
        ageMs,
      ),
    );

  beforeAll(async () => {
    standin = await startStandin();
    client = await startGateway(gatewayConfig(standin), routers(capture.log), capture.log);
    await standin.waitForGatewayReady();
  }, 20_000);
  afterAll(async () => {
    await client?.destroy();
    await standin?.close();
  });

  it("GIVEN an interaction already 2.5 s old THEN it is deferred before the work, within 3 s of its creation, and the answer arrives by the edit route", async () => {
    const handle = ask("What did Grossi say?", 2500);
    const ack = await handle.callback(3000);
    expect(ack.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(ack.at - createdAt(handle.id)).toBeLessThan(3000);
    const edit = await handle.waitFor("edit", 5000);
    expect(edit.path).toMatch(/\/messages\/@original$/);
    expect(description(edit.data)).toContain("¶4.1");
    expect(handle.events.filter((e) => e.kind === "callback")).toHaveLength(1);
  });

  it("GIVEN an interaction already past 3 s THEN no reply, no apology, at most one log line and no error", async () => {
    const handle = ask("What did Grossi say?", 3500);
    const lines = await loggedFor(capture.lines, handle.id);
    expect(handle.events).toEqual([]);
    expect(lines.length).toBeLessThanOrEqual(1);
    expect(lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(lines[0]).toMatchObject({ outcome: "expired" });
  });

  it("GIVEN the answer refused with 10062 (sent after 3 s) THEN no apology, no second request, one log line", async () => {
    const handle = ask("What did Grossi say? [patient] [wait 3200]");
    const refused = await handle.waitFor((e) => e.kind === "callback", 6000);
    expect(refused).toMatchObject({ ok: false, errorCode: RESTJSONErrorCodes.UnknownInteraction });
    const lines = await loggedFor(capture.lines, handle.id, 500);
    expect(handle.events).toHaveLength(1);
    expect(handle.events.some((e) => e.data?.content === APOLOGY)).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      outcome: "lost",
      code: RESTJSONErrorCodes.UnknownInteraction,
    });
    expect(capture.lines.filter((l) => (l.level as number) >= 50)).toEqual([]);
  }, 10_000);
});

describe("the deadline in HTTP interactions mode", () => {
  let standin: Standin;
  let server: HttpHandle;
  const capture = capturingLogger();
  const deliver = (question: string, ageMs = 0) =>
    standin.deliverOverHttp(
      `${server.url}/interactions`,
      aged(standin.build.chatInput({ name: "ask", options: [opt.string("question", question)] }), ageMs),
    );

  beforeAll(async () => {
    standin = await startStandin();
    server = await startHttpServer({
      port: 0,
      host: "127.0.0.1",
      publicKey: standin.publicKey,
      apiUrl: standin.apiUrl,
      engines: { current: () => engine },
      route: routers(capture.log),
      log: capture.log,
    });
  });
  afterAll(async () => {
    await server?.close();
    await standin?.close();
  });

  it("GIVEN an interaction 2.2 s old whose answer takes 1 s THEN a deferred HTTP response within 3 s, and the answer through PATCH @original", async () => {
    const delivery = await deliver("What did Grossi say? [wait 1000]", 2200);
    expect(delivery.status).toBe(200);
    expect(delivery.body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    expect(delivery.ageMs).toBeLessThan(3000);
    const edit = await delivery.handle.waitFor("edit", 5000);
    expect(edit).toMatchObject({ method: "PATCH", ok: true });
    expect(edit.path).toMatch(/\/webhooks\/\d+\/[^/]+\/messages\/@original$/);
    expect(description(edit.data)).toContain("¶4.1");
    expect(delivery.handle.original?.embeds?.[0]?.description).toContain("¶4.1");
  });

  it("GIVEN a handler still working as the deadline nears (the router never defers) THEN the HTTP response is a deferral and the answer follows by PATCH @original", async () => {
    const delivery = await deliver("What did Grossi say? [patient] [wait 2950]");
    expect(delivery.status).toBe(200);
    expect(delivery.body).toMatchObject({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    expect(delivery.ageMs).toBeLessThan(3000);
    const edit = await delivery.handle.waitFor("edit", 5000);
    expect(edit.path).toMatch(/\/messages\/@original$/);
    expect(description(edit.data)).toContain("¶4.1");
  }, 10_000);

  it("GIVEN a quick answer THEN it is the HTTP response itself, and nothing goes to the API", async () => {
    const before = standin.requests.length;
    const delivery = await deliver("What did Grossi say?");
    expect(delivery.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
    expect(description((delivery.body as { data: unknown }).data)).toContain("¶4.1");
    expect(standin.requests.length).toBe(before);
  });
});
