import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { watchCorpus } from "../src/live.ts";

/**
 * How long live reload holds up answers when many articles arrive at once: a watched copy of the
 * story corpus, questions asked every 20 ms, and `count` short articles written by another process
 * (writing them from this one would itself block the event loop). Prints the event loop's delay
 * (max and p99) until the new articles are served, and how long that took.
 *
 *   npx tsx bench/reload-stall.ts 2000 5000
 *
 * The tests in tests/robustness/reload.e2e.test.ts use the same helpers.
 */

const STORY = fileURLToPath(new URL("../corpus", import.meta.url));

export interface Stall {
  /** Longest wait of a timer due every 5 ms, and the 99th percentile (`monitorEventLoopDelay`). */
  maxMs: number;
  p99Ms: number;
  /**
   * The most CPU time this thread spent between two turns of its event loop: how long it was
   * kept from answering by its own work (a build, a restore, a collection). Unlike the wall-clock
   * delay it leaves out the time the thread was ready but another process had the CPU, which on
   * a busy two-core machine alone reaches 100 ms now and then. From /proc (10 ms ticks; Linux):
   * elsewhere, the wall-clock maximum.
   */
  busyMs: number;
}

/** This thread's CPU time in ms, from /proc (undefined where there is none). */
function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Measures the event loop's delay while `ask` runs every 20 ms, until `stop()`. */
export function probeEventLoop(ask: () => void): { stop(): Stall } {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const asking = setInterval(ask, 20);
  let cpu = threadCpuMs();
  let busyMs = 0;
  const ticking = setInterval(() => {
    const now = threadCpuMs();
    if (now !== undefined && cpu !== undefined) busyMs = Math.max(busyMs, now - cpu);
    cpu = now;
  }, 5);
  return {
    stop() {
      clearInterval(asking);
      clearInterval(ticking);
      histogram.disable();
      const maxMs = histogram.max / 1e6;
      return { maxMs, p99Ms: histogram.percentile(99) / 1e6, busyMs: cpu === undefined ? maxMs : busyMs };
    },
  };
}

/** A short article of its own: a title line and two sentences naming `Town <i>`. */
export function tinyArticle(i: number): string {
  return `Town ${i} opens a new library\nThe town of Kelvale${i} opened its new library on Monday. The mayor of Kelvale${i} cut the ribbon.\n`;
}

/**
 * A separate Node process that runs `script` (JavaScript, with `fs`, `path`, `dir` and `count`
 * defined) when `go()` is called, so that file writes cost this process's event loop nothing;
 * started beforehand, so that starting it is not measured either.
 */
export async function inAnotherProcess(
  script: string,
  dir: string,
  count = 0,
): Promise<{ go(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const fs = require("node:fs"); const path = require("node:path"); const dir = ${JSON.stringify(dir)}; const count = ${count};
       process.stdout.write("ready\\n");
       process.stdin.once("data", async () => { ${script}; process.exit(0); });`,
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const exited = new Promise<void>((resolve, reject) =>
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}`)))),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("error", reject);
  });
  return {
    go() {
      child.stdin.write("go\n");
      return exited;
    },
  };
}

/** Gets ready to write `count` tiny articles into `dir` from another process, all at once. */
export function addArticles(dir: string, count: number, from = 0): Promise<{ go(): Promise<void> }> {
  return inAnotherProcess(
    `const tiny = ${tinyArticle.toString()};
     for (let i = ${from}; i < ${from} + count; i++) fs.writeFileSync(path.join(dir, "town-" + i + ".txt"), tiny(i));`,
    dir,
    count,
  );
}

/** Resolves when `ready()` holds (checked every 20 ms), or rejects after `ms`. */
export function until(ready: () => boolean, ms: number, what = "condition"): Promise<void> {
  const limit = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (ready()) resolve();
      else if (Date.now() > limit) reject(new Error(`${what}: not within ${ms} ms`));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

export interface StallFigures extends Stall {
  count: number;
  /** From the start of writing until every new article is served. */
  servedMs: number;
}

/** Adds `count` articles at once to a watched copy of the story corpus; measures until all are served. */
export async function measureBulkAdd(count: number, timeoutMs = 300_000): Promise<StallFigures> {
  const base = mkdtempSync(join(tmpdir(), "newsdesk-stall-"));
  const dir = join(base, "corpus");
  cpSync(STORY, dir, { recursive: true });
  await new Promise((r) => setTimeout(r, 100));
  const holder = watchCorpus(dir, { cacheDir: join(base, "cache") });
  const before = holder.current().corpus.articles.length;
  try {
    const writer = await addArticles(dir, count);
    const probe = probeEventLoop(() => holder.current().ask("Who opened the library?"));
    const started = performance.now();
    await writer.go();
    await until(() => holder.current().corpus.articles.length === before + count, timeoutMs, "served");
    const servedMs = performance.now() - started;
    return { count, ...probe.stop(), servedMs };
  } finally {
    holder.close();
    rmSync(base, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const count of process.argv.slice(2).map(Number)) {
    const figures = await measureBulkAdd(count);
    console.log(
      `${count} files: event loop delay max ${figures.maxMs.toFixed(0)} ms, p99 ${figures.p99Ms.toFixed(0)} ms, longest busy ${figures.busyMs.toFixed(0)} ms; served after ${(figures.servedMs / 1000).toFixed(1)} s`,
    );
  }
  process.exit(0);
}
