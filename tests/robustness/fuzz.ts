/**
 * `npm run fuzz [-- --runs N]`: every handler and renderer against N hostile inputs (default 10,000,
 * or FUZZ_RUNS), the same properties `npm test` runs a few hundred of. Prints the cases run and the
 * failures per handler; exits 1 when any property fails, with its shrunk counterexample.
 */
import fc from "fast-check";
import { fuzzEngine, fuzzTargets } from "./properties.ts";

const flag = process.argv.indexOf("--runs");
const runs = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.FUZZ_RUNS ?? 10_000));
const seedFlag = process.argv.indexOf("--seed");
const seed = seedFlag >= 0 ? Number(process.argv[seedFlag + 1]) : Date.now() ^ (Math.random() * 2 ** 31);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write("--runs must be a positive integer\n");
  process.exit(2);
}

const engine = fuzzEngine();
process.stdout.write(`fuzz: ${runs} cases per handler, seed ${seed}\n\n`);
let total = 0;
let failed = 0;
const started = performance.now();
for (const target of fuzzTargets(engine)) {
  const t = performance.now();
  const details = await fc.check(target.property(), { numRuns: runs, seed });
  const ms = performance.now() - t;
  total += details.numRuns;
  const status = details.failed ? "FAILED" : "ok";
  process.stdout.write(
    `${target.name.padEnd(36)} ${String(details.numRuns).padStart(7)} cases  ${String(details.numSkips).padStart(3)} skipped  ${(ms / 1000).toFixed(1).padStart(6)} s  ${status}\n`,
  );
  if (details.failed) {
    failed++;
    process.stdout.write(`  counterexample: ${fc.stringify(details.counterexample)}\n`);
    process.stdout.write(`  ${String(details.errorInstance).split("\n")[0]}\n`);
  }
}
process.stdout.write(
  `\n${total} cases in ${((performance.now() - started) / 1000).toFixed(0)} s; ${failed} handler(s) failed\n`,
);
process.exitCode = failed ? 1 : 0;
