import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ReloadOutcome, watchCorpus } from "../../src/live.ts";

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
  ["in a worker, through the persisted index", true],
  ["in process, without a cache", false],
])("live reload %s", (_name, worker) => {
  const corpus = join(base, `corpus-${worker}`);
  cpSync(new URL("../../corpus", import.meta.url).pathname, corpus, { recursive: true });

  it("swaps in a new engine when an article is added, serves the old one meanwhile, and skips a broken file", async () => {
    const outcomes: ReloadOutcome[] = [];
    const holder = watchCorpus(corpus, {
      cacheDir: worker ? join(base, "cache") : false,
      worker,
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
  const holder = watchCorpus(corpus, { cacheDir: false, worker: false, debounceMs: 10_000 });
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
