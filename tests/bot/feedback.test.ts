import { createHash } from "node:crypto";
import { SnowflakeUtil } from "discord.js";
import { describe, expect, it } from "vitest";
import { Cooldown, SharedCooldown } from "../../bot/cooldown.ts";
import { Feedback } from "../../bot/feedback.ts";
import { Exchange, type PreparedMessage, prepare } from "../../bot/respond.ts";
import { APOLOGY, createRouter, type Incoming } from "../../bot/router.ts";
import { loadCommands } from "../../commands/index.ts";
import { NO_FEEDBACK, REPORT_FORBIDDEN } from "../../commands/report.ts";
import feedbackForm, { feedbackModal, readFeedbackForm } from "../../discord/components/feedback-form.ts";
import { canManageServer } from "../../discord/kit/builders.ts";
import { STALE_BUTTON } from "../../discord/kit/component.ts";
import { COULD_NOT_RECORD, feedbackExpired } from "../../discord/kit/feedback.ts";
import { DEFAULT_CORPUS_DIR } from "../../src/config.ts";
import { NOTE_MAX } from "../../src/feedback/store.ts";
import { openEngine } from "../../src/open.ts";
import { DISCORD_LIMITS } from "../../src/render/limits.ts";
import { MemoryStore } from "../support/memory-store.ts";
import { capturingLogger, recordingTransport, type Sent } from "./fakes.ts";

const engine = openEngine(DEFAULT_CORPUS_DIR);
const USER = "123456789012345678";
const MANAGER = (1n << 5n).toString(); // Manage Server
const hash = (id: string) => createHash("sha256").update(id).digest("hex").slice(0, 16);
/** A fresh interaction id, made now (a snowflake). */
const newId = () => SnowflakeUtil.generate().toString();

function setup(options: { store?: MemoryStore; feedback?: boolean } = {}) {
  const store = options.store ?? new MemoryStore();
  const capture = capturingLogger();
  const feedback =
    options.feedback === false
      ? undefined
      : new Feedback({ store, hashUser: hash, log: capture.log, retentionDays: 180, voteTimeoutMs: 300 });
  const route = createRouter({
    engines: { current: () => engine },
    commands: loadCommands(),
    cooldown: new Cooldown(1000, 60_000),
    log: capture.log,
    ...(feedback ? { feedback } : {}),
  });
  const run = async (incoming: Incoming): Promise<Sent[]> => {
    const transport = recordingTransport();
    await route(incoming, new Exchange(transport));
    return transport.sent;
  };
  return { store, run, capture };
}

const ask = (question: string, id = newId()): Incoming => ({
  kind: "command",
  id,
  userId: USER,
  guildId: "423456789012345678",
  channelId: "523456789012345678",
  commandName: "ask",
  commandType: 1,
  input: { user: { id: USER }, options: { question } },
});
const press = (customId: string, userId = USER): Incoming => ({
  kind: "button",
  id: newId(),
  userId,
  customId,
});
const submit = (answerId: string, values: Record<string, string | string[]>, userId = USER): Incoming => ({
  kind: "modal",
  id: newId(),
  userId,
  customId: feedbackForm.encode(answerId),
  values,
});
const messageOf = (sent: Sent[]): PreparedMessage => {
  const first = sent.find((s) => "message" in s);
  if (!first || !("message" in first)) throw new Error(`no message in ${JSON.stringify(sent)}`);
  return first.message;
};
const labels = (message: PreparedMessage) =>
  message.components.flatMap((row) => row.components.map((b) => ("label" in b ? b.label : "")));
const settle = () => new Promise((r) => setTimeout(r, 20));

describe("feedback expiry", () => {
  it("GIVEN an answer older than the retention THEN expired; a fresh one not", () => {
    const now = Date.now();
    const old = SnowflakeUtil.generate({ timestamp: now - 181 * 86_400_000 }).toString();
    const fresh = SnowflakeUtil.generate({ timestamp: now - 179 * 86_400_000 }).toString();
    expect(feedbackExpired(old, 180, now)).toBe(true);
    expect(feedbackExpired(fresh, 180, now)).toBe(false);
  });
});

