import type { Client, TextChannel } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cooldown } from "../../bot/cooldown.ts";
import { startGateway } from "../../bot/gateway.ts";
import { createRouter } from "../../bot/router.ts";
import { loadCommands } from "../../commands/index.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine } from "../../src/engine.ts";
import { type Standin, startStandin } from "../support/discord-standin/index.ts";
import { gatewayConfig } from "../support/gateway-config.ts";
import { fromNewUser } from "./new-users.ts";

/**
 * Gateway mode keeps bounded memory (issue 15): discord.js by default caches every user, member
 * and message an interaction carries, without limit (27,000 users and 20,000 members after 20,000
 * distinct users; tests/robustness/intake-memory.ts measures the heap). The bot reads everything
 * from the interaction, so its client keeps only itself, its guild and the guild's channels.
 */
const USERS = 600;
let standin: Standin;
let client: Client;
const engine = createEngine(loadCorpus(new URL("../../corpus", import.meta.url).pathname));

beforeAll(async () => {
  standin = await startStandin();
  const route = createRouter({
    engines: { current: () => engine },
    commands: loadCommands(),
    cooldown: new Cooldown(5, 60_000),
    log: pino({ level: "silent" }),
  });
  client = await startGateway(gatewayConfig(standin), route, pino({ level: "silent" }));
  await standin.waitForGatewayReady();
}, 20_000);
afterAll(async () => {
  await client?.destroy();
  await standin?.close();
});

describe("gateway mode keeps no users, members or messages it is shown", () => {
  it(`GIVEN ${USERS} distinct users sending interactions THEN discord.js caches keep only the bot itself, and every one is answered`, {
    timeout: 60_000,
  }, async () => {
    for (let start = 0; start < USERS; start += 100) {
      const handles = [];
      for (let i = start; i < Math.min(USERS, start + 100); i++)
        handles.push(standin.sendInteraction(fromNewUser(standin, i)));
      const events = await Promise.all(handles.map((h) => h.callback(10_000)));
      // The message command still reads its target, though no message is cached.
      if (start === 0) expect(JSON.stringify(events[1]?.data)).toContain("What the story says on this");
    }
    const guild = client.guilds.cache.get(standin.guildId);
    const channel = client.channels.cache.get(standin.channelId) as TextChannel | undefined;
    // What the bot needs stays: itself, its guild, the guild's channels, its own member.
    expect(client.user?.id).toBe(standin.world.botUser.id);
    expect(guild).toBeDefined();
    expect(channel).toBeDefined();
    expect(guild?.members.me?.id).toBe(standin.world.botUser.id);
    // Nobody else: before, these were USERS + USERS/3 users, USERS members and 2·USERS/3 messages.
    expect([...client.users.cache.keys()]).toEqual([standin.world.botUser.id]);
    expect([...(guild?.members.cache.keys() ?? [])]).toEqual([standin.world.botUser.id]);
    expect(channel?.messages.cache.size).toBe(0);
  });
});
