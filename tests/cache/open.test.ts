import { cpSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine.ts";
import { openEngineWithInfo } from "../../src/open.ts";

const base = mkdtempSync(join(tmpdir(), "newsdesk-cache-"));
const corpus = join(base, "corpus");
const cacheDir = join(base, "cache");
cpSync(new URL("../../corpus", import.meta.url).pathname, corpus, { recursive: true });
afterAll(() => rmSync(base, { recursive: true, force: true }));

const open = () => openEngineWithInfo(corpus, () => {}, { cacheDir });
const answers = (engine: Engine) =>
  JSON.stringify([
    engine.ask("What did Khamenei say about negotiating with the US?"),
    engine.ask("When did the United States withdraw from the nuclear agreement?"),
    engine.ask("how many centrifuges does iran have"),
    engine.who("Khamenei"),
    engine.who("Grossi"),
    engine.timeline(),
    engine.positions(),
    engine.autocomplete("kh"),
    engine.corpus,
  ]);

describe("persisted index", () => {
  let built: string;

  it("builds and writes the cache on the first start, then loads it with the same answers", () => {
    const first = open();
    expect(first.info.cache).toBe("missing");
    expect(first.info.cacheProblem).toBeUndefined();
    built = answers(first.engine);
    const second = open();
    expect(second.info.cache).toBe("hit");
    expect(answers(second.engine)).toBe(built);
  });

  it("rebuilds when an article changes, is added or is removed", () => {
    const article = readdirSync(corpus).find((n) => n.endsWith(".txt")) as string;
    const later = new Date(Date.now() + 5000);
    utimesSync(join(corpus, article), later, later);
    expect(open().info.cache).toBe("stale");
    expect(open().info.cache).toBe("hit");
    writeFileSync(
      join(corpus, "extra-note.txt"),
      "The council met on Monday. It voted to delay the bridge.\n",
    );
    const added = open();
    expect(added.info.cache).toBe("stale");
    expect(added.engine.corpus.articles.some((a) => a.id === "extra-note")).toBe(true);
    rmSync(join(corpus, "extra-note.txt"));
    const removed = open();
    expect(removed.info.cache).toBe("stale");
    expect(answers(removed.engine)).toBe(built);
  });

  it("ignores a corrupt or truncated cache file and rebuilds", () => {
    const [file] = readdirSync(cacheDir).filter((n) => n.endsWith(".v8"));
    const path = join(cacheDir, file as string);
    for (const bytes of [Buffer.from("garbage"), Buffer.alloc(0)]) {
      writeFileSync(path, bytes);
      const reopened = open();
      expect(reopened.info.cache).toBe("corrupt");
      expect(answers(reopened.engine)).toBe(built);
      expect(open().info.cache).toBe("hit");
    }
  });

  it("can be turned off", () => {
    expect(openEngineWithInfo(corpus, () => {}, { cacheDir: false }).info.cache).toBe("off");
  });
});
