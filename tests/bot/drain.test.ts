import { describe, expect, it } from "vitest";
import { drainable } from "../../bot/drain.ts";
import type { Exchange } from "../../bot/respond.ts";
import type { Incoming, Router } from "../../bot/router.ts";
import { capturingLogger } from "./fakes.ts";

const incoming = (id: string): Incoming => ({ kind: "button", id, userId: "1", customId: "x" });
const exchange = {} as Exchange;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A router whose interactions take `ms` each; records which ones it was given and finished. */
function slowRouter(ms: number) {
  const started: string[] = [];
  const finished: string[] = [];
  const route: Router = async (i) => {
    started.push(i.id);
    await sleep(ms);
    finished.push(i.id);
  };
  return { route, started, finished };
}

describe("drainable router", () => {
  it("GIVEN an interaction in flight WHEN drained THEN it resolves once that one is answered, with none left", async () => {
    const { route, finished } = slowRouter(150);
    const router = drainable(route, capturingLogger().log);
    const work = router(incoming("a"), exchange);
    const t0 = performance.now();
    expect(await router.drain(1500)).toBe(0);
    expect(finished).toEqual(["a"]);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(100);
    await work;
  });

  it("GIVEN draining WHEN an interaction arrives THEN it is not taken, and a line says so", async () => {
    const { route, started } = slowRouter(10);
    const capture = capturingLogger();
    const router = drainable(route, capture.log);
    await router.drain(100);
    await router(incoming("late"), exchange);
    expect(started).toEqual([]);
    expect(capture.lines).toContainEqual(
      expect.objectContaining({ interaction: "late", outcome: "shutting-down", msg: "interaction" }),
    );
  });

  it("GIVEN an interaction slower than the limit WHEN drained THEN it resolves at the limit, counting it", async () => {
    const { route } = slowRouter(1000);
    const router = drainable(route, capturingLogger().log);
    const work = router(incoming("slow"), exchange);
    const t0 = performance.now();
    expect(await router.drain(100)).toBe(1);
    expect(performance.now() - t0).toBeLessThan(900);
    await work;
  });

  it("GIVEN nothing in flight WHEN drained THEN it resolves at once", async () => {
    const router = drainable(slowRouter(10).route, capturingLogger().log);
    const t0 = performance.now();
    expect(await router.drain(1500)).toBe(0);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
