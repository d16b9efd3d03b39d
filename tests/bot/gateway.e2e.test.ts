import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands } from "../../bot/deploy-commands.ts";
import { APOLOGY } from "../../bot/router.ts";
import { type BotHandle, startBot } from "../../bot/start.ts";
import { STALE_BUTTON } from "../../discord/kit/component.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import { openEngine } from "../../src/open.ts";
import { opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";
import { explodingEngines } from "../support/exploding-engine.ts";
import { capturingLogger } from "./fakes.ts";

/**
 * The real discord.js client, started by startBot as `npm start` does, against the
 * Discord-compatible stand-in on 127.0.0.1: gateway, REST, interaction callbacks and webhooks.
 */
let standin: Standin;
let bot: BotHandle;
let config: Config;
const capture = capturingLogger();
const COOLDOWN_QUESTIONS = 3;

beforeAll(async () => {
  standin = await startStandin();
  config = loadConfig({
    DISCORD_TOKEN: standin.token,
    DISCORD_APPLICATION_ID: standin.applicationId,
    DISCORD_GUILD_ID: standin.guildId,
    DISCORD_API_URL: standin.apiUrl,
    COOLDOWN_QUESTIONS: String(COOLDOWN_QUESTIONS),
    COOLDOWN_SECONDS: "60",
    LOG_LEVEL: "info",
  });
  const engine = openEngine(config.corpusDir);
  const engines = explodingEngines(engine);

  bot = await startBot(config, { engines, handleSignals: false, logStream: capture.stream });
  await standin.waitForGatewayReady();
}, 20_000);

afterAll(async () => {
  await bot?.close();
  await standin?.close();
});

/** A new member each time, so tests do not share a cooldown. */
const someone = () => human(snowflake(), `reader${Math.floor(Math.random() * 1e6)}`, "Reader");
const ask = (question: string, user = someone(), more: ReturnType<typeof opt.string>[] = []) =>
  standin.sendInteraction(
    standin.build.chatInput({ name: "ask", user, options: [opt.string("question", question), ...more] }),
  );

type Data = {
  content?: string;
  flags?: number;
  embeds?: Array<{ description?: string; title?: string }>;
  [k: string]: unknown;
};
const dataOf = (event: { data: unknown }) => event.data as Data;
const buttonsOf = (data: Data) =>
  (
    (data.components as Array<{ components: Array<{ label: string; custom_id?: string; url?: string }> }>) ??
    []
  ).flatMap((row) => row.components);

describe("the bot over the gateway, real discord.js client", () => {
  it("GIVEN npm run deploy-commands with DISCORD_GUILD_ID THEN every command is registered to the guild", async () => {
    expect(await deployCommands(config)).toEqual({ scope: "guild", count: 8 });
    expect(standin.registeredCommands("guild").map((c) => c.name)).toContain("Check against the story");
    expect(await deployCommands({ ...config, DISCORD_GUILD_ID: undefined } as unknown as Config)).toEqual({
      scope: "global",
      count: 8,
    });
  });

  it("GIVEN /ask THEN the cited passages arrive within 3 s, pinging no one", async () => {
    const handle = ask("What did Grossi say?");
    const event = await handle.callback(3000);
    expect(event.elapsedMs).toBeLessThan(3000);
    const data = dataOf(event);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds?.[0]?.description).toContain("Rafael Grossi, the head of the U.N. nuclear watchdog");
    expect(data.embeds?.[0]?.description).toContain("¶4.1");
    expect(buttonsOf(data).map((b) => b.label)).toContain("Show paragraph");
  });

  it("GIVEN a question holding @everyone and a role mention THEN no one is pinged and the text is escaped", async () => {
    const event = await ask("@everyone <@&123456789012345678> what did Grossi say?").callback(3000);
    const data = dataOf(event);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(data)).not.toContain("@everyone");
  });

  it("GIVEN /ask mention:<user> private:true THEN only that user may be pinged, and the reply is ephemeral", async () => {
    const target = standin.world.otherUser;
    const handle = standin.sendInteraction(
      standin.build.chatInput({
        name: "ask",
        user: someone(),
        options: [
          opt.string("question", "What did Grossi say?"),
          opt.user("mention", target),
          opt.boolean("private", true),
        ],
      }),
    );
    const data = dataOf(await handle.callback(3000));
    expect(data.content).toBe(`<@${target.id}>`);
    expect(data.allowed_mentions).toEqual({ parse: [], users: [target.id] });
    expect(data.flags).toBe(64);
  });

  it("GIVEN /who autocomplete THEN at most 25 choices, Grossi first for 'gro'", async () => {
    const handle = standin.sendInteraction(
      standin.build.autocomplete({ name: "who", user: someone(), focused: { name: "actor", value: "gro" } }),
    );
    const choices = dataOf(await handle.callback(3000)).choices as Array<{ name: string }>;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.name).toMatch(/^Rafael Grossi/);
  });

  it("GIVEN /who actor THEN the same passages as the terminal session", async () => {
    const handle = standin.sendInteraction(
      standin.build.chatInput({ name: "who", user: someone(), options: [opt.string("actor", "Grossi")] }),
    );
    const data = dataOf(await handle.callback(3000));
    expect(data.embeds?.[0]?.title).toContain("Grossi");
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it.each([
    ["timeline", []],
    ["positions", []],
    ["positions", [opt.string("topic", "negotiations")]],
    ["about", []],
  ] as const)("GIVEN /%s THEN an embed within 3 s, pinging no one", async (name, options) => {
    const handle = standin.sendInteraction(
      standin.build.chatInput({ name, user: someone(), options: [...options] }),
    );
    const event = await handle.callback(3000);
    expect(event.elapsedMs).toBeLessThan(3000);
    const data = dataOf(event);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds?.[0]?.description?.length).toBeGreaterThan(0);
  });

  it("GIVEN 'More passages' and 'Show paragraph' under an answer THEN each answers, ephemeral", async () => {
    const answer = ask("What did Khamenei say about negotiations?");
    await answer.callback(3000);
    const original = answer.original;
    if (!original) throw new Error("no original message");
    const buttons = buttonsOf(original as unknown as Data);
    expect(buttons.map((b) => b.label)).toEqual(["More passages", "Show paragraph"]);

    const more = standin.sendInteraction(
      standin.build.button({ customId: buttons[0]?.custom_id as string, message: original }),
    );
    const moreData = dataOf(await more.callback(3000));
    expect(moreData.flags).toBe(64);
    expect(moreData.embeds?.[0]?.title).toBe("More passages");
    expect(moreData.embeds?.[0]?.description).toContain("¶");

    const paragraph = standin.sendInteraction(
      standin.build.button({ customId: buttons[1]?.custom_id as string, message: original }),
    );
    const paragraphData = dataOf(await paragraph.callback(3000));
    expect(paragraphData.flags).toBe(64);
    expect(paragraphData.allowed_mentions).toEqual({ parse: [] });
  });

  it("GIVEN a button from before a restart or a changed story THEN a clear ephemeral message", async () => {
    const handle = standin.sendInteraction(standin.build.button({ customId: "nd1:m:00000000:1.2.3" }));
    const data = dataOf(await handle.callback(3000));
    expect(data).toMatchObject({ content: STALE_BUTTON, flags: 64 });
  });

  it("GIVEN the context-menu command on a message THEN the passages that bear on it", async () => {
    const handle = standin.sendInteraction(
      standin.build.messageCommand({
        name: "Check against the story",
        user: someone(),
        target: { content: "Grossi warned that time is running out for diplomacy" },
      }),
    );
    const data = dataOf(await handle.callback(3000));
    expect(data.embeds?.[0]?.title).toMatch(/^Checked: /);
    expect(data.embeds?.[0]?.description).toContain("¶4.1");
  });

  it("GIVEN a throwing handler THEN the apology, the error logged with the id, and the bot keeps answering", async () => {
    const failed = ask("explode, please");
    expect(dataOf(await failed.callback(3000))).toMatchObject({ content: APOLOGY, flags: 64 });
    expect(capture.lines).toContainEqual(
      expect.objectContaining({ msg: "interaction failed", interaction: failed.id }),
    );
    const again = await ask("What did Grossi say?").callback(3000);
    expect(dataOf(again).embeds?.[0]?.description).toContain("¶4.1");
  });

  it("GIVEN more questions than the cooldown allows THEN a clear ephemeral message", async () => {
    const user = someone();
    for (let i = 0; i < COOLDOWN_QUESTIONS; i++) await ask("Who is Grossi?", user).callback(3000);
    const data = dataOf(await ask("Who is Grossi?", user).callback(3000));
    expect(data.flags).toBe(64);
    expect(data.content).toMatch(
      /^You're asking quickly: please wait \d+ seconds? before the next question\.$/,
    );
  });

  it("GIVEN every interaction THEN one log line each with id, command and duration; the token never logged", () => {
    const lines = capture.lines.filter((l) => l.msg === "interaction");
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) {
      expect(line).toEqual(
        expect.objectContaining({
          interaction: expect.any(String),
          command: expect.any(String),
          ms: expect.any(Number),
        }),
      );
    }
    expect(capture.raw.join("\n")).not.toContain(standin.token);
  });
});
