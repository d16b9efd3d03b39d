import { describe, expect, it } from "vitest";
import { runBurst } from "./burst.ts";

/**
 * A bounded version of `npm run load`: 100 /ask interactions from 10 users at once, through the
 * stand-in, to the bot as `npm start` runs it. Each is acknowledged within 3 s, none is lost, each
 * user gets exactly COOLDOWN_QUESTIONS answers and then the clear cooldown message, and every
 * interaction has its log line.
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
      tokenInOutput: false,
    });
    expect(result.ackMs.p99).toBeLessThan(3000);
  }, 60_000);
});
