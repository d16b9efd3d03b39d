import type { ChildProcess } from "node:child_process";
import { opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";
import { spawnBot } from "../support/spawn-bot.ts";

/** Questions the burst asks, in turn: answered ones, unanswered ones, hostile ones. */
const QUESTIONS = [
  "What did Grossi say?",
  "What did Khamenei say about negotiations?",
  "Who won the 2022 World Cup?",
  "@everyone how many votes did the council cast?",
  "when did the flooding start?",
  "What is the IAEA chief warning about?",
];

export interface BurstOptions {
  interactions: number;
  users: number;
  /** Questions per user per window (the bot's COOLDOWN_QUESTIONS). */
  cooldownQuestions: number;
  /** How long to wait for each callback before counting the interaction lost. */
  waitMs?: number;
}

export interface BurstResult {
  sent: number;
  /** Acknowledged (callback accepted) within Discord's 3 s. */
  answered: number;
  /** Acknowledged, but after the 3 s deadline (Discord would have shown "This interaction failed"). */
  late: number;
  /** Never acknowledged within waitMs. */
  lost: number;
  /** Acknowledgements that were the cooldown message. */
  cooledDown: number;
  /** Users whose answers were not exactly `cooldownQuestions`, or whose cooldown message was unclear. */
  cooldownViolations: string[];
  /** Replies whose allowed_mentions were not `{ parse: [] }`. */
  pinging: number;
  ackMs: { p50: number; p90: number; p99: number; max: number };
  wallMs: number;
  /** Log lines "interaction" the bot wrote (one per interaction expected). */
  logLines: number;
  /** True if the bot token appeared anywhere in the bot's output. */
  tokenInOutput: boolean;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);

/**
 * Starts the Discord stand-in and the bot as `npm start` runs it (src/main.ts in a child process, the real
 * discord.js client over the gateway, the bundled corpus), sends
 * `interactions` /ask interactions from `users` users at once, and measures each one's acknowledgement
 * as the stand-in saw it (from dispatch to the accepted callback). Closes both before returning.
 */
export async function runBurst(options: BurstOptions): Promise<BurstResult> {
  const waitMs = options.waitMs ?? 10_000;
  const standin: Standin = await startStandin();
  let bot: ChildProcess | undefined;
  let output = "";
  try {
    bot = spawnBot(standin, {
      COOLDOWN_QUESTIONS: String(options.cooldownQuestions),
      COOLDOWN_SECONDS: "60",
    });
    const child = bot;
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stderr?.on("data", (chunk) => {
      output += String(chunk);
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the bot did not start:\n${output}`)), 30_000);
      const check = () => {
        if (!output.includes('"msg":"gateway ready"')) return;
        clearTimeout(timer);
        child.stdout?.off("data", check);
        resolve();
      };
      child.stdout?.on("data", check);
      child.once("exit", () => reject(new Error(`the bot exited:\n${output}`)));
    });
    await standin.waitForGatewayReady();

    const users = Array.from({ length: options.users }, (_, i) =>
      human(snowflake(), `reader${i}`, `Reader ${i}`),
    );
    const started = performance.now();
    const handles = Array.from({ length: options.interactions }, (_, i) => {
      const user = users[i % users.length] as (typeof users)[number];
      const question = QUESTIONS[i % QUESTIONS.length] as string;
      return {
        user: user.id,
        handle: standin.sendInteraction(
          standin.build.chatInput({ name: "ask", user, options: [opt.string("question", question)] }),
        ),
      };
    });
    const outcomes = await Promise.all(
      handles.map(({ user, handle }) =>
        handle.callback(waitMs).then(
          (event) => ({ user, event }),
          () => ({ user, event: undefined }),
        ),
      ),
    );
    const wallMs = performance.now() - started;

    const ack: number[] = [];
    let answered = 0;
    let late = 0;
    let cooledDown = 0;
    let pinging = 0;
    const perUser = new Map<string, { answers: number; cooldowns: number; unclear: number }>();
    for (const { user, event } of outcomes) {
      if (!event) continue;
      ack.push(event.elapsedMs);
      if (event.elapsedMs < 3000) answered++;
      else late++;
      const data = event.data ?? {};
      if (JSON.stringify(data.allowed_mentions) !== JSON.stringify({ parse: [] })) pinging++;
      const counts = perUser.get(user) ?? { answers: 0, cooldowns: 0, unclear: 0 };
      const content = typeof data.content === "string" ? data.content : "";
      if (content.startsWith("You're asking quickly")) {
        cooledDown++;
        counts.cooldowns++;
        if (
          !/^You're asking quickly: please wait \d+ s before the next question\.$/.test(content) ||
          data.flags !== 64
        )
          counts.unclear++;
      } else if (Array.isArray(data.embeds) && data.embeds.length > 0) counts.answers++;
      else counts.unclear++;
      perUser.set(user, counts);
    }
    const cooldownViolations: string[] = [];
    for (const user of users) {
      const sent = handles.filter((h) => h.user === user.id).length;
      const counts = perUser.get(user.id) ?? { answers: 0, cooldowns: 0, unclear: 0 };
      const expected = Math.min(sent, options.cooldownQuestions);
      if (counts.answers !== expected || counts.cooldowns !== sent - expected || counts.unclear > 0)
        cooldownViolations.push(
          `${user.username}: ${counts.answers} answers, ${counts.cooldowns} cooldowns, ${counts.unclear} unclear of ${sent}`,
        );
    }
    ack.sort((a, b) => a - b);
    // Let the last log lines land.
    await new Promise((r) => setTimeout(r, 200));
    return {
      sent: handles.length,
      answered,
      late,
      lost: outcomes.filter((o) => !o.event).length,
      cooledDown,
      cooldownViolations,
      pinging,
      ackMs: {
        p50: Math.round(percentile(ack, 50)),
        p90: Math.round(percentile(ack, 90)),
        p99: Math.round(percentile(ack, 99)),
        max: Math.round(ack.at(-1) ?? Number.NaN),
      },
      wallMs: Math.round(wallMs),
      logLines: output.split("\n").filter((l) => l.includes('"msg":"interaction"')).length,
      tokenInOutput: output.includes(standin.token),
    };
  } finally {
    if (bot && bot.exitCode === null) {
      const exited = new Promise((resolve) => bot?.once("exit", resolve));
      bot.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (bot.exitCode === null) bot.kill("SIGKILL");
    }
    await standin.close();
  }
}
