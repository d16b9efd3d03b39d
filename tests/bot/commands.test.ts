import { describe, expect, it } from "vitest";
import { checkCommands, loadCommands } from "../../commands/index.ts";
import { presentReply } from "../../discord/kit/present.ts";
import type { CommandContext } from "../../discord/kit/types.ts";
import { commandsOn } from "../../src/catalogue.ts";
import { DEFAULT_CORPUS_DIR } from "../../src/config.ts";
import { corpusVersion } from "../../src/corpus/version.ts";
import { openEngine } from "../../src/open.ts";

const engine = openEngine(DEFAULT_CORPUS_DIR);
const commands = loadCommands();
const context: CommandContext = { engine, corpusVersion: corpusVersion(engine.corpus) };
const byName = (name: string) => {
  const command = commands.find((c) => c.data.name === name);
  if (!command) throw new Error(`no command ${name}`);
  return command;
};
const user = { id: "123456789012345678" };

describe("command modules", () => {
  it("GIVEN the commands folder THEN every module passes the schema, names unique", () => {
    expect(commands.map((c) => c.data.name)).toEqual([
      "ask",
      "who",
      "timeline",
      "positions",
      "about",
      "help",
      "Check against the story",
      "report",
    ]);
    expect(commands.map((c) => c.data.name)).toEqual(commandsOn("discord").map((c) => c.name));
  });

  it.each([
    ["no execute", { data: { name: "x", description: "y" } }, "execute: must be a function"],
    ["no data", { execute: () => {} }, "data:"],
    ["a name over 32", { data: { name: "x".repeat(33) }, execute: () => {} }, "data.name:"],
  ])("GIVEN a module with %s THEN loading names the file and the problem", (_what, module, message) => {
    expect(() => checkCommands({ "bad.ts": module })).toThrow(
      `commands/bad.ts: not a command module (${message}`,
    );
  });

  it("GIVEN two commands with one name THEN loading fails", () => {
    const ask = byName("ask");
    expect(() => checkCommands({ "a.ts": ask, "b.ts": ask })).toThrow(
      'commands/b.ts: a second command named "ask"',
    );
  });

  it("GIVEN /ask THEN the question option is capped at 300 characters", () => {
    const data = byName("ask").data as { options: Array<{ name: string; max_length?: number }> };
    expect(data.options.find((o) => o.name === "question")?.max_length).toBe(300);
  });
});

