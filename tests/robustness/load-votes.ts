import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InteractionResponseType } from "discord.js";
import { loadConfig } from "../../src/config.ts";
import { openStore, storeConfigOf } from "../../src/store/open-store.ts";
import { type InteractionHandle, opt, type Standin, startStandin } from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";
import { spawnBot, stopBot } from "../support/spawn-bot.ts";
import { jsonLines, type Latency, latency } from "./latency.ts";

/** Discord's deadline for the first response, from dispatch. */
const DEADLINE_MS = 3000;

export interface VoteBurstOptions {
  /** Votes sent at once (each user votes on `votes / users` different answers). */
  votes: number;
  users: number;
  /** How long to wait for each acknowledgement before counting the vote lost. */
  waitMs?: number;
  /**
   * Spread the votes evenly over this many ms instead of sending them all at once (default 0, all
   * at once): what one vote costs when the votes are not queued behind each other.
   */
  spreadMs?: number;
}

export interface VoteBurstResult {
  sent: number;
  /** Acknowledged within Discord's 3 s. */
  acknowledged: number;
  late: number;
  lost: number;
  /** Of those, acknowledged with a deferral ("thinking…", then the thanks edited in): the bot was busy. */
  deferred: number;
  /** Answered with the ephemeral thanks (directly, or edited in after a deferral). */
  thanked: number;
  /** Acknowledged with "couldn't record that". */
  couldNotRecord: number;
  /** Anything else (a stale-button message, an apology). */
  other: number;
  /** From dispatch to the accepted callback, as the stand-in saw it. */
  ackMs: Latency;
  /** In the bot, from the interaction's arrival to its answer sent (its log line's `ms`). */
  botMs: Latency;
  wallMs: number;
  /** What the SQLite file holds afterwards, read through the store. */
  stored: { answers: number; up: number; down: number };
  /** Votes sent: 👍 buttons and 👎 forms. */
  expected: { up: number; down: number };
  errorLines: number;
}

/**
 * `npm run load`'s vote burst: the bot as `npm start` runs it (src/main.ts in a child process, the
 * feedback store in SQLite in a folder of its own) answers one question per user, then `votes`
 * votes from `users` users arrive at once — each user votes on `votes / users` different answers,
 * 👍 by button and 👎 by the form's submission in turn — and each vote's acknowledgement is timed
 * from dispatch to the callback. Afterwards the SQLite file is read through the store: every vote
 * acknowledged is there, once.
 */
