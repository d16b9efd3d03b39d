import type { Engine } from "../../src/engine.ts";

/** The engine, except that a question holding "explode" makes it throw as a bug would. */
export function explodingEngines(engine: Engine): { current: () => Engine } {
  return {
    current: () => ({
      ...engine,
      ask: (q: string) => {
        if (q.includes("explode")) throw new Error("a bug in the engine");
        return engine.ask(q);
      },
    }),
  };
}
