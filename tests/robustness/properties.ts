import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIEmbed } from "discord.js";
import fc from "fast-check";
import pino from "pino";
import { Cooldown } from "../../bot/cooldown.ts";
import { Exchange, type PreparedMessage, prepare, prepareChoices } from "../../bot/respond.ts";
import { APOLOGY, createRouter, type Incoming } from "../../bot/router.ts";
import { loadCommands } from "../../commands/index.ts";
import { presentReply } from "../../discord/kit/present.ts";
import type { BotMessage, Command, CommandContext } from "../../discord/kit/types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { corpusVersion } from "../../src/corpus/version.ts";
import { createEngine, type Engine } from "../../src/engine.ts";
import { type DiscordPayload, renderDiscord } from "../../src/render/discord.ts";
import { DISCORD_LIMITS, escapeMarkdown } from "../../src/render/limits.ts";
import { readableQuote } from "../../src/render/markdown.ts";
import { UserError } from "../../src/reply/errors.ts";
import type { CitedPassage, Reply, ReplyKind } from "../../src/reply/types.ts";
import { recordingTransport } from "../bot/fakes.ts";
import { hostileString } from "./arbitraries.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const MENTION_ID = "123456789012345678";

/** The bundled story and the two extra articles (one with a URL), in one temporary corpus. */
export function fuzzEngine(): Engine {
  const dir = mkdtempSync(join(tmpdir(), "newsdesk-fuzz-"));
  for (const from of [join(ROOT, "corpus"), join(ROOT, "tests/fixtures/corpus-extra")]) {
    for (const name of readdirSync(from)) copyFileSync(join(from, name), join(dir, name));
  }
  return createEngine(loadCorpus(dir));
}

// ---------------------------------------------------------------- what every reply must satisfy

type Embed = APIEmbed | DiscordPayload["embeds"][number];