describe("command handlers (no Discord)", () => {
  it("GIVEN /ask THEN the passages are the terminal session's, quoted and cited, with buttons", async () => {
    const message = await byName("ask").execute(
      { user, options: { question: "What did Grossi say?" } },
      context,
    );
    const top = engine.ask("What did Grossi say?").passages[0];
    expect(message.embeds[0]?.description).toContain(`¶${top?.citation.split("¶")[1]}`);
    expect(message.embeds[0]?.description).toContain("Rafael Grossi, the head of the U.N. nuclear watchdog");
    expect(message.buttons?.map((b) => b.label)).toContain("Show paragraph");
    expect(message.ephemeral).toBeUndefined();
  });

  it("GIVEN /ask private and mention THEN ephemeral, and only the mentioned user is pinged", async () => {
    const message = await byName("ask").execute(
      { user, options: { question: "Who is Grossi?", private: true, mention: "223456789012345678" } },
      context,
    );
    expect(message).toMatchObject({
      ephemeral: true,
      content: "<@223456789012345678>",
      pingUsers: ["223456789012345678"],
    });
  });

  it("GIVEN more passages than a page THEN a 'More passages' button carries the rest", async () => {
    const message = await byName("ask").execute(
      { user, options: { question: "What did Khamenei say about negotiations?" } },
      context,
    );
    expect(message.buttons?.map((b) => b.label)).toEqual(["More passages", "Show paragraph"]);
  });

  it("GIVEN a passage with a URL THEN a link button to the source", () => {
    const message = presentReply(
      {
        kind: "answer",
        query: "q",
        answered: true,
        passages: [
          {
            citation: "a ¶1.1",
            text: "T.",
            score: 1,
            passageId: 0,
            articleTitle: "A",
            url: "https://example.com/a",
          },
        ],
      },
      { corpusVersion: "abc" },
    );
    expect(message.buttons).toContainEqual({ kind: "link", label: "Source", url: "https://example.com/a" });
  });

  it("GIVEN passages from several sources THEN one link button each, labelled with its title; no unsafe URL", () => {
    const cited = (id: number, title: string, url?: string) => ({
      citation: `${title.toLowerCase()} ¶1.${id + 1}`,
      text: "T.",
      score: 1,
      passageId: id,
      articleTitle: title,
      ...(url ? { url } : {}),
    });
    const message = presentReply(
      {
        kind: "answer",
        query: "q",
        answered: true,
        passages: [
          cited(0, "A", "https://example.com/a"),
          cited(1, "B", "https://example.com/b"),
          cited(2, "A", "https://example.com/a"),
          cited(3, "C", "javascript:alert(1)"),
        ],
      },
      { corpusVersion: "abc" },
    );
    expect(message.buttons?.filter((b) => b.kind === "link")).toEqual([
      { kind: "link", label: "A", url: "https://example.com/a" },
      { kind: "link", label: "B", url: "https://example.com/b" },
    ]);
    expect(message.embeds[0]?.description).not.toContain("https://");
  });

  it("GIVEN /who autocomplete THEN at most 25 choices, the best match first", () => {
    const who = byName("who");
    const choices = who.autocomplete?.({ name: "actor", value: "gro" }, context) ?? [];
    expect(choices[0]?.name).toMatch(/^Rafael Grossi/);
    expect(choices[0]?.value).toBe("Rafael Grossi");
    expect(who.autocomplete?.({ name: "actor", value: "" }, context).length).toBeLessThanOrEqual(25);
    expect(who.autocomplete?.({ name: "actor", value: "zzzz" }, context)).toEqual([]);
  });

  it("GIVEN the context-menu command on a message THEN passages that bear on it", async () => {
    const message = await byName("Check against the story").execute(
      { user, options: {}, targetMessage: { id: "1", content: "Grossi warned that time is running out" } },
      context,
    );
    expect(message.embeds[0]?.title).toMatch(/^Checked: /);
    expect(message.embeds[0]?.description).toContain("¶4.1");
  });

  it("GIVEN the context-menu command on a message without text THEN a UserError", async () => {
    await expect(
      (async () =>
        byName("Check against the story").execute(
          { user, options: {}, targetMessage: { id: "1", content: "" } },
          context,
        ))(),
    ).rejects.toThrow("That message has no text to check against the story.");
  });

  it("GIVEN /about and /help THEN articles and every command are listed", async () => {
    const about = await byName("about").execute({ user, options: {} }, context);
    expect(about.embeds[0]?.fields?.[0]?.name).toBe(engine.corpus.articles[0]?.title);
    expect(about.embeds[0]?.footer?.text).toMatch(/^1 article, \d+ sentences · corpus /);
    const help = await byName("help").execute({ user, options: {} }, context);
    for (const c of commands) expect(help.embeds[0]?.description).toContain(c.data.name);
  });

  it("GIVEN an article with a URL THEN /about links it with a button, not in the text", async () => {
    const article = engine.corpus.articles[0];
    if (!article) throw new Error("no article");
    const corpus = { ...engine.corpus, articles: [{ ...article, url: "https://example.com/story" }] };
    const about = await byName("about").execute(
      { user, options: {} },
      { ...context, engine: { ...engine, corpus } },
    );
    expect(about.buttons).toEqual([{ kind: "link", label: article.title, url: "https://example.com/story" }]);
    expect(about.embeds[0]?.fields?.[0]?.value).not.toContain("https://");
  });
});
