import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { openEngineWithInfo } from "../../src/open.ts";
import { startActorsThread } from "../../src/parallel/actors-thread.ts";

const corpus = new URL("../fixtures/corpus-holdout", import.meta.url).pathname;

describe("actors found in a worker thread", () => {
  it("GIVEN the same corpus opened with and without the actors' thread THEN the engines answer alike", () => {
    const alone = openEngineWithInfo(corpus, () => {}, { cacheDir: false, actorsThread: false });
    const threaded = openEngineWithInfo(corpus, () => {}, { cacheDir: false, actorsThread: true });
    expect(alone.info.timings.actorsWaitMs).toBeUndefined();
    expect(threaded.info.actorsThread).toBe("used");
    expect(alone.info.actorsThread).toBeUndefined();
    expect(threaded.engine.actors).toEqual(alone.engine.actors);
    for (const question of ["who inspected the cooling towers", "what did the union say about the strike"]) {
      expect(threaded.engine.ask(question)).toEqual(alone.engine.ask(question));
    }
    const name = alone.engine.actors[0]?.name ?? "";
    expect(threaded.engine.who(name)).toEqual(alone.engine.who(name));
    expect(threaded.engine.index.passages.data).toEqual(alone.engine.index.passages.data);
  }, 60_000);

  it("GIVEN a worker that cannot load its module THEN the main thread stops waiting for it", () => {
    // Its exit is an event, and no event runs while the main thread blocks: before the start
    // deadline this waited for ever.
    const loaded = loadCorpus(corpus);
    const thread = startActorsThread(corpus, {
      entry: new URL("./no-such-worker.ts", import.meta.url),
      startWithinMs: 300,
    });
    const waited = performance.now();
    expect(thread.takeLinks(loaded)).toBeUndefined();
    // Given up on, it is not waited for again for the rest of the actors.
    expect(thread.take(loaded)).toBeUndefined();
    expect(performance.now() - waited).toBeLessThan(10_000);
  }, 30_000);

  it("GIVEN a worker that starts and then dies without a word (out of memory) THEN the main thread stops waiting for it", () => {
    // Before: it had raised 'started', so it was waited for ever.
    const loaded = loadCorpus(corpus);
    const thread = startActorsThread(corpus, {
      entry: new URL("./silent-worker.ts", import.meta.url),
      waitAtLeastMs: 500,
    });
    const waited = performance.now();
    expect(thread.takeLinks(loaded)).toBeUndefined();
    expect(thread.take(loaded)).toBeUndefined();
    expect(performance.now() - waited).toBeLessThan(10_000);
  }, 30_000);
});