/** Every Discord limit a message can break, as a list of what is broken (empty when none). */
export function limitViolations(message: {
  content?: string;
  embeds: readonly Embed[];
  components?: PreparedMessage["components"];
}): string[] {
  const bad: string[] = [];
  const L = DISCORD_LIMITS;
  if ((message.content?.length ?? 0) > L.content) bad.push(`content ${message.content?.length}`);
  if (!message.content && message.embeds.length === 0) bad.push("empty message");
  if (message.embeds.length > L.embeds) bad.push(`${message.embeds.length} embeds`);
  let total = 0;
  for (const e of message.embeds) {
    const author = (e as APIEmbed).author?.name ?? "";
    if ((e.title?.length ?? 0) > L.embedTitle) bad.push(`title ${e.title?.length}`);
    if ((e.description?.length ?? 0) > L.embedDescription) bad.push(`description ${e.description?.length}`);
    if ((e.footer?.text.length ?? 0) > L.footerText) bad.push(`footer ${e.footer?.text.length}`);
    if (author.length > L.authorName) bad.push(`author ${author.length}`);
    if ((e.fields?.length ?? 0) > L.fields) bad.push(`${e.fields?.length} fields`);
    for (const f of e.fields ?? []) {
      if (f.name.length > L.fieldName || f.name.length === 0) bad.push(`field name ${f.name.length}`);
      if (f.value.length > L.fieldValue || f.value.length === 0) bad.push(`field value ${f.value.length}`);
    }
    total +=
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      author.length +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  if (total > L.embedsTotal) bad.push(`embeds total ${total}`);
  const rows = message.components ?? [];
  if (rows.length > 5) bad.push(`${rows.length} rows`);
  for (const row of rows) {
    if (row.components.length > 5) bad.push(`${row.components.length} buttons in a row`);
    for (const b of row.components) {
      const label = "label" in b ? (b.label ?? "") : "";
      if (label.length > 80) bad.push(`button label ${label.length}`);
      if ("custom_id" in b && (b.custom_id.length === 0 || b.custom_id.length > 100))
        bad.push(`custom id ${b.custom_id.length}`);
      if ("url" in b && !/^https?:\/\/\S+$/.test(b.url)) bad.push(`button url ${b.url}`);
    }
  }
  return bad;
}

/** Every text of a message that Discord shows. */
function textsOf(message: { content?: string; embeds: readonly Embed[] }): string[] {
  return [
    message.content ?? "",
    ...message.embeds.flatMap((e) => [
      e.title ?? "",
      e.description ?? "",
      e.footer?.text ?? "",
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
}

/**
 * A prepared message pings no one: `parse` empty, no user but the one `mention:` named, and no
 * echoed `@everyone`/`@here` left unescaped (so it would not ping even where allowed_mentions is ignored).
 */
export function mentionViolations(message: PreparedMessage, mention?: string): string[] {
  const bad: string[] = [];
  if (message.allowed_mentions.parse.length !== 0) bad.push("allowed_mentions.parse not empty");
  const users = message.allowed_mentions.users ?? [];
  if (users.some((u) => u !== mention)) bad.push(`pings users ${users.join(",")}`);
  for (const text of textsOf(message)) {
    if (/@(everyone|here)/.test(text))
      bad.push(`unescaped @everyone/@here in ${JSON.stringify(text.slice(0, 80))}`);
  }
  return bad;
}

/** True when every surrogate is half of a pair (String.prototype.isWellFormed, which the es2022 lib lacks). */
const wellFormed = (text: string): boolean => !/\p{Surrogate}/u.test(text);

/** A cut that leaves half of a surrogate pair behind (Discord shows it as garbage or refuses the JSON). */
function brokenSurrogates(input: string, message: { content?: string; embeds: readonly Embed[] }): string[] {
  if (!wellFormed(input)) return [];
  return textsOf(message)
    .filter((t) => !wellFormed(t))
    .map((t) => `lone surrogate in ${JSON.stringify(t.slice(-20))}`);
}

/** Every quoted passage is the corpus's sentence, character for character. */
export function verbatimViolations(engine: Engine, reply: Reply): string[] {
  const bad: string[] = [];
  for (const p of reply.passages) {
    const source = engine.corpus.passages[p.passageId];
    const article = engine.corpus.articles.find((a) => a.id === source?.articleId);
    if (!source || source.text !== p.text) bad.push(`passage ${p.passageId} is not the corpus sentence`);
    if (!article?.paragraphs.some((para) => para.includes(p.text)))
      bad.push(`passage ${p.citation} is not a substring of its article`);
  }
  return bad;
}

/** Blank input is the only input that may be refused, and only with a UserError. */
function isBlank(input: string): boolean {
  return !/[\p{L}\p{N}]/u.test(input.replace(/[\p{Cc}\p{Cf}]+/gu, " "));
}

function fail(what: string, input: string, problems: string[]): never {
  throw new Error(
    `${what}(${JSON.stringify(input.slice(0, 200))}${input.length > 200 ? "…" : ""}): ${problems.join("; ")}`,
  );
}

/** Calls an engine method: a reply, or a UserError for blank input only. */
function callEngine(what: string, input: string, call: () => Reply): Reply | undefined {
  try {
    return call();
  } catch (error) {
    if (error instanceof UserError && isBlank(input)) return undefined;
    fail(what, input, [
      `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    ]);
  }
}

/** The reply rendered both ways it leaves the bot: the domain renderer and the bot's presented message. */
function checkRendered(what: string, input: string, engine: Engine, reply: Reply): void {
  const problems = [...verbatimViolations(engine, reply)];
  const payload = renderDiscord(reply);
  problems.push(...limitViolations(payload), ...brokenSurrogates(input, payload));
  const prepared = prepare(presentReply(reply, { corpusVersion: corpusVersion(engine.corpus) }));
  problems.push(
    ...limitViolations(prepared),
    ...mentionViolations(prepared),
    ...brokenSurrogates(input, prepared),
  );
  if (problems.length) fail(what, input, problems);
}

// ---------------------------------------------------------------- the handlers

export interface FuzzTarget {
  name: string;
  property: () => fc.IRawProperty<unknown[]>;
}

/** One property per handler; each run is one input through the handler and every check above. */
export function fuzzTargets(engine: Engine): FuzzTarget[] {
  const commands = loadCommands();
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  const context: CommandContext = { engine, corpusVersion: corpusVersion(engine.corpus) };
  const command = (name: string) => byName.get(name) as Command;

  /** A command handler's message, prepared as it leaves the bot; a UserError only for blank input. */
  const execute = async (
    name: string,
    input: string,
    options: Record<string, string | boolean>,
    target?: string,
  ) => {
    let message: BotMessage;
    try {
      message = await command(name).execute(
        {
          user: { id: "223456789012345678" },
          options,
          ...(target !== undefined ? { targetMessage: { id: "1", content: target } } : {}),
        },
        context,
      );
    } catch (error) {
      if (error instanceof UserError && isBlank(input)) return;
      fail(`/${name}`, input, [`threw ${String(error)}`]);
    }
    const mention = typeof options.mention === "string" ? options.mention : undefined;
    const prepared = prepare(message);
    const problems = [
      ...limitViolations(prepared),
      ...mentionViolations(prepared, mention),
      ...brokenSurrogates(input, prepared),
    ];
    if (problems.length) fail(`/${name}`, input, problems);
  };

  const router = createRouter({
    engines: { current: () => engine },
    commands,
    cooldown: new Cooldown(Number.MAX_SAFE_INTEGER, 1),
    log: pino({ level: "silent" }),
  });
  let next = 0;

  return [
    {
      name: "engine.ask",
      property: () =>
        fc.property(hostileString, (q) => {
          const reply = callEngine("ask", q, () => engine.ask(q));
          if (reply) checkRendered("ask", q, engine, reply);
        }),
    },
    {
      name: "engine.who",
      property: () =>
        fc.property(hostileString, (name) => {
          const reply = callEngine("who", name, () => engine.who(name));
          if (reply) checkRendered("who", name, engine, reply);
        }),
    },
    {
      name: "engine.positions",
      property: () =>
        fc.property(hostileString, (topic) => {
          // No topic at all is fine; only a topic of nothing but blanks may be refused.
          const reply = callEngine("positions", topic.trim() ? topic : "x", () => engine.positions(topic));
          if (reply) checkRendered("positions", topic, engine, reply);
        }),
    },
    {
      name: "renderDiscord",
      property: () =>
        fc.property(anyReply, (reply) => {
          const payload = renderDiscord(reply);
          const problems = limitViolations(payload);
          const text = payload.embeds[0]?.description ?? "";
          // Passages are shown whole and in order; the footer counts the ones left out.
          const hidden = Number(
            /· (\d+) more not shown$/.exec(payload.embeds[0]?.footer?.text ?? "")?.[1] ?? 0,
          );
          const whole = reply.passages.filter((p) =>
            text.includes(escapeMarkdown(readableQuote(p.text))),
          ).length;
          if (whole + hidden < reply.passages.length - 1)
            problems.push(`${reply.passages.length} passages, ${whole} shown, ${hidden} counted as hidden`);
          if (problems.length) fail("renderDiscord", reply.query, problems);
        }),
    },
    {
      name: "bot prepare (respond.ts)",
      property: () =>
        fc.property(anyBotMessage, (message) => {
          const prepared = prepare(message);
          const mention = message.pingUsers?.[0];
          const problems = [...limitViolations(prepared)];
          if (prepared.allowed_mentions.parse.length !== 0) problems.push("parse not empty");
          for (const u of prepared.allowed_mentions.users ?? [])
            if (!message.pingUsers?.includes(u)) problems.push(`pings ${u}`);
          if (mention && /^\d{17,20}$/.test(mention) && !prepared.allowed_mentions.users?.includes(mention))
            problems.push("lost the requested mention");
          if (problems.length) fail("prepare", message.content ?? "", problems);
        }),
    },
    {
      name: "/ask handler",
      property: () =>
        fc.asyncProperty(hostileString, fc.boolean(), fc.boolean(), (q, priv, mention) =>
          execute("ask", q, { question: q, private: priv, ...(mention ? { mention: MENTION_ID } : {}) }),
        ),
    },
    {
      name: "/who handler",
      property: () => fc.asyncProperty(hostileString, (name) => execute("who", name, { actor: name })),
    },
    {
      name: "/positions handler",
      property: () =>
        fc.asyncProperty(hostileString, (topic) =>
          execute("positions", topic.trim() ? topic : "x", { topic }),
        ),
    },
    {
      name: "Check against the story",
      property: () =>
        fc.asyncProperty(hostileString, (text) => execute("Check against the story", text, {}, text)),
    },
    {
      name: "/who autocomplete",
      property: () =>
        fc.property(hostileString, (typed) => {
          const choices = prepareChoices(
            command("who").autocomplete?.({ name: "actor", value: typed }, context) ?? [],
          );
          const problems: string[] = [];
          if (choices.length > DISCORD_LIMITS.choices) problems.push(`${choices.length} choices`);
          for (const c of choices) {
            if (c.name.length === 0 || c.name.length > DISCORD_LIMITS.choiceName)
              problems.push(`name ${c.name.length}`);
            if (c.value.length === 0 || c.value.length > DISCORD_LIMITS.choiceValue)
              problems.push(`value ${c.value.length}`);
          }
          if (problems.length) fail("autocomplete", typed, problems);
        }),
    },
    {
      name: "router (any command, any text)",
      property: () =>
        fc.asyncProperty(
          fc.constantFrom("ask", "who", "positions", "Check against the story"),
          hostileString,
          async (name, text) => {
            const transport = recordingTransport();
            const incoming: Incoming = {
              kind: "command",
              id: String(++next),
              userId: "223456789012345678",
              commandName: name,
              commandType: name === "Check against the story" ? 3 : 1,
              input: {
                user: { id: "223456789012345678" },
                options:
                  name === "ask" ? { question: text } : name === "who" ? { actor: text } : { topic: text },
                targetMessage: { id: "1", content: text },
              },
            };
            await router(incoming, new Exchange(transport));
            const problems: string[] = [];
            const sent = transport.sent.filter((s) => s.via === "reply" || s.via === "editOriginal");
            if (sent.length !== 1) problems.push(`${sent.length} replies`);
            for (const s of sent) {
              if (!("message" in s)) continue;
              problems.push(...limitViolations(s.message), ...mentionViolations(s.message));
              if (s.message.content === APOLOGY) problems.push("answered with the apology (a handler threw)");
            }
            if (problems.length) fail(`router ${name}`, text, problems);
          },
        ),
    },
  ];
}

// ---------------------------------------------------------------- arbitrary replies and messages

const url = fc.oneof(fc.constant(undefined), fc.webUrl(), fc.constant("javascript:alert(1)"), hostileString);

const passage: fc.Arbitrary<CitedPassage> = fc.record(
  {
    citation: hostileString,
    text: hostileString,
    score: fc.double({ noNaN: true }),
    passageId: fc.nat(1000),
    articleTitle: hostileString,
    url: url.map((u) => u ?? "https://example.com/a"),
    kind: fc.constantFrom("position" as const, "event" as const),
    dates: fc.array(hostileString, { maxLength: 3 }),
    actor: hostileString,
  },
  { requiredKeys: ["citation", "text", "score", "passageId", "articleTitle"] },
);

const KINDS: ReplyKind[] = ["answer", "actor", "timeline", "positions", "help"];

/** Any reply the domain could produce, and many it could not: hostile text in every field. */
export const anyReply: fc.Arbitrary<Reply> = fc.record(
  {
    kind: fc.constantFrom(...KINDS),
    query: hostileString,
    answered: fc.boolean(),
    message: hostileString,
    passages: fc.array(passage, { maxLength: 40 }),
    actor: fc.record(
      { name: hostileString, aliases: fc.array(hostileString, { maxLength: 20 }), role: hostileString },
      { requiredKeys: ["name", "aliases"] },
    ),
    suggestions: fc.array(hostileString, { maxLength: 10 }),
  },
  { requiredKeys: ["kind", "query", "answered", "passages"] },
);

const longText = fc.oneof(hostileString, fc.string({ minLength: 1000, maxLength: 7000 }));

const embed = fc.record(
  {
    title: longText,
    description: longText,
    url: fc.webUrl(),
    color: fc.nat(0xffffff),
    fields: fc.array(fc.record({ name: longText, value: longText, inline: fc.boolean() }), { maxLength: 30 }),
    footer: fc.record({ text: longText }),
  },
  { requiredKeys: [] },
);

/** Any message a command could return, most of them far over Discord's limits. */
export const anyBotMessage: fc.Arbitrary<BotMessage> = fc.record(
  {
    content: longText,
    embeds: fc.array(embed, { maxLength: 12 }),
    buttons: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant("action" as const), label: longText, customId: hostileString }),
        fc.record({ kind: fc.constant("link" as const), label: longText, url: url.map((u) => u ?? "") }),
      ),
      { maxLength: 30 },
    ),
    ephemeral: fc.boolean(),
    pingUsers: fc.array(fc.oneof(fc.constant(MENTION_ID), hostileString), { maxLength: 3 }),
  },
  { requiredKeys: ["embeds"] },
);
