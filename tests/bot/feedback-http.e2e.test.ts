import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIInteraction } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotHandle } from "../../bot/start.ts";
import { REPORT_FORBIDDEN } from "../../commands/report.ts";
import { loadConfig } from "../../src/config.ts";
import { openEngine } from "../../src/open.ts";
import { openStore, storeConfigOf } from "../../src/store/open-store.ts";
import {
  type HttpDelivery,
  MANAGER_PERMISSIONS,
  opt,
  type Standin,
  startStandin,
} from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";
import { replyBody, startHttpBot } from "../support/http-bot.ts";

/**
 * 👍 / 👎 and /report in HTTP interactions mode (SQLite): the form is the HTTP response (type 9),
 * its submission a signed POST like any other, the member's permissions read from the payload.
 */
let standin: Standin;
let bot: BotHandle;
let dataDir: string;

beforeAll(async () => {
  standin = await startStandin();
  dataDir = mkdtempSync(join(tmpdir(), "newsdesk-http-feedback-"));
  const env = { DATA_DIR: dataDir, DISCORD_API_URL: standin.apiUrl, LOG_LEVEL: "silent" };
  const config = loadConfig({ INTERACTIONS_MODE: "http", DISCORD_PUBLIC_KEY: standin.publicKey, ...env });
  const engine = openEngine(config.corpusDir);
  bot = await startHttpBot(
    standin.publicKey,
    { engines: { current: () => engine }, openStore: (log) => openStore(storeConfigOf(config), log) },
    env,
  );
}, 30_000);

afterAll(async () => {
  await bot?.close();
  await standin?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const post = (payload: APIInteraction): Promise<HttpDelivery> =>
  standin.deliverOverHttp(`${bot.url}/interactions`, payload);
const user = human(snowflake(), "reader", "Reader");

describe("👍 / 👎 in HTTP mode", () => {
  it("GIVEN /ask, 👍, then 👎 with the form THEN thanked each time; the form passes Discord's checks", async () => {
    const answer = await post(
      standin.build.chatInput({
        name: "ask",
        user,
        options: [opt.string("question", "What did Grossi say?")],
      }),
    );
    const buttons = replyBody(answer).data?.components?.flatMap((row) => row.components) ?? [];
    expect(buttons.map((b) => b.label).slice(-2)).toEqual(["👍", "👎"]);
    const up = replyBody(await post(standin.build.button({ customId: `nd1:u:${answer.handle.id}`, user })));
    expect(up).toMatchObject({ type: 4, data: { content: "Thanks — your 👍 is recorded.", flags: 64 } });

    const opened = await post(standin.build.button({ customId: `nd1:d:${answer.handle.id}`, user }));
    expect(replyBody(opened)).toMatchObject({ type: 9, data: { title: "What was wrong?" } });
    // The stand-in applied it as the interaction's callback, checked as Discord checks a modal.
    expect(opened.handle.acknowledgement?.callbackType).toBe(9);
    const form = replyBody(opened).data;
    const thanks = replyBody(
      await post(
        standin.build.modalSubmit({
          customId: form?.custom_id as string,
          modal: form,
          values: { reason: ["wrong-passage"], note: "¶4.1 is about time running out" },
          user,
        }),
      ),
    );
    expect(thanks).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(thanks.data?.content).toContain("your vote is now 👎");
  });

  it("GIVEN /report THEN refused to a member, shown to a manager (permissions from the payload)", async () => {
    const member = replyBody(await post(standin.build.chatInput({ name: "report", user })));
    expect(member.data).toMatchObject({ content: REPORT_FORBIDDEN, flags: 64 });
    const manager = replyBody(
      await post(standin.build.chatInput({ name: "report", user, permissions: MANAGER_PERMISSIONS })),
    );
    expect(manager.data?.flags).toBe(64);
    expect(manager.data?.embeds?.[0]?.title).toBe("Feedback report");
    expect(JSON.stringify(manager.data)).toContain("What did Grossi say?");
    expect(JSON.stringify(manager.data)).toContain("¶4.1 is about time running out");
  });
});
