import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import type { Passage } from "../../src/corpus/types.ts";
import { corpusVersion } from "../../src/corpus/version.ts";
import type { AnswerRecord, VoteRecord } from "../../src/feedback/store.ts";
import { openStore, type StoreConfig } from "../../src/store/open-store.ts";
import { removeTempDirs, SALT, tempDir } from "../store/adapters.ts";
import { freePort } from "../support/postgres.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const STORY = join(ROOT, "corpus");
const ALICE = "100000000000000001";
const BOB = "100000000000000002";
const CAROL = "100000000000000003";
const HOSTILE_NOTE = "<@123456789012345678> **not** this \u001b[2J\u0007 @everyone";

function newsdesk(args: string[], env: Record<string, string>) {
  return spawnSync("npm", ["run", "-s", "newsdesk", "--", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", FEEDBACK_SALT: "", DATA_DIR: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("newsdesk report and feedback (a real process, a SQLite file made by the store)", {
  timeout: 90_000,
}, () => {
  const corpus = loadCorpus(STORY);
  const version = corpusVersion(corpus);
  const grossi = corpus.passages.find((p) => p.text.startsWith("Rafael Grossi")) as Passage;
  const other = corpus.passages.find((p) => p.id !== grossi.id) as Passage;
  let config: StoreConfig;
  let env: Record<string, string>;

  beforeAll(async () => {
    config = { dataDir: tempDir(), salt: SALT, retentionDays: 180 };
    env = { DATA_DIR: config.dataDir, FEEDBACK_SALT: SALT };
    const { store, hashUser, close } = await openStore(config);
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    const answer = (id: string, userId: string, over: Partial<AnswerRecord>): AnswerRecord => ({
      interactionId: id,
      at: minutesAgo(60),
      guildId: "111111111111111111",
      channelId: "222222222222222222",
      userHash: hashUser(userId),
      command: "ask",
      question: `question ${id}`,
      answered: true,
      passageIds: [grossi.id, other.id],
      corpusVersion: version,
      ...over,
    });
    await store.recordAnswer(
      answer("500000000000000001", ALICE, { question: "what did the IAEA chief warn about?" }),
    );
    await store.recordAnswer(
      answer("500000000000000002", BOB, {
        question: "who is the president?",
        passageIds: [0],
        corpusVersion: "0ldc0rp5",
      }),
    );
    await store.recordAnswer(
      answer("500000000000000003", ALICE, { question: "Who won the World Cup?", answered: false }),
    );
    await store.recordAnswer(
      answer("500000000000000004", BOB, {
        question: "who won the world  cup?",
        answered: false,
        at: minutesAgo(50),
      }),
    );
    await store.recordAnswer(
      answer("500000000000000005", CAROL, {
        question: "an old question",
        passageIds: [other.id],
        at: minutesAgo(3 * 24 * 60),
      }),
    );
    const vote = (id: string, userId: string, v: "up" | "down", m: number, more: Partial<VoteRecord> = {}) =>
      store.vote({ interactionId: id, userHash: hashUser(userId), vote: v, at: minutesAgo(m), ...more });
    await vote("500000000000000001", ALICE, "down", 30, { reason: "wrong-passage", note: HOSTILE_NOTE });
    await vote("500000000000000001", BOB, "down", 20, { reason: "story-doesnt-say" });
    await vote("500000000000000001", CAROL, "up", 10);
    await vote("500000000000000002", ALICE, "down", 10, { reason: "other", note: "old corpus" });
    await vote("500000000000000005", CAROL, "down", 5, { reason: "story-says-it" });
    await close();
  });
  afterAll(removeTempDirs);

  it("GIVEN votes and refusals THEN `report` prints the most 👎 answers with their passages, the refusals and the articles", () => {
    const run = newsdesk(["report"], env);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/Feedback since \d{4}-\d\d-\d\d \d\d:\d\d UTC \(sqlite\): 5 answers, 👍 1, 👎 4/);
    expect(out).toContain("1. “what did the IAEA chief warn about?”  👎 2 👍 1");
    expect(out).toContain("reasons: The wrong passage ×1, The story doesn't say it ×1");
    expect(out).toContain("note: “<@123456789012345678> **not** this  @everyone”"); // no escape sequence, no bell
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u0007");
    expect(out).toContain(`cited: ${grossi.citation} “${grossi.text}”`);
    expect(out).toContain(`cited: passage 0 of another version of the corpus`);
    expect(out).toContain("1. ×2  “who won the world cup?”");
    expect(out).toContain(
      "khamenei-rejects-talks-under-pressure — Khamenei rejects talks under pressure: cited 2, 👍 1 / 👎 3 (25% 👍)",
    );
    expect(out).toContain("1 answer cited an earlier version of the corpus");

    const recent = newsdesk(["report", "--since", "1d"], env);
    expect(recent.status).toBe(0);
    expect(recent.stdout).toMatch(/4 answers, 👍 1, 👎 3/);
    expect(recent.stdout).not.toContain("an old question");
  });

  it("GIVEN --json THEN the same report as JSON, passages with citation and text from the corpus", () => {
    const run = newsdesk(["report", "--json"], env);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.store).toBe("sqlite");
    expect(report.corpusVersion).toBe(version);
    expect(report.totals).toEqual({ answers: 5, up: 1, down: 4 });
    expect(report.disliked[0]).toMatchObject({
      interactionId: "500000000000000001",
      question: "what did the IAEA chief warn about?",
      up: 1,
      down: 2,
      notes: [HOSTILE_NOTE],
      passages: [
        { passageId: grossi.id, citation: grossi.citation, text: grossi.text },
        { passageId: other.id, citation: other.citation, text: other.text },
      ],
    });
    expect(report.disliked[0].reasons).toEqual([
      { reason: "wrong-passage", label: "The wrong passage", count: 1 },
      { reason: "story-doesnt-say", label: "The story doesn't say it", count: 1 },
    ]);
    expect(report.refused).toEqual([{ question: "who won the world cup?", count: 2 }]);
    expect(report.articles).toEqual([
      {
        articleId: "khamenei-rejects-talks-under-pressure",
        title: "Khamenei rejects talks under pressure",
        cited: 2,
        up: 1,
        down: 3,
        upShare: 0.25,
      },
    ]);
    expect(report.otherVersions).toBe(1);
  });

  it("GIVEN a bad --since THEN it says what is accepted and exits 1", () => {
    const run = newsdesk(["report", "--since", "soon"], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('since: "soon" is not a period');
  });

  it("GIVEN 👎 answers THEN `feedback export` writes them as question-set lines with gold empty", () => {
    const out = join(tempDir(), "feedback.jsonl");
    const run = newsdesk(["feedback", "export", "--out", out], env);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`Wrote 3 questions to ${out}.`);
    const lines = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.command, l.query, l.answerable, l.gold])).toEqual([
      ["feedback-500000000000000005", "ask", "an old question", true, []],
      ["feedback-500000000000000001", "ask", "what did the IAEA chief warn about?", false, []],
      ["feedback-500000000000000002", "ask", "who is the president?", true, []],
    ]);
    expect(lines[2].feedback).toMatchObject({ reason: "other", note: "old corpus", answered: true, down: 1 });

    const recent = newsdesk(["feedback", "export", "--since", "1d"], env);
    expect(recent.status).toBe(0);
    expect(recent.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("GIVEN a user id THEN `feedback forget` deletes that user's answers and votes and says how many", () => {
    const bad = newsdesk(["feedback", "forget", "--user", "alice"], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("give the user's Discord id");
    expect(newsdesk(["feedback"], env).status).toBe(2);

    // Alice: 2 answers (one refused), her 2 votes, Bob's and Carol's votes on her first answer.
    const run = newsdesk(["feedback", "forget", "--user", ALICE], env);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("Deleted 6 rows (answers and votes) of that user.");
    expect(run.stdout + run.stderr).not.toContain(ALICE);
    const report = JSON.parse(newsdesk(["report", "--json"], env).stdout);
    expect(report.totals).toEqual({ answers: 3, up: 0, down: 1 });
    expect(report.refused).toEqual([{ question: "who won the world cup?", count: 1 }]);
    expect(newsdesk(["feedback", "forget", "--user", ALICE], env).stdout.trim()).toBe(
      "Deleted 0 rows (answers and votes) of that user.",
    );
  });

  it("GIVEN DATABASE_URL where nothing listens THEN report exits 1 naming DATABASE_URL, without the password", async () => {
    const port = await freePort();
    const run = newsdesk(["report"], {
      ...env,
      DATABASE_URL: `postgres://newsdesk:hunter2-secret@127.0.0.1:${port}/newsdesk`,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^DATABASE_URL \(postgres:\/\/newsdesk@127\.0\.0\.1:\d+\/newsdesk\): cannot reach PostgreSQL/m,
    );
    expect(run.stderr).not.toContain("hunter2-secret");
  });
});
