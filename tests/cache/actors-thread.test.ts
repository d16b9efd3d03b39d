import { describe, expect, it } from "vitest";
import { openEngineWithInfo } from "../../src/open.ts";

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
});