describe("the 👎 form", () => {
  it("GIVEN 👎 THEN 'What was wrong?' with the four reasons in a select and a note of at most 300", () => {
    const modal = feedbackModal("1234567890123456789") as unknown as {
      title: string;
      custom_id: string;
      components: Array<{ type: number; component: Record<string, unknown> }>;
    };
    expect(modal.title).toBe("What was wrong?");
    expect(modal.custom_id).toBe("nd1:w:1234567890123456789");
    const [reason, note] = modal.components;
    expect(reason?.type).toBe(18); // a label
    expect(reason?.component).toMatchObject({ type: 3, custom_id: "reason", required: true });
    expect(((reason?.component.options ?? []) as Array<{ value: string }>).map((o) => o.value)).toEqual([
      "wrong-passage",
      "story-says-it",
      "story-doesnt-say",
      "other",
    ]);
    expect(note?.component).toMatchObject({
      type: 4,
      custom_id: "note",
      required: false,
      max_length: NOTE_MAX,
    });
  });

  it("GIVEN a note of 10,000 characters with mentions, markdown and control characters THEN the first 300 as given", () => {
    const note = `@everyone <@&1> **bold** \u0007\u001b[2J ${"x".repeat(10_000)}`;
    const read = readFeedbackForm({ reason: ["story-says-it"], note });
    expect(read.reason).toBe("story-says-it");
    expect(read.note).toBe(note.slice(0, NOTE_MAX));
  });

  it("GIVEN the limit inside a surrogate pair THEN the pair is not split; a blank note is none; a forged reason is dropped", () => {
    const note = `${"a".repeat(NOTE_MAX - 1)}😀`;
    expect(readFeedbackForm({ note }).note).toBe("a".repeat(NOTE_MAX - 1));
    expect(readFeedbackForm({ reason: ["other"], note: "   " })).toEqual({ reason: "other" });
    expect(readFeedbackForm({ reason: ["drop table"], note: "n" })).toEqual({ note: "n" });
  });
});

