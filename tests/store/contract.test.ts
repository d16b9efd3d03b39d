import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { type AnswerRecord, NOTE_MAX, StoreError, type VoteRecord } from "../../src/feedback/store.ts";
import { MIGRATIONS } from "../../src/store/migrations.ts";
import { type OpenedStore, openStore, type StoreConfig } from "../../src/store/open-store.ts";
import { adapters, removeTempDirs } from "./adapters.ts";

// One contract, both adapters: SQLite in a temporary folder, PostgreSQL on a real server.
const { list, stop } = await adapters();
afterAll(async () => {
  await stop();
  removeTempDirs();
});

const DAY = 86_400_000;
const NOW = Date.now();
const ago = (ms: number) => new Date(NOW - ms);

function answer(id: string, over: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    interactionId: id,
    at: ago(60_000),
    guildId: "111111111111111111",
    channelId: "222222222222222222",
    userHash: "h-asker",
    command: "ask",
    question: `question ${id}`,
    answered: true,
    passageIds: [1, 2],
    corpusVersion: "v1",
    ...over,
  };
}

function vote(
  interactionId: string,
  userHash: string,
  v: "up" | "down",
  over: Partial<VoteRecord> = {},
): VoteRecord {
  return { interactionId, userHash, vote: v, at: ago(30_000), ...over };
}

