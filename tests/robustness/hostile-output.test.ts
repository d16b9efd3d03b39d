import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { PAGE_SIZE, presentMore } from "../../discord/components/more-passages.ts";
import { presentParagraph } from "../../discord/components/show-paragraph.ts";
import { presentAbout, presentReply } from "../../discord/kit/present.ts";
import type { BotMessage } from "../../discord/kit/types.ts";
import { runBatch } from "../../src/cli/batch.ts";
import { main } from "../../src/cli/newsdesk.ts";
import { runRepl } from "../../src/cli/repl.ts";
import type { Article } from "../../src/corpus/types.ts";
import { createEngine } from "../../src/engine.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { renderJson } from "../../src/render/json.ts";
import { renderTerminal } from "../../src/render/terminal.ts";
import { cite } from "../../src/reply/cite.ts";
import type { Reply } from "../../src/reply/types.ts";
import { corpusOf } from "../helpers.ts";

// What an article says reaches Discord and terminals; none of it may act there. The articles are
// built here, not loaded, so the renderers are tested whatever the loader lets through.

const QUESTION = "When did the council approve the harbour budget?";
const VERSION = "test0001";

describe("article URLs and titles in Discord messages", () => {
  const URLS = [
    "https://example.com/a) [click here](https://evil.example",
    "https://example.com/a)[click](https://evil.example/b",
    "javascript:alert(1)",
    "https://example.com/a b",
    "https://user:pass@example.com/login",
    "https://example.com/fine(1)",
  ];
  const TITLE = "**Bold** [x](https://evil.example) `code` @everyone";
  const articles: Article[] = URLS.map((url, i) => ({
    id: `story-${i}`,
    file: `story-${i}.md`,
    title: `${TITLE} ${i}`,
    source: `Wire ${i}`,
    url,
    published: "2025-03-08",
    paragraphs: [
      `The city council approved the harbour budget on Monday, after a long debate ${i}.`,
      `Mayor Jane Smith said the harbour budget was fair. Jane Smith praised the council ${i}.`,
    ],
  }));
  const engine = createEngine(corpusOf(articles));
  /** A quote from every article: each URL under one. */
  const everyArticle: Reply = {
    kind: "answer",
    query: QUESTION,
    answered: true,
    passages: engine.corpus.passages
      .filter((p) => p.sentence === 1 && p.paragraph === 1)
      .map((p) => cite(engine.corpus, p.id, 1)),
  };

  /**
   * The links Discord would show in markdown: each unescaped `[label](destination)` and each bare
   * URL outside them (an escaped character, `\x`, never starts or ends one).
   */
  function linksIn(markdown: string): string[] {
    const links: string[] = [];
    let plain = "";
    for (let i = 0; i < markdown.length; ) {
      const c = markdown[i] as string;
      if (c === "\\") {
        plain += "  ";
        i += 2;
        continue;
      }
      if (c === "[") {
        const m = /^\[(?:\\.|[^\\\]])*\]\(((?:\\.|[^\\)])*)\)?/s.exec(markdown.slice(i));
        if (m) {
          links.push(m[1] as string);
          plain += " ".repeat(m[0].length);
          i += m[0].length;
          continue;
        }
      }
      plain += c;
      i++;
    }
    for (const m of plain.matchAll(/\b(?:https?|javascript):\S*/gi)) links.push(m[0]);
    return links;
  }

  /** Every markdown text of a message, with where it is (footers and titles left out: see below). */
  function markdownOf(message: BotMessage): Array<[string, string]> {
    const texts: Array<[string, string]> = [];
    message.embeds.forEach((embed, e) => {
      if (embed.description) texts.push([`embed ${e} description`, embed.description]);
      for (const field of embed.fields ?? []) {
        texts.push([`embed ${e} field name`, field.name], [`embed ${e} field value`, field.value]);
      }
    });
    if (message.content) texts.push(["content", message.content]);
    return texts;
  }

  const SAFE_LINK = /^https:\/\/example\.com\/[^\s()<>[\]"'`\\]*$/;

  function expectOnlySafeLinks(message: BotMessage, where: string, maxPerText = 99) {
    for (const [place, text] of markdownOf(message)) {
      const links = linksIn(text);
      for (const link of links) expect(link, `${where}, ${place}: ${text}`).toMatch(SAFE_LINK);
      expect(links.length, `${where}, ${place}: ${text}`).toBeLessThanOrEqual(maxPerText);
      expect(text, `${where}, ${place}`).not.toContain("evil.example)");
    }
    for (const button of message.buttons ?? []) {
      if (button.kind === "link") expect(button.url, `${where}: link button`).toMatch(SAFE_LINK);
    }
  }

  const messages = (): Array<[string, BotMessage]> => {
    const answer = engine.ask(QUESTION);
    expect(answer.passages.length).toBeGreaterThan(PAGE_SIZE);
    const who = engine.who("Jane Smith");
    expect(who.passages.length).toBeGreaterThan(0);
    const all: Array<[string, BotMessage]> = [
      ["renderDiscord(ask)", { embeds: renderDiscord(answer).embeds }],
      ["renderDiscord(every article)", { embeds: renderDiscord(everyArticle).embeds }],
      ["presentReply(every article)", presentReply(everyArticle, { corpusVersion: VERSION })],
      ["presentReply(ask)", presentReply(answer, { corpusVersion: VERSION })],
      ["presentReply(who)", presentReply(who, { corpusVersion: VERSION })],
      [
        "presentMore",
        presentMore(
          engine,
          engine.corpus.passages.map((p) => p.id),
          VERSION,
        ),
      ],
      ["presentAbout", presentAbout(engine, VERSION)],
    ];
    for (const passage of engine.corpus.passages) {
      all.push([`presentParagraph(${passage.citation})`, presentParagraph(engine, passage.id)]);
    }
    return all;
  };

  it("GIVEN URLs that try to close the link and add their own THEN no render shows a second link or a link elsewhere", () => {
    for (const [where, message] of messages()) {
      // One link at most per quote: never more links than quotes (about: one per field value).
      expectOnlySafeLinks(message, where);
    }
  });

  it("GIVEN those URLs THEN no quote or /about field carries a link; the article's own pages are link buttons, encoded", () => {
    const payload = renderDiscord(everyArticle);
    const description = payload.embeds[0]?.description ?? "";
    const quotes = description.split(/\n\n/).filter((block) => block.startsWith(">"));
    expect(quotes.length).toBeGreaterThanOrEqual(URLS.length);
    for (const quote of quotes) expect(linksIn(quote), quote).toEqual([]);
    // The two that are absolute http(s) URLs without spaces or a password (and that would not end a
    // markdown link early once encoded) get a button, encoded; `javascript:`, the one with spaces and
    // the one with a password get none.
    const buttons = (message: BotMessage) =>
      (message.buttons ?? []).flatMap((b) => (b.kind === "link" ? [b.url] : [])).sort();
    const SAFE = [
      "https://example.com/a%29%5Bclick%5D%28https://evil.example/b",
      "https://example.com/fine%281%29",
    ];
    // The first page quotes the first three articles: of their URLs only the second is safe.
    expect(buttons(presentReply(everyArticle, { corpusVersion: VERSION }))).toEqual([SAFE[0]]);
    expect(buttons(presentAbout(engine, VERSION))).toEqual(SAFE);
    for (const field of presentAbout(engine, VERSION).embeds[0]?.fields ?? []) {
      expect(linksIn(field.value), field.value).toEqual([]);
    }
  });

  /** True when some character of `chars` stands in `text` without a backslash before it. */
  function hasUnescaped(text: string, chars: RegExp): boolean {
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "\\") i++;
      else if (chars.test(text[i] as string)) return true;
    }
    return false;
  }
  const MARKDOWN = /[*_`[\]()~|<>#]/;

  it("GIVEN titles written in markdown THEN /about field names, the Show paragraph title and footers show them as text", () => {
    const about = presentAbout(engine, VERSION).embeds[0];
    expect(about?.fields?.length).toBe(URLS.length);
    for (const field of about?.fields ?? []) {
      expect(hasUnescaped(field.name, MARKDOWN), field.name).toBe(false);
      expect(field.name).not.toContain("@everyone");
      expect(field.name).toContain("Bold");
    }
    for (const passage of engine.corpus.passages) {
      const title = presentParagraph(engine, passage.id).embeds[0]?.title ?? "";
      expect(hasUnescaped(title, MARKDOWN), title).toBe(false);
      expect(title).not.toContain("@everyone");
      expect(title).toContain("Bold");
    }
    // Footers: Discord shows no markdown (nor links or mentions) in an embed footer, so a title
    // there is written as it stands (a backslash would show); only the mention is broken and
    // control characters and line breaks dropped.
    const footers = messages().flatMap(([, m]) => m.embeds.map((e) => e.footer?.text ?? ""));
    const withTitles = footers.filter((f) => f.includes("Bold"));
    expect(withTitles.length).toBeGreaterThan(0);
    for (const footer of footers) {
      expect(footer).not.toContain("@everyone");
      expect(footer).not.toMatch(/[\n\r\p{Cc}]/u);
    }
    expect(withTitles[0]).toContain("**Bold** [x](https://evil.example) `code` @\u200beveryone");
    // Embed titles and descriptions ping no one and carry no live mention either.
    for (const [, message] of messages()) {
      for (const embed of message.embeds) {
        expect(embed.title ?? "").not.toContain("@everyone");
        expect(embed.description ?? "").not.toContain("@everyone");
      }
    }
  });
});

describe("escape sequences in articles on a terminal", () => {
  const ESCAPES = "\x1b[2J\x1b]0;title\x07\x07\x9b31m";
  /** Any control character but a line break or a tab: ESC, BEL, the C1 controls (0x9b) among them. */
  const UNSAFE = /[^\P{Cc}\n\t]/u;
  const articles: Article[] = [
    {
      id: "harbour",
      file: "harbour.md",
      title: `Harbour ${ESCAPES} budget`,
      source: `Wire ${ESCAPES}`,
      url: `https://example.com/x\x1b]8;;https://evil.example\x07`,
      paragraphs: [
        `The city council approved the harbour budget on Monday${ESCAPES}, after a long debate.`,
        `Mayor Jane Smith said the harbour budget was fair${ESCAPES}. Jane Smith praised the council.`,
      ],
    },
  ];
  const engine = createEngine(corpusOf(articles));

  it("GIVEN an article holding escape sequences THEN `ask` and `who` print none of them, and keep the words", () => {
    const ask = renderTerminal(engine.ask(QUESTION));
    expect(ask).toContain("approved the harbour budget on Monday");
    expect(ask).not.toMatch(UNSAFE);
    const who = renderTerminal(engine.who("Jane Smith"));
    expect(who).toContain("Jane Smith");
    expect(who).toContain("said the harbour budget was fair");
    expect(who).not.toMatch(UNSAFE);
  });

  it("GIVEN that article THEN the terminal session (its article list, /ask, /who) prints none of them", async () => {
    const input = Readable.from([`/ask ${QUESTION}\n`, `/who Jane Smith\n`, "/quit\n"]);
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
    await runRepl(engine, input as never, output as never);
    const text = chunks.join("");
    expect(text).toContain("Loaded 1 article: Harbour");
    expect(text).toContain("approved the harbour budget on Monday");
    expect(text).toContain("said the harbour budget was fair");
    expect(text).not.toMatch(UNSAFE);
  });

  it("GIVEN that article THEN batch and --json lines carry them only as JSON escapes, the text unchanged", async () => {
    const lines: string[] = [];
    const input = Readable.from([
      `${JSON.stringify({ id: 1, command: "ask", query: QUESTION })}\n`,
      `${JSON.stringify({ id: 2, command: "who", query: "Jane Smith" })}\n`,
    ]);
    await runBatch(engine, input, (line) => lines.push(line));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toMatch(UNSAFE);
      const parsed = JSON.parse(line) as { passages: Array<{ text: string }> };
      expect(parsed.passages.some((p) => p.text.includes(ESCAPES))).toBe(true);
    }
    const json = renderJson(engine.ask(QUESTION));
    expect(json).not.toMatch(UNSAFE);
    expect(JSON.parse(json).passages[0].text).toContain(ESCAPES);
  });

  describe("the newsdesk command over a corpus folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsdesk-hostile-"));
    writeFileSync(
      join(dir, "harbour-budget.txt"),
      [
        `The city council approved the harbour budget on Monday${ESCAPES}, after a long debate.`,
        `Mayor Jane Smith said the harbour budget was fair${ESCAPES}. Jane Smith praised the council.`,
        `Original Source: Wire ${ESCAPES}`,
        "",
      ].join("\n"),
    );
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    afterEach(() => {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
    });

    async function run(args: string[]): Promise<{ code: number; out: string }> {
      vi.stubEnv("NEWSDESK_CACHE_DIR", "");
      const chunks: string[] = [];
      const capture = (chunk: string | Uint8Array) => {
        chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
        return true;
      };
      vi.spyOn(process.stdout, "write").mockImplementation(capture as never);
      vi.spyOn(process.stderr, "write").mockImplementation(capture as never);
      const code = await main([...args, "--corpus", dir]);
      vi.restoreAllMocks();
      return { code, out: chunks.join("") };
    }

    it("GIVEN `ask`, `ask --json` and `who` THEN stdout and stderr hold no escape or control bytes", async () => {
      for (const args of [
        ["ask", QUESTION],
        ["ask", "--json", QUESTION],
        ["who", "Jane Smith"],
      ]) {
        const { code, out } = await run(args);
        expect(code, out).toBe(0);
        expect(out).toContain("harbour budget");
        expect(out, args.join(" ")).not.toMatch(UNSAFE);
      }
    });
  });
});
