import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIInteraction } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotHandle } from "../../bot/start.ts";
import { COULD_NOT_RECORD } from "../../discord/kit/feedback.ts";
import { loadConfig } from "../../src/config.ts";
import { openEngine } from "../../src/open.ts";
import { openStore, storeConfigOf } from "../../src/store/open-store.ts";
import { type HttpDelivery, opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";
import { replyBody, startHttpBot } from "../support/http-bot.ts";
import { startPostgres } from "../support/postgres.ts";
import { runToExit } from "../support/run-to-exit.ts";
import { capturingLogger } from "./fakes.ts";

/**
 * Two HTTP-mode instances of the bot, as behind a load balancer, sharing one real PostgreSQL server
 * on 127.0.0.1: the cooldown holds across both, votes through either land in one report; then the
 * server goes away mid-run and the bot keeps answering.
 */
const ROOT = new URL("../..", import.meta.url).pathname;
const SALT = "shared-salt-for-every-instance-0123456789";
const COOLDOWN = 2;
let postgres: Awaited<ReturnType<typeof startPostgres>>;
let standin: Standin;
const bots: BotHandle[] = [];
const logs = [capturingLogger(), capturingLogger()];
let dataDir: string;
let env: Record<string, string>;

const skipped = () => ("skipped" in postgres ? `PostgreSQL not available: ${postgres.skipped}` : undefined);

beforeAll(async () => {
  postgres = await startPostgres();
  if ("skipped" in postgres) {
    console.warn(`feedback-postgres: skipped — ${postgres.skipped}`);
    return;
  }
  standin = await startStandin();
  dataDir = mkdtempSync(join(tmpdir(), "newsdesk-pg-"));
  env = {
    DATABASE_URL: postgres.url,
    FEEDBACK_SALT: SALT,
    DATA_DIR: dataDir,
    DISCORD_API_URL: standin.apiUrl,
    COOLDOWN_QUESTIONS: String(COOLDOWN),
    COOLDOWN_SECONDS: "60",
    LOG_LEVEL: "info",
  };
  const config = loadConfig({ INTERACTIONS_MODE: "http", DISCORD_PUBLIC_KEY: standin.publicKey, ...env });
  const engine = openEngine(config.corpusDir);
  for (const capture of logs) {
    bots.push(
      await startHttpBot(
        standin.publicKey,
        {
          engines: { current: () => engine },
          logStream: capture.stream,
          openStore: (log) => openStore(storeConfigOf(config), log),
        },
        env,
      ),
    );
  }
}, 120_000);

afterAll(async () => {
  for (const bot of bots) await bot.close();
  await standin?.close();
  if (postgres && !("skipped" in postgres)) await postgres.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 30_000);

const via = (instance: 0 | 1, payload: APIInteraction): Promise<HttpDelivery> =>
  standin.deliverOverHttp(`${bots[instance]?.url}/interactions`, payload);
const someone = () => human(snowflake(), `reader${Math.floor(Math.random() * 1e6)}`, "Reader");
const ask = (instance: 0 | 1, user: ReturnType<typeof someone>, question = "What did Grossi say?") =>
  via(instance, standin.build.chatInput({ name: "ask", user, options: [opt.string("question", question)] }));
const button = (delivery: HttpDelivery, label: string) =>
  replyBody(delivery)
    .data?.components?.flatMap((row) => row.components)
    .find((b) => b.label === label)?.custom_id as string;

let votedUp: HttpDelivery;
let votedDown: HttpDelivery;

describe("two HTTP-mode instances, one PostgreSQL", () => {
  it("GIVEN one user asking through both instances THEN the cooldown holds across them", async (ctx) => {
    if (skipped()) return ctx.skip(skipped());
    const user = someone();
    const answers = [await ask(0, user), await ask(1, user), await ask(0, user), await ask(1, user)];
    const contents = answers.map((a) => replyBody(a).data?.content ?? "answer");
    expect(contents.slice(0, COOLDOWN)).toEqual(["answer", "answer"]);
    for (const refused of contents.slice(COOLDOWN))
      expect(refused).toMatch(/^You're asking quickly: please wait \d+ seconds? before the next question\.$/);
  });

  it("GIVEN votes through either instance THEN one report holds them all", async (ctx) => {
    if (skipped()) return ctx.skip(skipped());
    votedUp = await ask(0, someone());
    votedDown = await ask(1, someone(), "Who won the 2022 World Cup?");
    const voter = someone();
    // 👍 on instance 0's answer, through instance 1; 👎 on instance 1's, through instance 0.
    const up = replyBody(
      await via(1, standin.build.button({ customId: button(votedUp, "👍"), user: voter })),
    );
    expect(up.data).toMatchObject({ content: "Thanks — your 👍 is recorded.", flags: 64 });
    const form = replyBody(
      await via(0, standin.build.button({ customId: button(votedDown, "👎"), user: voter })),
    );
    expect(form.type).toBe(9);
    const submitted = replyBody(
      await via(
        1,
        standin.build.modalSubmit({
          customId: form.data?.custom_id as string,
          modal: form.data,
          values: { reason: ["story-says-it"], note: "Paragraph 2 says it" },
          user: voter,
        }),
      ),
    );
    expect(submitted.data?.content).toMatch(/^Thanks — your 👎 is recorded/);
    // The same voter again, through the other instance: changed, not counted twice.
    const again = replyBody(
      await via(0, standin.build.button({ customId: button(votedUp, "👍"), user: voter })),
    );
    expect(again.data?.content).toBe("Thanks — your vote is now 👍.");

    const opened = await openStore({ ...storeConfigOf(loadConfig(env)) });
    try {
      const report = await opened.store.report(new Date(0));
      expect(report.totals.up).toBe(1);
      expect(report.totals.down).toBe(1);
      expect(report.disliked).toEqual([
        expect.objectContaining({
          interactionId: votedDown.handle.id,
          down: 1,
          reasons: ["story-says-it"],
          notes: ["Paragraph 2 says it"],
        }),
      ]);
    } finally {
      await opened.close();
    }
  });

  it("GIVEN npm run -s newsdesk -- report with DATABASE_URL THEN the votes of both instances", async (ctx) => {
    if (skipped()) return ctx.skip(skipped());
    const { DATA_DIR: _local, ...inherited } = process.env;
    const { code, out } = await runToExit("npm", ["run", "-s", "newsdesk", "--", "report"], {
      cwd: ROOT,
      env: { ...inherited, ...env },
    });
    expect(code, out).toBe(0);
    expect(out).toContain("Who won the 2022 World Cup?");
    expect(out).toContain("Paragraph 2 says it");
    expect(out).toMatch(/👍 1, 👎 1/);
  }, 30_000);

  it("GIVEN the database lost mid-run THEN answers keep flowing, a vote is told 'couldn't record that', nothing crashes", async (ctx) => {
    if (skipped() || "skipped" in postgres) return ctx.skip(skipped());
    await postgres.stop();
    for (const instance of [0, 1] as const) {
      const answer = replyBody(await ask(instance, someone()));
      expect(answer.data?.embeds?.[0]?.description).toContain("¶4.1");
    }
    const vote = replyBody(
      await via(0, standin.build.button({ customId: button(votedUp, "👍"), user: someone() })),
    );
    expect(vote.data).toMatchObject({ content: COULD_NOT_RECORD, flags: 64 });
    const form = replyBody(
      await via(
        1,
        standin.build.modalSubmit({
          customId: `nd1:w:${votedDown.handle.id}`,
          values: { reason: ["other"] },
          user: someone(),
        }),
      ),
    );
    expect(form.data).toMatchObject({ content: COULD_NOT_RECORD, flags: 64 });
    // Still up: the next question is answered, the health check says ok.
    expect(replyBody(await ask(1, someone())).data?.embeds?.[0]?.description).toContain("¶4.1");
    for (const bot of bots) expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const lines = logs.flatMap((l) => l.lines);
    expect(lines.some((l) => l.msg === "feedback store: vote not recorded")).toBe(true);
    expect(lines.some((l) => String(l.msg).startsWith("shared cooldown: the store is unavailable"))).toBe(
      true,
    );
    expect(lines.some((l) => l.msg === "interaction failed")).toBe(false);
  }, 30_000);
});
