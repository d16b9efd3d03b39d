/**
 * `npm run load [-- --interactions 500 --users 50 --cooldown 5]`: a burst through the Discord stand-in
 * against the bot as `npm start` runs it; prints sent / acknowledged within 3 s (answered directly or
 * deferred) / deferred answers edited in / late / lost / dropped as expired / answered twice, the
 * cooldown per user, the p50 / p99 acknowledgement times and the warn and error lines the bot wrote.
 * Exits 1 if any interaction is lost or late, answered twice, or the cooldown is wrong.
 *
 * `npm run load -- --overload` (6,000 interactions at once, 50 users, cooldown raised to 1,000 (its maximum), 120 a user, so
 * every one is real work; `--output FILE` keeps the bot's log): more than the machine can acknowledge
 * within 3 s. There the figure is how many were answered; the bot must not answer any twice, must not
 * answer one past its deadline, and must not write a storm of errors (exit 1 otherwise).
 *
 * Then (not with --overload; `--votes 0` leaves it out) `--votes 500` votes from `--users` users
 * against the feedback store in SQLite: first arriving within `--vote-spread 1000` ms — the burst
 * the target is for (p99 ≤ 50 ms): ten votes a second from each of 50 people, far more than people
 * click — then all dispatched in the same instant, where the last in line waits for the 499 before
 * it (about 1.5 ms each on two cores, nearly all of it discord.js reading the event and sending the
 * reply); then the store alone, without Discord: the same votes handed to it at once, and one at a
 * time. Prints the acknowledgement p50 / p99, the time each vote spent in the bot and the votes
 * found in the database afterwards. Exits 1 if a vote is lost, late, not thanked, or not in the
 * database exactly once, or if the burst's p99 is over 50 ms.
 */
import { runBurst } from "./burst.ts";
import { runVoteBurst, storeCost } from "./load-votes.ts";

const flag = (name: string) => process.argv.includes(`--${name}`);
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const overload = flag("overload");
const interactions = arg("interactions", overload ? 6000 : 500);
const users = arg("users", 50);
const cooldownQuestions = arg("cooldown", overload ? 1000 : 5);
const outputAt = process.argv.indexOf("--output");
const outputFile = outputAt >= 0 ? process.argv[outputAt + 1] : undefined;

process.stdout.write(
  `load: ${interactions} /ask interactions from ${users} users at once, cooldown ${cooldownQuestions} per 60 s\n`,
);
const r = await runBurst({
  interactions,
  users,
  cooldownQuestions,
  ...(outputFile ? { outputFile } : {}),
});
process.stdout.write(
  `${[
    `sent ${r.sent}, acknowledged within 3 s ${r.answered} (${r.direct} with the answer, ${r.deferred} deferred, ${r.completed} of those then edited in), late ${r.late}, lost ${r.lost}`,
    `dropped as expired ${r.expired}; answered twice ${r.answeredTwice}; interactions with a second try ${r.secondTries}; apologies ${r.apologies}`,
    `refused by Discord: 10062 unknown interaction ${r.refused.unknownInteraction}, 40060 already acknowledged ${r.refused.alreadyAcknowledged}, other ${r.refused.other}`,
    `cooldown messages ${r.cooledDown}; users with a wrong count or an unclear message: ${r.cooldownViolations.length}`,
    ...r.cooldownViolations.slice(0, 10).map((v) => `  ${v}`),
    `acknowledgement ms: p50 ${r.ackMs.p50}, p90 ${r.ackMs.p90}, p99 ${r.ackMs.p99}, max ${r.ackMs.max}; deferred answer edited in at p50 ${r.completedMs.p50}, p99 ${r.completedMs.p99}, max ${r.completedMs.max}`,
    `whole burst ${r.wallMs} ms; interaction log lines ${r.logLines}; warn lines ${r.warnLines}; error lines ${r.errorLines}; replies allowing a ping ${r.pinging}; token in the bot's output: ${r.tokenInOutput ? "YES" : "no"}`,
  ].join("\n")}\n`,
);
const wrong = r.answeredTwice || r.late || r.pinging || r.tokenInOutput || r.deferred !== r.completed;
process.exitCode = overload
  ? wrong || r.errorLines > 10
    ? 1
    : 0
  : wrong || r.lost || r.cooldownViolations.length || r.errorLines
    ? 1
    : 0;

const votes = overload ? 0 : arg("votes", 500);
const spread = arg("vote-spread", 1000);
/** The acknowledgement p99 a vote must meet in the burst (issue 14). */
const VOTE_P99_MS = 50;
if (votes > 0) {
  for (const spreadMs of [spread, 0]) {
    process.stdout.write(
      `\nload: ${votes} votes (👍 and 👎 forms in turn) from ${users} users ${spreadMs ? `within ${spreadMs} ms` : "dispatched in the same instant"}, SQLite\n`,
    );
    const v = await runVoteBurst({ votes, users, spreadMs });
    const target = spreadMs
      ? `target p99 ≤ ${VOTE_P99_MS} ms: ${v.ackMs.p99 <= VOTE_P99_MS ? "met" : "NOT met"}`
      : "a queue: the last waits for those before it";
    process.stdout.write(
      `${[
        `sent ${v.sent}, acknowledged within 3 s ${v.acknowledged} (${v.deferred} deferred, then the thanks edited in), late ${v.late}, lost ${v.lost}; thanked ${v.thanked}, couldn't record ${v.couldNotRecord}, other ${v.other}`,
        `vote acknowledgement ms (dispatch to callback): p50 ${v.ackMs.p50}, p90 ${v.ackMs.p90}, p99 ${v.ackMs.p99}, max ${v.ackMs.max} (${target}); in the bot (arrival to answer sent): p50 ${v.botMs.p50}, p99 ${v.botMs.p99}, max ${v.botMs.max}; whole run ${v.wallMs} ms`,
        `in the database afterwards: ${v.stored.answers} answers, 👍 ${v.stored.up}, 👎 ${v.stored.down} (sent 👍 ${v.expected.up}, 👎 ${v.expected.down}); error lines ${v.errorLines}`,
      ].join("\n")}\n`,
    );
    const votesWrong =
      v.lost ||
      v.late ||
      v.couldNotRecord ||
      v.other ||
      v.errorLines ||
      v.thanked !== v.sent ||
      v.stored.up !== v.expected.up ||
      v.stored.down !== v.expected.down ||
      (spreadMs > 0 && v.ackMs.p99 > VOTE_P99_MS);
    if (votesWrong) process.exitCode = 1;
  }
  const cost = await storeCost(votes, users);
  process.stdout.write(
    `\nthe SQLite store alone: ${votes} votes handed over at once written in ${cost.burstMs} ms; one at a time p50 ${cost.perVoteUs.p50} µs, p99 ${cost.perVoteUs.p99} µs, max ${cost.perVoteUs.max} µs\n`,
  );
}
