import { describe, expect, it } from "vitest";
import { Cooldown } from "../../bot/cooldown.ts";
import { Exchange } from "../../bot/respond.ts";
import { APOLOGY, createRouter, type Incoming } from "../../bot/router.ts";
import { loadCommands } from "../../commands/index.ts";
import { STALE_BUTTON } from "../../discord/kit/component.ts";
import type { Command } from "../../discord/kit/types.ts";
import { DEFAULT_CORPUS_DIR } from "../../src/config.ts";
import { corpusVersion } from "../../src/corpus/version.ts";
import { openEngine } from "../../src/open.ts";
import { UserError } from "../../src/reply/errors.ts";
import { capturingLogger, recordingTransport } from "./fakes.ts";

const engine = openEngine(DEFAULT_CORPUS_DIR);
const version = corpusVersion(engine.corpus);
const user = "123456789012345678";

const boom: Command = {
  data: { name: "boom", description: "throws" },
  execute() {
    throw new Error("kaboom");
  },
};
const slow: Command = {
  data: { name: "slow", description: "slow" },
  execute: async () => {
    await new Promise((r) => setTimeout(r, 80));
    return { content: "done", embeds: [] };
  },
};
const polite: Command = {
  data: { name: "polite", description: "expected failure" },
  execute() {
    throw new UserError("Please give a question: the text was empty.");
  },
};

function setup(limit = 5) {
  const { log, lines } = capturingLogger();
  const route = createRouter({
    engines: { current: () => engine },
    commands: [...loadCommands(), boom, slow, polite],
    cooldown: new Cooldown(limit, 60_000),
    log,
    deferAfterMs: 20,
  });
  const run = async (incoming: Incoming) => {
    const transport = recordingTransport();
    await route(incoming, new Exchange(transport));
    return transport.sent;
  };
  return { run, lines };
}
const command = (commandName: string, options = {}): Incoming => ({
  kind: "command",
  id: "900000000000000001",
  userId: user,
  commandName,
  commandType: 1,
  input: { user: { id: user }, options },
});

describe("router", () => {
  it("GIVEN a throwing handler THEN an ephemeral apology, the error logged with the interaction id", async () => {
    const { run, lines } = setup();
    const sent = await run(command("boom"));
    expect(sent).toEqual([
      {
        via: "reply",
        message: { content: APOLOGY, embeds: [], components: [], allowed_mentions: { parse: [] }, flags: 64 },
      },
    ]);
    const error = lines.find((l) => l.msg === "interaction failed");
    expect(error).toMatchObject({ interaction: "900000000000000001", err: { message: "kaboom" } });
    expect(lines.at(-1)).toMatchObject({ msg: "interaction", command: "boom", outcome: "error" });
  });

  it("GIVEN a UserError THEN its message is shown as it is, ephemeral, nothing logged as an error", async () => {
    const { run, lines } = setup();
    const sent = await run(command("polite"));
    expect(sent[0]).toMatchObject({
      message: { content: "Please give a question: the text was empty.", flags: 64 },
    });
    expect(lines.some((l) => l.msg === "interaction failed")).toBe(false);
  });

  it("GIVEN a slow handler THEN it is deferred first, then the reply edits the deferral", async () => {
    const { run } = setup();
    const sent = await run(command("slow"));
    expect(sent.map((s) => s.via)).toEqual(["defer", "editOriginal"]);
  });

  it("GIVEN more questions than the cooldown allows THEN a clear ephemeral message", async () => {
    const { run } = setup(2);
    await run(command("ask", { question: "Who is Grossi?" }));
    await run(command("ask", { question: "Who is Grossi?" }));
    const sent = await run(command("ask", { question: "Who is Grossi?" }));
    expect(sent[0]).toMatchObject({ message: { flags: 64 } });
    expect((sent[0] as { message: { content: string } }).message.content).toMatch(
      /^You're asking quickly: please wait \d+ seconds? before the next question\.$/,
    );
    // /help does not count
    expect((await run(command("help")))[0]).toMatchObject({
      via: "reply",
      message: { embeds: [{ title: "How to ask" }] },
    });
  });

  it.each([
    ["a stale corpus version", "nd1:p:00000000:8"],
    ["a malformed id", "old-bot:more:42"],
    ["a passage that no longer exists", `nd1:p:${version}:zzzz`],
  ])("GIVEN a button with %s THEN the clear stale message, ephemeral", async (_what, customId) => {
    const { run } = setup();
    const sent = await run({ kind: "button", id: "1", userId: user, customId });
    expect(sent[0]).toMatchObject({ via: "reply", message: { content: STALE_BUTTON, flags: 64 } });
  });

  it("GIVEN 'Show paragraph' THEN the whole paragraph, ephemeral", async () => {
    const { run } = setup();
    const sent = await run({ kind: "button", id: "1", userId: user, customId: `nd1:p:${version}:8` });
    expect(sent[0]).toMatchObject({ via: "reply", message: { flags: 64 } });
    const description = (sent[0] as { message: { embeds: Array<{ description: string }> } }).message.embeds[0]
      ?.description;
    expect(description).toContain("¶4");
    expect(description).toContain("Rafael Grossi");
  });

  it("GIVEN an unknown command THEN a clear message, not a failure", async () => {
    const { run } = setup();
    const sent = await run(command("gone"));
    expect(sent[0]).toMatchObject({
      message: { content: "This command is not known to this version of the bot." },
    });
  });

  it("GIVEN an autocomplete whose handler throws THEN empty choices", async () => {
    const { run } = setup();
    const sent = await run({
      kind: "autocomplete",
      id: "1",
      userId: user,
      commandName: "who",
      focused: { name: "actor", value: "gro" },
    });
    expect(sent[0]).toMatchObject({ via: "autocomplete" });
    expect((sent[0] as { choices: unknown[] }).choices.length).toBeGreaterThan(0);
  });
});
