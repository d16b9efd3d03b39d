import type { ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { InteractionResponseType, RESTJSONErrorCodes } from "discord.js";
import { APOLOGY } from "../../bot/router.ts";
import {
  type InteractionEvent,
  type InteractionHandle,
  opt,
  type Standin,
  startStandin,
} from "../support/discord-standin/index.ts";
import { snowflake } from "../support/discord-standin/snowflake.ts";
import { human } from "../support/discord-standin/world.ts";
import { spawnBot, stopBot } from "../support/spawn-bot.ts";
import { jsonLines, type Latency, latency } from "./latency.ts";

/** Questions the burst asks, in turn: answered ones, unanswered ones, hostile ones. */
const QUESTIONS = [
  "What did Grossi say?",
  "What did Khamenei say about negotiations?",
  "Who won the 2022 World Cup?",
  "@everyone how many votes did the council cast?",
  "when did the flooding start?",
  "What is the IAEA chief warning about?",
];

/** Discord's deadline for the first response, from dispatch. */
const DEADLINE_MS = 3000;

export interface BurstOptions {
  interactions: number;
  users: number;
  /** Questions per user per window (the bot's COOLDOWN_QUESTIONS). */
  cooldownQuestions: number;
  /** How long to wait for each callback before counting the interaction lost. */
  waitMs?: number;
  /** How long to wait, after the acknowledgements, for deferred answers to be edited in (default 60 s). */
  settleMs?: number;
  /** Writes the bot's whole output here (for a look at what it logged). */
  outputFile?: string;
  /** More environment for the bot (e.g. NODE_OPTIONS for a profile). */
  env?: Record<string, string>;
}

export interface BurstResult {
  sent: number;
  /** Acknowledged (callback accepted) within Discord's 3 s: the answer itself, or a deferral. */
  answered: number;
  /** Of those, acknowledged with the answer itself (callback type 4). */
  direct: number;
  /** Of those, acknowledged with a deferral ("thinking…", callback type 5). */
  deferred: number;
  /** Deferred interactions whose answer then arrived through the edit route. */
  completed: number;
  /** Acknowledged, but after the 3 s deadline (Discord would have shown "This interaction failed"). */
  late: number;
  /** Never acknowledged within waitMs. */
  lost: number;
  /** Interactions the bot logged as dropped because they were past the deadline when it got to them. */
  expired: number;
  /** Interactions given more than one message: a second callback of type 4, edit or follow-up accepted. Must be 0. */
  answeredTwice: number;
  /** Interactions the bot tried to send more than one message for, accepted or refused (e.g. an apology after 10062). */
  secondTries: number;
  /** Requests carrying the apology. */
  apologies: number;
  /** The bot's requests Discord refused: 10062 Unknown interaction, 40060 already acknowledged, anything else. */
  refused: { unknownInteraction: number; alreadyAcknowledged: number; other: number };
  /** Acknowledgements that were the cooldown message. */
  cooledDown: number;
  /** Users whose answers were not exactly what the cooldown allows of what was delivered, or whose cooldown message was unclear. */
  cooldownViolations: string[];
  /** Replies whose allowed_mentions were not `{ parse: [] }`. */
  pinging: number;
  ackMs: Latency;
  /** Dispatch to the edited-in answer, for deferred interactions. */
  completedMs: Latency;
  wallMs: number;
  /** Log lines "interaction" the bot wrote (one per interaction expected). */
  logLines: number;
  /** Log lines at warn (40) and at error (50) or above. */
  warnLines: number;
  errorLines: number;
  /** True if the bot token appeared anywhere in the bot's output. */
  tokenInOutput: boolean;
}

const content = (event: InteractionEvent | undefined) =>
  typeof event?.data?.content === "string" ? event.data.content : "";

/** What the bot delivered for one interaction, from the stand-in's record of its requests. */
function delivered(handle: InteractionHandle) {
  const ack = handle.acknowledgement;
  const accepted = handle.events.filter((e) => e.ok && (e.kind === "edit" || e.kind === "followup"));
  const deferred = ack?.callbackType === InteractionResponseType.DeferredChannelMessageWithSource;
  const answer = deferred ? accepted[0] : ack?.ok ? ack : undefined;
  // A message is a callback of type 4, an edit or a follow-up; a deferral is not one, nor an injected fault.
  const messages = handle.events.filter(
    (e) =>
      !e.injected &&
      ((e.kind === "callback" &&
        e.callbackType !== InteractionResponseType.DeferredChannelMessageWithSource) ||
        e.kind === "edit" ||
        e.kind === "followup"),
  );
  return { ack, deferred, answer, messages, accepted: messages.filter((e) => e.ok) };
}

/**
 * Starts the Discord stand-in and the bot as `npm start` runs it (src/main.ts in a child process, the real
 * discord.js client over the gateway, the bundled corpus), sends
 * `interactions` /ask interactions from `users` users at once, and measures each one's acknowledgement
 * as the stand-in saw it (from dispatch to the accepted callback), then waits for deferred answers to be
 * edited in. Closes both before returning.
 */
export async function runBurst(options: BurstOptions): Promise<BurstResult> {
  const waitMs = options.waitMs ?? 10_000;
  const settleMs = options.settleMs ?? 60_000;
  const standin: Standin = await startStandin();
  let bot: ChildProcess | undefined;
  let output = "";
  try {
    bot = spawnBot(standin, {
      COOLDOWN_QUESTIONS: String(options.cooldownQuestions),
      COOLDOWN_SECONDS: "60",
      ...options.env,
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
    await Promise.all(handles.map(({ handle }) => handle.callback(waitMs).catch(() => undefined)));
    const wallMs = performance.now() - started;
    // Deferred answers come later, through the edit route; wait for them (and give stray requests a moment).
    const pendingEdits = handles
      .map(({ handle }) => handle)
      .filter(
        (h) =>
          h.acknowledgement?.callbackType === InteractionResponseType.DeferredChannelMessageWithSource &&
          h.acknowledgement.elapsedMs <= DEADLINE_MS,
      );
    await Promise.all(pendingEdits.map((h) => h.waitFor("edit", settleMs).catch(() => undefined)));
    // And for the bot to be done with every interaction (its one line each), what it sends then included.
    const logged = () => output.split('"msg":"interaction"').length - 1;
    const until = Date.now() + settleMs;
    while (logged() < options.interactions && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));

    const ack: number[] = [];
    const completedMs: number[] = [];
    let answered = 0;
    let direct = 0;
    let deferred = 0;
    let completed = 0;
    let late = 0;
    let lost = 0;
    let cooledDown = 0;
    let pinging = 0;
    let answeredTwice = 0;
    let secondTries = 0;
    let apologies = 0;
    const refused = { unknownInteraction: 0, alreadyAcknowledged: 0, other: 0 };
    const perUser = new Map<
      string,
      { delivered: number; answers: number; cooldowns: number; unclear: number }
    >();
    for (const { user, handle } of handles) {
      for (const event of handle.events) {
        if (content(event) === APOLOGY) apologies++;
        if (event.ok || event.injected) continue;
        if (event.errorCode === RESTJSONErrorCodes.UnknownInteraction) refused.unknownInteraction++;
        else if (event.errorCode === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
          refused.alreadyAcknowledged++;
        else refused.other++;
      }
      const d = delivered(handle);
      if (d.accepted.length > 1) answeredTwice++;
      if (d.messages.length > 1) secondTries++;
      if (!d.ack) {
        lost++;
        continue;
      }
      ack.push(d.ack.elapsedMs);
      if (d.ack.elapsedMs > DEADLINE_MS) {
        late++;
        continue;
      }
      answered++;
      if (d.deferred) {
        deferred++;
        if (d.answer) {
          completed++;
          completedMs.push(d.answer.elapsedMs);
        }
      } else direct++;
      if (!d.answer) continue;
      const data = d.answer.data ?? {};
      if (JSON.stringify(data.allowed_mentions) !== JSON.stringify({ parse: [] })) pinging++;
      const counts = perUser.get(user) ?? { delivered: 0, answers: 0, cooldowns: 0, unclear: 0 };
      counts.delivered++;
      const text = content(d.answer);
      if (text.startsWith("You're asking quickly")) {
        cooledDown++;
        counts.cooldowns++;
        if (
          !/^You're asking quickly: please wait \d+ seconds? before the next question\.$/.test(text) ||
          (!d.deferred && data.flags !== 64)
        )
          counts.unclear++;
      } else if (Array.isArray(data.embeds) && data.embeds.length > 0) counts.answers++;
      else counts.unclear++;
      perUser.set(user, counts);
    }
    const cooldownViolations: string[] = [];
    for (const user of users) {
      const counts = perUser.get(user.id) ?? { delivered: 0, answers: 0, cooldowns: 0, unclear: 0 };
      const expected = Math.min(counts.delivered, options.cooldownQuestions);
      if (
        counts.answers !== expected ||
        counts.cooldowns !== counts.delivered - expected ||
        counts.unclear > 0
      )
        cooldownViolations.push(
          `${user.username}: ${counts.answers} answers, ${counts.cooldowns} cooldowns, ${counts.unclear} unclear of ${counts.delivered} delivered`,
        );
    }
    const lines = jsonLines<{ level?: number; msg?: string; outcome?: string }>(output);
    if (options.outputFile) writeFileSync(options.outputFile, output);
    return {
      sent: handles.length,
      answered,
      direct,
      deferred,
      completed,
      late,
      lost,
      expired: lines.filter((l) => l.msg === "interaction" && l.outcome === "expired").length,
      answeredTwice,
      secondTries,
      apologies,
      refused,
      cooledDown,
      cooldownViolations,
      pinging,
      ackMs: latency(ack),
      completedMs: latency(completedMs),
      wallMs: Math.round(wallMs),
      logLines: lines.filter((l) => l.msg === "interaction").length,
      warnLines: lines.filter((l) => l.level === 40).length,
      errorLines: lines.filter((l) => (l.level ?? 0) >= 50).length,
      tokenInOutput: output.includes(standin.token),
    };
  } finally {
    if (bot) await stopBot(bot);
    await standin.close();
  }
}
