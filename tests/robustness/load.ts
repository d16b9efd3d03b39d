/**
 * `npm run load [-- --interactions 500 --users 50]`: a burst through the Discord stand-in against
 * the bot as `npm start` runs it; prints sent / answered / late / lost, the cooldown per user and
 * the p50 / p99 acknowledgement times. Exits 1 if any interaction is lost or late.
 */
import { runBurst } from "./burst.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const interactions = arg("interactions", 500);
const users = arg("users", 50);
const cooldownQuestions = arg("cooldown", 5);

process.stdout.write(
  `load: ${interactions} /ask interactions from ${users} users at once, cooldown ${cooldownQuestions} per 60 s\n`,
);
const r = await runBurst({ interactions, users, cooldownQuestions });
process.stdout.write(
  `${[
    `sent ${r.sent}, answered within 3 s ${r.answered}, late ${r.late}, lost ${r.lost}`,
    `cooldown messages ${r.cooledDown}; users with a wrong count or an unclear message: ${r.cooldownViolations.length}`,
    ...r.cooldownViolations.map((v) => `  ${v}`),
    `acknowledgement ms: p50 ${r.ackMs.p50}, p90 ${r.ackMs.p90}, p99 ${r.ackMs.p99}, max ${r.ackMs.max}`,
    `whole burst ${r.wallMs} ms; interaction log lines ${r.logLines}; replies allowing a ping ${r.pinging}; token in the bot's output: ${r.tokenInOutput ? "YES" : "no"}`,
  ].join("\n")}\n`,
);
process.exitCode = r.lost || r.late || r.cooldownViolations.length || r.pinging || r.tokenInOutput ? 1 : 0;