describe("feedback through the router (store in memory)", () => {
  it("GIVEN /ask THEN 👍 and 👎 keyed by its id, and the answer recorded with the hashed user only", async () => {
    const { run, store } = setup();
    const id = newId();
    const message = messageOf(await run(ask("What did Grossi say?", id)));
    expect(labels(message).slice(-2)).toEqual(["👍", "👎"]);
    expect(JSON.stringify(message.components)).toContain(`nd1:u:${id}`);
    await settle();
    const recorded = store.answers.get(id);
    expect(recorded).toMatchObject({
      userHash: hash(USER),
      command: "ask",
      question: "What did Grossi say?",
      answered: true,
      guildId: "423456789012345678",
      channelId: "523456789012345678",
    });
    expect(recorded?.passageIds.length).toBeGreaterThan(0);
    expect(JSON.stringify(recorded)).not.toContain(USER);
  });

  it("GIVEN a question the story doesn't answer THEN recorded as refused, citing nothing", async () => {
    const { run, store } = setup();
    const id = newId();
    await run(ask("Who won the 2022 World Cup?", id));
    await settle();
    expect(store.answers.get(id)).toMatchObject({ answered: false, passageIds: [] });
  });

  it("GIVEN 👍, 👍 again, then 👎 with the form THEN one vote, changed each time, thanks ephemeral", async () => {
    const { run, store } = setup();
    const id = newId();
    await run(ask("What did Grossi say?", id));
    await settle();
    const up = messageOf(await run(press(`nd1:u:${id}`)));
    expect(up).toMatchObject({ content: "Thanks — your 👍 is recorded.", flags: 64 });
    expect(messageOf(await run(press(`nd1:u:${id}`))).content).toBe("Thanks — your vote is now 👍.");
    const opened = await run(press(`nd1:d:${id}`));
    expect(opened).toEqual([{ via: "modal", modal: feedbackModal(id) }]);
    const thanks = messageOf(await run(submit(id, { reason: ["wrong-passage"], note: "see ¶2" })));
    expect(thanks.flags).toBe(64);
    expect(thanks.content).toContain("your vote is now 👎");
    expect(thanks.content).not.toContain("see ¶2");
    expect([...store.votes.values()]).toEqual([
      expect.objectContaining({ interactionId: id, vote: "down", reason: "wrong-passage", note: "see ¶2" }),
    ]);
  });

  it("GIVEN two users THEN two votes on one answer", async () => {
    const { run, store } = setup();
    const id = newId();
    await run(ask("What did Grossi say?", id));
    await settle();
    await run(press(`nd1:u:${id}`, USER));
    await run(press(`nd1:u:${id}`, "223456789012345678"));
    expect(store.votes.size).toBe(2);
  });

  it.each([
    [
      "an answer past the retention",
      () => `nd1:u:${SnowflakeUtil.generate({ timestamp: Date.now() - 200 * 86_400_000 })}`,
    ],
    ["an answer the store does not know", () => `nd1:u:${newId()}`],
    [
      "a 👎 past the retention",
      () => `nd1:d:${SnowflakeUtil.generate({ timestamp: Date.now() - 200 * 86_400_000 })}`,
    ],
    ["a broken feedback id", () => "nd1:u:42"],
  ])("GIVEN %s THEN the stale-button message, ephemeral", async (_what, customId) => {
    const { run } = setup();
    expect(messageOf(await run(press(customId())))).toMatchObject({ content: STALE_BUTTON, flags: 64 });
  });

  it("GIVEN a bot without feedback THEN no 👍 / 👎, and a vote id is stale", async () => {
    const { run } = setup({ feedback: false });
    const id = newId();
    expect(labels(messageOf(await run(ask("What did Grossi say?", id))))).not.toContain("👍");
    expect(messageOf(await run(press(`nd1:u:${id}`)))).toMatchObject({ content: STALE_BUTTON });
  });

  it("GIVEN the store down THEN answers still flow, a vote gets 'couldn't record that', the log has no raw user id", async () => {
    const { run, store, capture } = setup();
    const id = newId();
    await run(ask("What did Grossi say?", id));
    await settle();
    store.down = true;
    const answer = messageOf(await run(ask("What did Grossi say?")));
    expect(answer.embeds[0]?.description).toContain("¶4.1");
    await settle();
    expect(messageOf(await run(press(`nd1:u:${id}`)))).toMatchObject({
      content: COULD_NOT_RECORD,
      flags: 64,
    });
    expect(messageOf(await run(submit(id, { reason: ["other"] })))).toMatchObject({
      content: COULD_NOT_RECORD,
    });
    expect(capture.lines.some((l) => l.msg === "feedback store: answer not recorded")).toBe(true);
    expect(capture.lines.filter((l) => l.msg === "feedback store: vote not recorded")).toHaveLength(2);
    expect(capture.raw.join("\n")).not.toContain(USER);
    expect(capture.lines.some((l) => l.msg === "interaction failed")).toBe(false);
  });

  it("GIVEN a store slower than the vote's limit THEN 'couldn't record that' in time", async () => {
    const { run, store } = setup();
    const id = newId();
    await run(ask("What did Grossi say?", id));
    await settle();
    store.delayMs = 1000;
    const started = Date.now();
    expect(messageOf(await run(press(`nd1:u:${id}`)))).toMatchObject({ content: COULD_NOT_RECORD });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it("GIVEN a vote pressed while its answer is still being written THEN it waits for it", async () => {
    const { run, store } = setup();
    store.recordDelayMs = 100;
    const id = newId();
    await run(ask("What did Grossi say?", id));
    expect(messageOf(await run(press(`nd1:u:${id}`))).content).toBe("Thanks — your 👍 is recorded.");
  });
});

describe("the shared cooldown", () => {
  it("GIVEN a store THEN uses are counted there under the hashed id", async () => {
    const store = new MemoryStore();
    const { log } = capturingLogger();
    const cooldown = new SharedCooldown(store, hash, 2, 60_000, log);
    expect(await cooldown.take(USER)).toEqual({ ok: true });
    expect(await cooldown.take(USER)).toEqual({ ok: true });
    expect((await cooldown.take(USER)).ok).toBe(false);
    expect([...store.uses.keys()]).toEqual([hash(USER)]);
  });

  it("GIVEN the store down THEN counted in the process, one warning, and back to the store when it answers", async () => {
    const store = new MemoryStore();
    const capture = capturingLogger();
    const cooldown = new SharedCooldown(store, hash, 1, 60_000, capture.log);
    store.down = true;
    expect(await cooldown.take(USER)).toEqual({ ok: true });
    expect((await cooldown.take(USER)).ok).toBe(false);
    expect(capture.lines.filter((l) => l.level === 40)).toHaveLength(1);
    store.down = false;
    expect(await cooldown.take(USER)).toEqual({ ok: true });
    expect(capture.lines.at(-1)?.msg).toBe("shared cooldown: the store answers again");
  });
});

describe("/report", () => {
  const report = (permissions: string | undefined, store?: MemoryStore) => {
    const command = loadCommands().find((c) => c.data.name === "report");
    if (!command) throw new Error("no /report");
    return command.execute(
      { user: { id: USER }, options: {}, ...(permissions ? { memberPermissions: permissions } : {}) },
      { engine, corpusVersion: "v", ...(store ? { feedback: store } : {}) },
    );
  };

  it("GIVEN its registration THEN Manage Server by default, servers only", () => {
    const data = loadCommands().find((c) => c.data.name === "report")?.data as unknown as Record<
      string,
      unknown
    >;
    expect(data.default_member_permissions).toBe("32");
    expect(data.contexts).toEqual([0]);
  });

  it("GIVEN a member without Manage Server THEN refused, whatever Discord offered", async () => {
    await expect(report("1024", new MemoryStore())).rejects.toThrow(REPORT_FORBIDDEN);
    await expect(report(undefined, new MemoryStore())).rejects.toThrow(REPORT_FORBIDDEN);
    expect(canManageServer((1n << 3n).toString())).toBe(true); // Administrator
    expect(canManageServer("not a number")).toBe(false);
  });

  it("GIVEN no store THEN it says so", async () => {
    await expect(report(MANAGER)).rejects.toThrow(NO_FEEDBACK);
  });

  it("GIVEN hostile questions and notes THEN the report is escaped, ephemeral and within Discord's limits", async () => {
    const { run, store } = setup();
    const hostile = "@everyone <@&123456789012345678> **bold** [link](https://evil.example) `code`";
    for (let i = 0; i < 8; i++) {
      const id = newId();
      await run(ask(`${hostile} ${"long ".repeat(60)} what did Grossi say? ${i}`, id));
      await run(ask(`${hostile} who won the cup ${i}`));
      await settle();
      await run(submit(id, { reason: ["story-says-it"], note: `${hostile} ${"n".repeat(300)}` }));
      await run(submit(id, { reason: ["other"], note: `${hostile} second` }, "223456789012345678"));
    }
    const message = await report(MANAGER, store);
    expect(message.ephemeral).toBe(true);
    const prepared = prepare(message);
    const text = JSON.stringify(prepared.embeds);
    expect(text).not.toContain("@everyone");
    expect(text).not.toMatch(/(?<!\\)\*\*bold/);
    expect(text).not.toMatch(/(?<!\\)<@&/);
    expect(text).not.toMatch(/(?<!\\)\[link\]/);
    const embed = prepared.embeds[0];
    const total = JSON.stringify(embed).length;
    expect(total).toBeLessThan(8000);
    // Nothing had to be dropped to fit: every section is there.
    expect(embed?.fields?.map((f) => f.name).at(-1)).toMatch(/^Articles cited/);
    expect(embed?.fields?.some((f) => f.name.startsWith("Questions the story doesn't cover"))).toBe(true);
    for (const field of embed?.fields ?? [])
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
  });

  it("GIVEN a report that fails THEN the apology, not a crash", async () => {
    const { run, store } = setup();
    store.down = true;
    const sent = await run({
      kind: "command",
      id: newId(),
      userId: USER,
      commandName: "report",
      commandType: 1,
      input: { user: { id: USER }, options: {}, memberPermissions: MANAGER },
    });
    expect(messageOf(sent)).toMatchObject({ content: APOLOGY, flags: 64 });
  });
});