export async function runVoteBurst(options: VoteBurstOptions): Promise<VoteBurstResult> {
  const waitMs = options.waitMs ?? 10_000;
  const dataDir = mkdtempSync(join(tmpdir(), "newsdesk-votes-"));
  const standin: Standin = await startStandin();
  let bot: ChildProcess | undefined;
  let output = "";
  try {
    bot = spawnBot(standin, { DATA_DIR: dataDir, COOLDOWN_QUESTIONS: "1000", LOG_LEVEL: "info" });
    const child = bot;
    child.stdout?.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stderr?.on("data", (chunk) => {
      output += String(chunk);
    });
    await Promise.race([
      standin.waitForGatewayReady(30_000),
      new Promise((_, reject) => child.once("exit", () => reject(new Error(`the bot exited:\n${output}`)))),
    ]);

    const users = Array.from({ length: options.users }, (_, i) =>
      human(snowflake(), `voter${i}`, `Voter ${i}`),
    );
    // One answer per user to vote on.
    const answers: InteractionHandle[] = [];
    for (const user of users) {
      const handle = standin.sendInteraction(
        standin.build.chatInput({
          name: "ask",
          user,
          options: [opt.string("question", "What did Grossi say?")],
        }),
      );
      await handle.callback(waitMs);
      answers.push(handle);
    }
    // Let the answers be written (in the background, after each reply).
    await new Promise((r) => setTimeout(r, 500));

    const perUser = Math.ceil(options.votes / options.users);
    // Built when sent: an interaction's id is its creation time, which the bot checks against the deadline.
    const payloads: Array<() => Parameters<Standin["sendInteraction"]>[0]> = [];
    const expected = { up: 0, down: 0 };
    for (let k = 0; k < perUser && payloads.length < options.votes; k++) {
      for (const [i, user] of users.entries()) {
        if (payloads.length >= options.votes) break;
        const answer = answers[(i + k) % answers.length] as InteractionHandle;
        if (k % 2 === 0) {
          expected.up++;
          payloads.push(() =>
            standin.build.button({
              customId: `nd1:u:${answer.id}`,
              user,
              ...(answer.original ? { message: answer.original } : {}),
            }),
          );
        } else {
          expected.down++;
          payloads.push(() =>
            standin.build.modalSubmit({
              customId: `nd1:w:${answer.id}`,
              values: { reason: ["wrong-passage"], note: `vote ${k} of ${user.username}` },
              user,
            }),
          );
        }
      }
    }
    const logged = () => output.split('"msg":"interaction"').length - 1;
    const loggedBefore = logged();
    const outputBefore = output.length;
    const votes: InteractionHandle[] = [];
    const spreadMs = options.spreadMs ?? 0;
    const started = performance.now();
    for (const [n, payload] of payloads.entries()) {
      if (spreadMs > 0) {
        const due = started + (n * spreadMs) / payloads.length;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      votes.push(standin.sendInteraction(payload()));
    }
    await Promise.all(votes.map((v) => v.callback(waitMs).catch(() => undefined)));
    const wallMs = performance.now() - started;
    // Deferred ones get their thanks through the edit route; and every vote its log line.
    await Promise.all(
      votes
        .filter(
          (v) => v.acknowledgement?.callbackType === InteractionResponseType.DeferredChannelMessageWithSource,
        )
        .map((v) => v.waitFor("edit", waitMs).catch(() => undefined)),
    );
    const until = Date.now() + waitMs;
    while (logged() - loggedBefore < votes.length && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));

    const ack: number[] = [];
    const result = {
      acknowledged: 0,
      deferred: 0,
      late: 0,
      lost: 0,
      thanked: 0,
      couldNotRecord: 0,
      other: 0,
    };
    for (const vote of votes) {
      const event = vote.acknowledgement;
      if (!event) {
        result.lost++;
        continue;
      }
      ack.push(event.elapsedMs);
      if (event.elapsedMs > DEADLINE_MS) result.late++;
      else result.acknowledged++;
      const deferred = event.callbackType === InteractionResponseType.DeferredChannelMessageWithSource;
      if (deferred) result.deferred++;
      const answer = deferred ? vote.events.find((e) => e.kind === "edit" && e.ok) : event;
      const content = typeof answer?.data?.content === "string" ? answer.data.content : "";
      if (content.startsWith("Thanks")) result.thanked++;
      else if (content.startsWith("Couldn't record")) result.couldNotRecord++;
      else result.other++;
    }

    // Stop the bot (SIGTERM: it drains and closes the store), then read the file.
    await stopBot(child);
    const opened = await openStore(storeConfigOf(loadConfig({ DATA_DIR: dataDir })));
    let stored: VoteBurstResult["stored"];
    try {
      const report = await opened.store.report(new Date(0));
      stored = report.totals;
    } finally {
      await opened.close();
    }
    const lines = jsonLines<{ level?: number; msg?: string; ms?: number }>(output);
    // The votes' own log lines: those written once the answers they vote on were in.
    const botMs = jsonLines<{ msg?: string; ms?: number }>(output.slice(outputBefore)).flatMap((l) =>
      l.msg === "interaction" && typeof l.ms === "number" ? [l.ms] : [],
    );
    return {
      sent: votes.length,
      ...result,
      ackMs: latency(ack),
      botMs: latency(botMs),
      wallMs: Math.round(wallMs),
      stored,
      expected,
      errorLines: lines.filter((l) => (l.level ?? 0) >= 50).length,
    };
  } finally {
    if (bot) await stopBot(bot);
    await standin.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface StoreCost {
  /** 500 votes handed to the store in one go, until the last is written (ms). */
  burstMs: number;
  /** One vote at a time, each awaited: from the call to its outcome, in microseconds. */
  perVoteUs: Latency;
}

/**
 * What the SQLite store alone costs the votes of a burst, without Discord: `votes` votes from
 * `users` users on one answer each, handed over at once, then one at a time. The share of a vote's
 * acknowledgement that is the database's.
 */
export async function storeCost(votes: number, users: number): Promise<StoreCost> {
  const dataDir = mkdtempSync(join(tmpdir(), "newsdesk-store-cost-"));
  const opened = await openStore(storeConfigOf(loadConfig({ DATA_DIR: dataDir })));
  try {
    const { store } = opened;
    const answers = Array.from({ length: users }, () => snowflake());
    for (const id of answers) {
      await store.recordAnswer({
        interactionId: id,
        at: new Date(),
        guildId: null,
        channelId: null,
        userHash: opened.hashUser(id),
        command: "ask",
        question: "What did Grossi say?",
        answered: true,
        passageIds: [1, 2, 3],
        corpusVersion: "load",
      });
    }
    const vote = (n: number, round: number) => ({
      interactionId: answers[n % users] as string,
      userHash: opened.hashUser(`voter-${Math.floor(n / users)}-${round}`),
      vote: n % 2 === 0 ? ("up" as const) : ("down" as const),
      ...(n % 2 === 0 ? {} : { reason: "wrong-passage" as const, note: `vote ${n}` }),
      at: new Date(),
    });
    const started = performance.now();
    await Promise.all(Array.from({ length: votes }, (_, n) => store.vote(vote(n, 0))));
    const burstMs = Math.round(performance.now() - started);
    const each: number[] = [];
    for (let n = 0; n < votes; n++) {
      const at = performance.now();
      await store.vote(vote(n, 1));
      each.push(performance.now() - at);
    }
    return { burstMs, perVoteUs: latency(each.map((ms) => ms * 1000)) };
  } finally {
    await opened.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
