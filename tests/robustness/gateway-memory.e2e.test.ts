import type { APIInteraction, Client, TextChannel } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Cooldown } from "../../bot/cooldown.ts";
import { startGateway } from "../../bot/gateway.ts";
import { createRouter } from "../../bot/router.ts";
import { loadCommands } from "../../commands/index.ts";
import { loadConfig } from "../../src/config.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine } from "../../src/engine.ts";
import { opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";

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
  const config = loadConfig({
    DISCORD_TOKEN: standin.token,
    DISCORD_API_URL: standin.apiUrl,
    LOG_LEVEL: "silent",
  });
  const route = createRouter({
    engines: { current: () => engine },
    commands: loadCommands(),
    cooldown: new Cooldown(5, 60_000),
    log: pino({ level: "silent" }),
  });
  client = await startGateway({ ...config, DISCORD_TOKEN: standin.token }, route, pino({ level: "silent" }));
  await standin.waitForGatewayReady();
}, 20_000);
afterAll(async () => {
  await client?.destroy();
  await standin?.close();
});

/** Interaction `i` from a user never seen before: an /ask, a message command on a new author's message, or a button. */
function fromNewUser(i: number): APIInteraction {
  const user = human(snowflake(), `reader${i}`, `Reader ${i}`);
  if (i % 3 === 0)
    return standin.build.chatInput({
      name: "ask",
      user,
      options: [opt.string("question", "What did Grossi say?")],
    });
  if (i % 3 === 1)
    return standin.build.messageCommand({
      name: "Check against the story",
      user,
      target: {
        content: "Grossi said the inspectors had access.",
        author: human(snowflake(), `poster${i}`, "Poster"),
      },
    });
  return standin.build.button({ customId: "nd1:m:0:x", user });
}

describe("gateway mode keeps no users, members or messages it is shown", () => {
  it(`GIVEN ${USERS} distinct users sending interactions THEN discord.js caches keep only the bot itself, and every one is answered`, {
    timeout: 60_000,
  }, async () => {
    for (let start = 0; start < USERS; start += 100) {
      const handles = [];
      for (let i = start; i < Math.min(USERS, start + 100); i++)
        handles.push(standin.sendInteraction(fromNewUser(i)));
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
