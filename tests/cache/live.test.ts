import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/types.ts";
import { isEditorFile } from "../../src/corpus-scan.ts";
import { type ReloadOutcome, watchCorpus } from "../../src/live.ts";
import { keepPrevious } from "../../src/live-build.ts";

const base = mkdtempSync(join(tmpdir(), "newsdesk-live-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

function waitFor(outcomes: ReloadOutcome[], count: number, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (outcomes.length >= count) resolve();
      else if (Date.now() > until) reject(new Error(`no reload after ${ms} ms`));
      else setTimeout(tick, 25);
    };
    tick();
  });
}

describe.each([
  ["writing the persisted index", true],
  ["without a cache", false],
])("live reload %s", (_name, cached) => {
  const corpus = join(base, `corpus-${cached}`);
  cpSync(new URL("../../corpus", import.meta.url).pathname, corpus, { recursive: true });

  it("swaps in a new engine when an article is added, serves the old one meanwhile, and skips a broken file", async () => {
    const outcomes: ReloadOutcome[] = [];
    const holder = watchCorpus(corpus, {
      cacheDir: cached ? join(base, "cache") : false,
      debounceMs: 50,
      onReload: (o) => outcomes.push(o),
    });
    try {
      const before = holder.current();
      expect(before.ask("When did the council vote on the bridge?").answered).toBe(false);

      writeFileSync(
        join(corpus, "council-bridge-vote.txt"),
        "The Harbor City council voted on Tuesday to delay the Elm Street bridge repair until 2027.\n",
      );
      // Questions asked while the rebuild runs get the old engine.
      expect(holder.current()).toBe(before);
      await waitFor(outcomes, 1);
      expect(outcomes[0]?.error).toBeUndefined();
      expect(outcomes[0]).toMatchObject({ swapped: true, problems: [] });
      const after = holder.current();
      expect(after).not.toBe(before);
      const reply = after.ask("When did the council vote on the bridge?");
      expect(reply.passages[0]?.citation).toBe("council-bridge-vote ¶1.1");

      writeFileSync(join(corpus, "broken.txt"), Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x00, 0x01]));
      await waitFor(outcomes, 2);
      expect(outcomes[1]?.swapped).toBe(true);
      expect(outcomes[1]?.problems).toEqual([{ file: "broken.txt", reason: "binary file, not text" }]);
      expect(holder.current().ask("When did the council vote on the bridge?").passages[0]?.citation).toBe(
        "council-bridge-vote ¶1.1",
      );
    } finally {
      holder.close();
    }
  }, 60_000);
});

it("keeps the old engine when the new corpus has no article at all", async () => {
  const corpus = join(base, "single");
  cpSync(new URL("../../corpus", import.meta.url).pathname, corpus, { recursive: true });
  const holder = watchCorpus(corpus, { cacheDir: false, debounceMs: 10_000 });
  try {
    const before = holder.current();
    rmSync(corpus, { recursive: true });
    const outcome = await holder.reload();
    expect(outcome.swapped).toBe(false);
    expect(outcome.error).toMatch(/Cannot read the corpus folder/);
    expect(holder.current()).toBe(before);
  } finally {
    holder.close();
  }
});

describe("what a reload reads", () => {
  it("GIVEN the names editors and copy tools write THEN they are editor files, articles are not", () => {
    for (const name of [
      ".story.txt.swp",
      ".story.txt.swx",
      "story.txt~",
      "4913",
      ".hidden",
      "#story.txt#",
      ".git",
    ])
      expect(isEditorFile(name), name).toBe(true);
    for (const name of ["story.txt", "story.md", "glossary.yaml", "4913.txt", "notes.swiss.txt"])
      expect(isEditorFile(name), name).toBe(false);
  });

  it("GIVEN files still being written THEN they are served as before, or left out when new, and their problems wait", () => {
    const article = (file: string, text: string): Article => ({
      id: file.replace(/\.txt$/, ""),
      file,
      title: file,
      paragraphs: [text],
    });
    const old = article("b.txt", "The old version of b. It has two sentences.");
    const loaded = {
      dir: "/x",
      articles: [article("a.txt", "A is settled."), article("b.txt", "The new b, half")],
      passages: [],
      glossary: [],
      problems: [{ file: "c.txt", reason: "no sentences" }],
    };
    const kept = keepPrevious(loaded, new Set(["b.txt", "c.txt", "d.txt"]), new Map([["b.txt", old]]));
    expect(kept.articles.map((a) => a.paragraphs[0])).toEqual(["A is settled.", old.paragraphs[0]]);
    expect(kept.passages.map((p) => p.citation)).toEqual(["a ¶1.1", "b ¶1.1", "b ¶1.2"]);
    expect(kept.problems).toEqual([]);
  });
});
