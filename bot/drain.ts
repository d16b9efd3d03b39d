import type { Logger } from "pino";
import type { Router } from "./router.ts";

/** A router that can be drained before the bot stops. */
export type DrainableRouter = Router & {
  /**
   * Stops taking interactions (each one arriving from now on is logged and left unanswered) and
   * resolves once those in flight are answered, or after `timeoutMs`; with how many were still in flight.
   */
  drain(timeoutMs: number): Promise<number>;
};

/** Wraps a router so that a shutdown can answer what it has started before disconnecting. */
export function drainable(route: Router, log: Logger): DrainableRouter {
  const inFlight = new Set<Promise<void>>();
  let draining = false;
  const tracked = (async (incoming, exchange) => {
    if (draining) {
      log.warn({ interaction: incoming.id, kind: incoming.kind, outcome: "shutting-down" }, "interaction");
      return;
    }
    const work = route(incoming, exchange);
    inFlight.add(work);
    const done = () => inFlight.delete(work);
    work.then(done, done);
    return work;
  }) as DrainableRouter;
  tracked.drain = async (timeoutMs) => {
    draining = true;
    if (inFlight.size === 0) return 0;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...inFlight]),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    return inFlight.size;
  };
  return tracked;
}
