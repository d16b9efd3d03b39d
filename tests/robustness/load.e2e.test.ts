import { describe, expect, it } from "vitest";
import { runBurst } from "./burst.ts";
import { runVoteBurst } from "./load-votes.ts";

/**
 * A bounded version of `npm run load`: 100 /ask interactions from 10 users at once, through the
 * stand-in, to the bot as `npm start` runs it. Each is acknowledged within 3 s, none is lost, each
 * user gets exactly COOLDOWN_QUESTIONS answers and then the clear cooldown message, and every
 * interaction has its log line. Then an overload (`npm run load -- --overload` is the 6,000 version):
 * what cannot be answered in time is dropped quietly, nothing is answered twice.
 */
describe("load: a burst through the Discord stand-in", () => {
  it("GIVEN 100 interactions from 10 users at once THEN all answered within 3 s, none lost, cooldown per user", async () => {
    const result = await runBurst({ interactions: 100, users: 10, cooldownQuestions: 5 });
    expect(result).toMatchObject({
      sent: 100,
      answered: 100,
      late: 0,
      lost: 0,
      cooledDown: 50,
      cooldownViolations: [],
      pinging: 0,
      logLines: 100,
      answeredTwice: 0,
      secondTries: 0,
      apologies: 0,
      expired: 0,
      errorLines: 0,
      tokenInOutput: false,
    });
    expect(result.completed).toBe(result.deferred);
    expect(result.ackMs.p99).toBeLessThan(3000);
  }, 60_000);

  it("GIVEN 1,500 interactions at once (more than a busy machine acknowledges in 3 s) THEN none answered twice, no apology, no error line, one log line each", async () => {
    const result = await runBurst({
      interactions: 1500,
      users: 50,
      cooldownQuestions: 1000,
      settleMs: 30_000,
    });
    expect(result).toMatchObject({
      sent: 1500,
      late: 0,
      answeredTwice: 0,
      apologies: 0,
      errorLines: 0,
      logLines: 1500,
      pinging: 0,
      tokenInOutput: false,
    });
    // Every deferred interaction gets its answer; whatever was not acknowledged was dropped as
    // expired or refused once (10062), each with its one warn line.
    expect(result.completed).toBe(result.deferred);
    expect(result.answered + result.lost).toBe(1500);
    expect(result.warnLines).toBeLessThanOrEqual(result.lost + 2);
    expect(result.secondTries).toBe(0);
  }, 120_000);

  it("GIVEN 100 votes from 10 users at once (SQLite) THEN each thanked within 3 s and in the database exactly once", async () => {
    const result = await runVoteBurst({ votes: 100, users: 10 });
    expect(result).toMatchObject({
      sent: 100,
      acknowledged: 100,
      late: 0,
      lost: 0,
      thanked: 100,
      couldNotRecord: 0,
      other: 0,
      errorLines: 0,
      stored: { answers: 10, up: 50, down: 50 },
      expected: { up: 50, down: 50 },
    });
  }, 60_000);
});
