import { type ChildProcess, spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";
import { spawnBot, stopBot } from "../support/spawn-bot.ts";

/**
 * The bot as `npm start` runs it, with LOG_LEVEL=trace (everything it would ever log), against the
 * stand-in: answers, a cooldown, an unknown button, autocomplete, and a REST failure that makes it log
 * an error. Then the whole of its output and of everything it sent Discord is searched for the bot
 * token and for the interactions' own tokens (webhook credentials for 15 minutes).
 */
const ROOT = new URL("../..", import.meta.url).pathname;
let standin: Standin;
let child: ChildProcess;
let output = "";
const sent: string[] = [];

beforeAll(async () => {
  standin = await startStandin();
  child = spawnBot(standin, { LOG_LEVEL: "trace", COOLDOWN_QUESTIONS: "2" });
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const deadline = Date.now() + 20_000;
  while (!output.includes('"msg":"gateway ready"')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`the bot did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await standin.waitForGatewayReady();

  const user = human(snowflake(), "reader", "Reader");
  const askIt = (question: string) =>
    standin.sendInteraction(
      standin.build.chatInput({ name: "ask", user, options: [opt.string("question", question)] }),
    );
  const handles = [
    askIt("What did Grossi say?"),
    askIt(`My token is ${standin.token.slice(0, 10)}… what did Khamenei say?`),
    askIt("Who won the world cup?"), // over the cooldown of 2
    standin.sendInteraction(standin.build.button({ customId: "nd1:m:00000000:1" })),
    standin.sendInteraction(
      standin.build.autocomplete({ name: "who", focused: { name: "actor", value: "gro" } }),
    ),
  ];
  for (const handle of handles) await handle.callback(5000);
  // Every retry of one callback fails: the bot logs the REST error (with its request) and apologises.
  standin.failNext("POST /interactions/:id/:token/callback", { status: 500, times: 4 });
  const failing = standin.sendInteraction(standin.build.chatInput({ name: "about", user, options: [] }));
  handles.push(failing);
  await failing.callback(5000);
  for (const handle of handles)
    for (const event of handle.events) sent.push(JSON.stringify(event.body ?? ""));
  await new Promise((r) => setTimeout(r, 300));
}, 40_000);

afterAll(async () => {
  if (child) await stopBot(child);
  await standin?.close();
});

describe("secrets and logs", () => {
  it("GIVEN LOG_LEVEL=trace and a REST failure THEN the bot token is nowhere in the output or the replies", () => {
    expect(output).toContain('"msg":"interaction failed"');
    expect(output).not.toContain(standin.token);
    // Nor its base64 parts on their own (the last part is the secret).
    expect(output).not.toContain(standin.token.split(".").at(-1));
    expect(sent.join("\n")).not.toContain(standin.token);
  });

  it("GIVEN the same run THEN no interaction token (a 15-minute webhook credential) is logged", () => {
    const tokens = standin.interactions().map((i) => i.token);
    expect(tokens.length).toBe(6);
    for (const token of tokens) expect(output).not.toContain(token);
  });

  it("GIVEN the same run THEN every line is JSON, and one 'interaction' line per interaction with id, command and duration", () => {
    const lines = output.split("\n").filter(Boolean);
    const parsed = lines.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON log line: ${line}`);
      }
    });
    const interactions = parsed.filter((l) => l.msg === "interaction");
    expect(interactions.map((l) => l.interaction).sort()).toEqual(
      standin
        .interactions()
        .map((i) => i.id)
        .sort(),
    );
    for (const line of interactions) {
      expect(line).toMatchObject({
        level: 30,
        interaction: expect.stringMatching(/^\d+$/),
        command: expect.any(String),
        ms: expect.any(Number),
        outcome: expect.any(String),
      });
    }
    expect(interactions.map((l) => l.outcome)).toEqual(
      expect.arrayContaining(["ok", "cooldown", "user-error", "error"]),
    );
  });

  it("GIVEN the repository THEN .env is git-ignored", () => {
    const run = spawnSync("git", ["check-ignore", "-q", ".env"], { cwd: ROOT });
    expect(run.status).toBe(0);
  });
});