for (const adapter of list) {
  const title = `feedback store contract: ${adapter.name}${adapter.skipped ? ` — skipped: ${adapter.skipped}` : ""}`;
  describe.skipIf(adapter.skipped !== undefined)(title, () => {
    const opened: OpenedStore[] = [];
    async function open(config: StoreConfig, log?: (event: string, detail: Record<string, unknown>) => void) {
      const o = await openStore(config, log);
      opened.push(o);
      return o;
    }
    afterEach(async () => {
      vi.useRealTimers();
      await Promise.all(opened.splice(0).map((o) => o.close()));
    });

    it("GIVEN a new database WHEN it is opened by three at once, then again THEN each migration is applied once", async () => {
      const config = await adapter.fresh();
      await Promise.all([open(config), open(config), open(config)]);
      const again = await open(config);
      await again.close();
      await open(config);
      const rows = await adapter.query(config, "SELECT version FROM schema_migrations ORDER BY version");
      expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
      for (const table of ["answers", "votes", "cooldowns", "store_meta"]) {
        expect(await adapter.query(config, `SELECT COUNT(*) AS n FROM ${table}`)).toHaveLength(1);
      }
    });

    it("GIVEN a database migrated by a newer version THEN opening it fails with a StoreError saying so", async () => {
      const config = await adapter.fresh();
      await (await open(config)).close();
      await adapter.query(
        config,
        "INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (?, ?, ?)",
        [999, "from the future", 0],
      );
      const failed = openStore(config);
      await expect(failed).rejects.toBeInstanceOf(StoreError);
      await expect(failed).rejects.toThrow(/schema version 999, written by a newer newsdesk/);
    });

    it("GIVEN an answer WHEN a user votes, votes again and changes the vote THEN it counts once, and an unknown answer is said so", async () => {
      const { store } = await open(await adapter.fresh());
      await store.recordAnswer(answer("1001"));
      await store.recordAnswer(answer("1001", { question: "a retried record" })); // kept once, as first given
      expect(await store.vote(vote("1001", "h-a", "up"))).toBe("recorded");
      expect(await store.vote(vote("1001", "h-a", "up"))).toBe("changed");
      expect(
        await store.vote(vote("1001", "h-a", "down", { reason: "wrong-passage", note: "not this one" })),
      ).toBe("changed");
      expect(await store.vote(vote("1001", "h-b", "up"))).toBe("recorded");
      expect(await store.vote(vote("9999", "h-a", "up"))).toBe("unknown-answer");

      let report = await store.report(ago(DAY));
      expect(report.totals).toEqual({ answers: 1, up: 1, down: 1 });
      expect(report.disliked).toEqual([
        {
          interactionId: "1001",
          question: "question 1001",
          passageIds: [1, 2],
          corpusVersion: "v1",
          up: 1,
          down: 1,
          reasons: ["wrong-passage"],
          notes: ["not this one"],
        },
      ]);

      // Back to 👍: the reason and the note go with the 👎.
      expect(await store.vote(vote("1001", "h-a", "up", { reason: "other", note: "ignored" }))).toBe(
        "changed",
      );
      report = await store.report(ago(DAY));
      expect(report.totals).toEqual({ answers: 1, up: 2, down: 0 });
      expect(report.disliked).toEqual([]);
      expect(await store.disliked(ago(DAY))).toEqual([]);
    });

    it("GIVEN 200 votes given at once, a user's two on one answer among them THEN each is written once, in the order given (SQLite: even when the store is closed at once)", async () => {
      const config = await adapter.fresh();
      const first = await open(config);
      for (let a = 0; a < 10; a++) await first.store.recordAnswer(answer(String(2000 + a)));
      const votes = Array.from({ length: 200 }, (_, n) =>
        vote(String(2000 + (n % 10)), `h-${Math.floor(n / 10)}`, n % 2 === 0 ? "up" : "down"),
      );
      const outcomes = Promise.all([
        ...votes.map((v) => first.store.vote(v)),
        // The same user's second press on the same answer, in the same turn: a change, not a second vote.
        first.store.vote(vote("2000", "h-0", "down", { reason: "other" })),
        first.store.vote(vote("9999", "h-0", "up")),
      ]);
      // SQLite writes the votes of a turn together: closing writes those still queued.
      if (adapter.name === "sqlite") await first.close();
      const results = await outcomes;
      await first.close();
      expect(results.slice(0, 200).every((o) => o === "recorded")).toBe(true);
      expect(results.slice(200)).toEqual(["changed", "unknown-answer"]);
      const again = await open(config);
      const report = await again.store.report(ago(DAY));
      expect(report.totals).toEqual({ answers: 10, up: 99, down: 101 });
    });

    it("GIVEN a note of 10,000 characters with mentions, markdown and control characters THEN it is stored as given, cut to NOTE_MAX", async () => {
      const { store } = await open(await adapter.fresh());
      const question = "who said **this** @everyone <@123456789012345678>\u0007?";
      await store.recordAnswer(answer("2001", { question }));
      const note = `@everyone <@&987654321098765432> **bold** \`code\` ||spoiler|| [x](https://evil.example) \u001b[2J\u0000\u0085 😀${"x".repeat(10_000)}`;
      expect(await store.vote(vote("2001", "h-a", "down", { reason: "other", note }))).toBe("recorded");
      const [row] = (await store.report(ago(DAY))).disliked;
      const expected = Array.from(note).slice(0, NOTE_MAX).join("").replace("\u0000", "\u2400");
      expect(row?.question).toBe(question);
      expect(row?.notes).toEqual([expected]);
      expect(Array.from(row?.notes[0] ?? "")).toHaveLength(NOTE_MAX);
      expect((await store.disliked(ago(DAY)))[0]?.note).toBe(expected);
    });

    it("GIVEN answers, refusals and votes THEN the report has the most 👎 first, refusals folded, citations counted, older answers left out", async () => {
      const { store } = await open(await adapter.fresh());
      const t = (minutesAgo: number) => ago(minutesAgo * 60_000);
      await store.recordAnswer(
        answer("a1", { question: "What did Grossi warn?", passageIds: [3, 4], at: t(50) }),
      );
      await store.recordAnswer(answer("a2", { question: "Who is Khamenei?", passageIds: [4], at: t(40) }));
      await store.recordAnswer(answer("a3", { question: "When?", passageIds: [5], at: t(30) }));
      await store.recordAnswer(
        answer("r1", { question: "Who won the World Cup?", answered: false, passageIds: [6], at: t(25) }),
      );
      await store.recordAnswer(
        answer("r2", { question: " who won  the world cup? ", answered: false, passageIds: [], at: t(20) }),
      );
      await store.recordAnswer(
        answer("r3", { question: "What is the capital?", answered: false, passageIds: [], at: t(10) }),
      );
      await store.recordAnswer(
        answer("old", { question: "An old question", passageIds: [4], at: ago(10 * DAY) }),
      );
      await store.vote(vote("a1", "h1", "down", { reason: "wrong-passage", note: "not this", at: t(9) }));
      await store.vote(vote("a1", "h2", "down", { reason: "story-doesnt-say", at: t(8) }));
      await store.vote(vote("a1", "h3", "up", { at: t(7) }));
      await store.vote(vote("a2", "h1", "down", { reason: "other", note: "", at: t(6) }));
      await store.vote(vote("a3", "h1", "up", { at: t(5) }));
      await store.vote(vote("old", "h1", "down", { reason: "other", at: t(4) }));

      const report = await store.report(ago(7 * DAY));
      expect(report.since).toEqual(ago(7 * DAY));
      expect(report.totals).toEqual({ answers: 6, up: 2, down: 3 });
      expect(report.disliked.map((d) => [d.interactionId, d.down, d.up, d.reasons, d.notes])).toEqual([
        ["a1", 2, 1, ["wrong-passage", "story-doesnt-say"], ["not this"]],
        ["a2", 1, 0, ["other"], []],
      ]);
      expect(report.refused).toEqual([
        { question: "who won the world cup?", count: 2 },
        { question: "What is the capital?", count: 1 },
      ]);
      expect(report.cited).toEqual([
        { passageId: 4, corpusVersion: "v1", count: 2, up: 1, down: 3 },
        { passageId: 3, corpusVersion: "v1", count: 1, up: 1, down: 2 },
        { passageId: 5, corpusVersion: "v1", count: 1, up: 1, down: 0 },
      ]);
      expect(report.answers).toEqual([
        { passageIds: [5], corpusVersion: "v1", up: 1, down: 0 },
        { passageIds: [4], corpusVersion: "v1", up: 0, down: 1 },
        { passageIds: [3, 4], corpusVersion: "v1", up: 1, down: 2 },
      ]);

      const disliked = await store.disliked(ago(7 * DAY));
      expect(disliked).toEqual([
        {
          interactionId: "a1",
          command: "ask",
          question: "What did Grossi warn?",
          answered: true,
          at: t(50),
          down: 2,
          reason: "story-doesnt-say",
        },
        {
          interactionId: "a2",
          command: "ask",
          question: "Who is Khamenei?",
          answered: true,
          at: t(40),
          down: 1,
          reason: "other",
        },
      ]);
      expect((await store.disliked(ago(30 * DAY))).map((d) => d.interactionId)).toEqual(["old", "a1", "a2"]);
    });

    it("GIVEN a user's answers and votes WHEN forgotten THEN they and the votes on their answers are gone, others' kept", async () => {
      const config = await adapter.fresh();
      const { store, hashUser } = await open(config);
      const alice = hashUser("100000000000000001");
      const bob = hashUser("100000000000000002");
      const carol = hashUser("100000000000000003");
      await store.recordAnswer(answer("alice-q", { userHash: alice }));
      await store.recordAnswer(answer("bob-q", { userHash: bob }));
      await store.vote(vote("bob-q", alice, "down", { reason: "other", note: "alice's note" }));
      await store.vote(vote("alice-q", bob, "up"));
      await store.vote(vote("alice-q", carol, "down"));
      await store.vote(vote("bob-q", carol, "up"));
      await store.takeCooldown(alice, 1, 60_000, new Date(NOW));
      expect((await store.takeCooldown(alice, 1, 60_000, new Date(NOW))).ok).toBe(false);

      expect(await store.forgetUser(alice)).toBe(4); // her vote, two votes on her answer, her answer
      const report = await store.report(ago(DAY));
      expect(report.totals).toEqual({ answers: 1, up: 1, down: 0 });
      expect(report.disliked).toEqual([]);
      expect((await store.takeCooldown(alice, 1, 60_000, new Date(NOW))).ok).toBe(true);
      expect(await store.forgetUser(alice)).toBe(0);

      // Raw user ids are never stored: only their hashes.
      const everything = JSON.stringify([
        await adapter.query(config, "SELECT * FROM answers"),
        await adapter.query(config, "SELECT * FROM votes"),
        await adapter.query(config, "SELECT * FROM cooldowns"),
      ]);
      expect(everything).toContain(bob);
      expect(everything).not.toMatch(/10000000000000000[123]/);
    });

    it("GIVEN rows older than the retention WHEN the store opens, and a day later THEN they are deleted", async () => {
      const config = await adapter.fresh({ retentionDays: 30 });
      const first = await open(config);
      await first.store.recordAnswer(answer("old", { at: ago(40 * DAY) }));
      await first.store.vote(vote("old", "h1", "down", { at: ago(39 * DAY) }));
      await first.store.recordAnswer(answer("new", { at: ago(DAY) }));
      await first.store.vote(vote("new", "h1", "up", { at: ago(DAY) }));
      await first.close();

      const events: Array<[string, Record<string, unknown>]> = [];
      vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
      const second = await open(config, (event, detail) => events.push([event, detail]));
      expect(events.find(([e]) => e === "feedback-retention")?.[1]).toMatchObject({ deleted: 2 });
      const report = await second.store.report(ago(365 * DAY));
      expect(report.totals).toEqual({ answers: 1, up: 1, down: 0 });

      // The daily run: one timer, which deletes what has grown old since, and stops at close.
      expect(vi.getTimerCount()).toBe(1);
      await second.store.recordAnswer(answer("older", { at: ago(31 * DAY) }));
      vi.advanceTimersByTime(DAY);
      await vi.waitFor(async () =>
        expect((await second.store.report(ago(365 * DAY))).totals.answers).toBe(1),
      );
      expect(events.filter(([e]) => e === "feedback-retention")).toHaveLength(2);
      await second.close();
      expect(vi.getTimerCount()).toBe(0);

      expect(await (await open(config)).store.deleteBefore(new Date(NOW))).toBe(2);
    });

    it("GIVEN a cooldown of 3 in 10 s THEN the fourth use waits until the first leaves the window, per user", async () => {
      const { store } = await open(await adapter.fresh());
      const take = (user: string, ms: number) => store.takeCooldown(user, 3, 10_000, new Date(NOW + ms));
      expect(await take("u1", 0)).toEqual({ ok: true });
      expect(await take("u1", 1000)).toEqual({ ok: true });
      expect(await take("u1", 2000)).toEqual({ ok: true });
      expect(await take("u1", 3000)).toEqual({ ok: false, retryAfterMs: 7000 });
      expect(await take("u2", 3000)).toEqual({ ok: true });
      expect(await take("u1", 10_000)).toEqual({ ok: true });
      expect(await take("u1", 10_500)).toEqual({ ok: false, retryAfterMs: 500 });
    });

    it("GIVEN two stores on one database WHEN 40 uses are taken at once THEN the user gets exactly the limit", async () => {
      const config = await adapter.fresh();
      const [one, two] = await Promise.all([open(config), open(config)]);
      const takes = Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? one : two).store.takeCooldown("h-burst", 5, 60_000, new Date(NOW + i)),
      );
      const outcomes = await Promise.all(takes);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    });

    it("GIVEN no FEEDBACK_SALT THEN a salt is generated into DATA_DIR (0600) and kept; another salt is refused", async () => {
      const config = await adapter.fresh();
      delete config.salt;
      const first = await open(config);
      const file = join(config.dataDir, "feedback-salt");
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readFileSync(file, "utf8").trim()).toMatch(/^[0-9a-f]{64}$/);
      const hash = first.hashUser("123456789012345678");
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      await first.close();
      const second = await open(config);
      expect(second.hashUser("123456789012345678")).toBe(hash);
      expect(second.hashUser("123456789012345679")).not.toBe(hash);
      await second.close();

      const other = openStore({ ...config, salt: "a-different-salt-0123456789" });
      await expect(other).rejects.toBeInstanceOf(StoreError);
      await expect(other).rejects.toThrow(/another salt/);
    });
  });
}
