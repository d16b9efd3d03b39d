import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

const base = mkdtempSync(join(tmpdir(), "newsdesk-bench-test-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

// Runs the benchmark at a tiny size: it must work and write well-formed results. No timing is asserted.
it("npm run bench runs at a tiny size and writes valid results", () => {
  const out = join(base, "results.json");
  const script = new URL("../../bench/run.ts", import.meta.url).pathname;
  const printed = execFileSync(
    process.execPath,
    ["--import", "tsx", script, "--sizes", "3", "--questions", "50", "--out", out, "--story", "0"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  expect(printed).toContain("raw MiniSearch");
  const report = JSON.parse(readFileSync(out, "utf8"));
  expect(report.machine.cpus).toBeGreaterThan(0);
  expect(report.results).toHaveLength(1);
  const [result] = report.results;
  expect(result.size).toBe(3);
  expect(result.cold.articles).toBe(3);
  expect(result.cold.problems).toBe(0);
  expect(result.cold.cache).toBe("missing");
  expect(result.cold.cacheProblem).toBeUndefined();
  expect(result.warm.cache).toBe("hit");
  for (const kind of ["ask", "who", "rawAsk", "rawWho"]) {
    expect(result.cold.paired[kind].n).toBeGreaterThan(0);
    expect(Number.isFinite(result.cold.paired[kind].p99)).toBe(true);
  }
  expect(result.cold.paired.ask.n + result.cold.paired.who.n).toBe(50);
  expect(result.cold.peakRssMb).toBeGreaterThan(0);
}, 120_000);
