import fc from "fast-check";
import { describe, it } from "vitest";
import { fuzzEngine, fuzzTargets } from "./properties.ts";

/**
 * Property-based tests of every handler and renderer with hostile text (see arbitraries.ts):
 * a reply within every Discord limit, pinging no one, quoting the corpus verbatim, never throwing
 * except a UserError for blank input. `npm test` runs FUZZ_RUNS (default 200) cases per handler;
 * `npm run fuzz` runs 10,000 per handler and prints the counts.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const engine = fuzzEngine();

describe("robustness: any text into any handler", () => {
  for (const target of fuzzTargets(engine)) {
    it(`${target.name}: ${RUNS} hostile inputs, every reply within Discord's limits, pinging no one`, async () => {
      await fc.assert(target.property(), { numRuns: RUNS });
    }, 120_000);
  }
});
