import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cacheFile, writeCache } from "../../src/cache/store.ts";
import { openEngineWithInfo } from "../../src/open.ts";
import { corpusDir, GOOD_TXT } from "../helpers.ts";

// A cache path that is not a regular file must not stop the start: reported once, index built in memory.
const root = new URL("../..", import.meta.url).pathname;
const base = mkdtempSync(join(tmpdir(), "newsdesk-cache-path-"));
const corpus = corpusDir({ "council.txt": GOOD_TXT });
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

const QUESTION = "When did the council approve the budget?";

/** Opens in a child process (a FIFO opened for reading blocks the whole thread, so never in this one). */
function openElsewhere(cacheDir: string) {
  const script = join(base, `open-${Date.now()}.ts`);
  writeFileSync(
    script,
    `import { openEngineWithInfo } from ${JSON.stringify(join(root, "src/open.ts"))};
const started = performance.now();
const { engine, info } = openEngineWithInfo(${JSON.stringify(corpus)}, () => {}, { cacheDir: ${JSON.stringify(cacheDir)} });
const ms = performance.now() - started;
const answer = engine.ask(${JSON.stringify(QUESTION)});
process.stdout.write(JSON.stringify({ ms, cache: info.cache, cacheProblem: info.cacheProblem, answered: answer.answered }));
`,
  );
  return spawnSync(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    encoding: "utf8",
    timeout: 20_000,
  });
}

describe("a cache path that is not a regular file", () => {
  it("GIVEN the cache file path is a directory THEN start builds in memory, reports why, and leaves it alone", () => {
    const cacheDir = join(base, "dir-case");
    const file = cacheFile(cacheDir, corpus);
    mkdirSync(join(file, "inside"), { recursive: true });
    const started = performance.now();
    const { engine, info } = openEngineWithInfo(corpus, () => {}, { cacheDir });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(info.cache).toBe("unusable");
    expect(info.cacheProblem).toMatch(/directory/);
    expect(info.cacheProblem).toContain(file);
    expect(engine.ask(QUESTION).answered).toBe(true);
    expect(statSync(file).isDirectory()).toBe(true);
    expect(existsSync(join(file, "inside"))).toBe(true);
    // Nothing half-written beside it.
    expect(readdirSync(cacheDir)).toEqual([file.slice(cacheDir.length + 1)]);
    // And again: still no crash on the next start.
    expect(openEngineWithInfo(corpus, () => {}, { cacheDir }).info.cache).toBe("unusable");
  });

  it("GIVEN the cache file path is a FIFO THEN start does not hang: it finishes quickly, builds in memory and reports it", () => {
    const cacheDir = join(base, "fifo-case");
    const file = cacheFile(cacheDir, corpus);
    mkdirSync(cacheDir, { recursive: true });
    expect(spawnSync("mkfifo", [file]).status).toBe(0);
    const run = openElsewhere(cacheDir);
    expect(run.error, "the start hung on the FIFO (killed after 20 s)").toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      ms: number;
      cache: string;
      cacheProblem?: string;
      answered: boolean;
    };
    expect(result.ms).toBeLessThan(3000); // a cold process on a shared machine; the old code never returned
    expect(result.cache).toBe("unusable");
    expect(result.cacheProblem).toMatch(/FIFO/);
    expect(result.answered).toBe(true);
    expect(statSync(file).isFIFO()).toBe(true);
  });

  it("GIVEN the cache folder is a file THEN start builds in memory and says the folder is not a directory", () => {
    const cacheDir = join(base, "cache-is-a-file");
    writeFileSync(cacheDir, "not a folder");
    const { engine, info } = openEngineWithInfo(corpus, () => {}, { cacheDir });
    expect(info.cache).toBe("unusable");
    expect(info.cacheProblem).toContain(`${cacheDir} is not a directory`);
    expect(engine.ask(QUESTION).answered).toBe(true);
  });

  it("GIVEN a FIFO or a directory where the cache file goes THEN writing refuses to replace it", () => {
    const dir = join(base, "write-case");
    mkdirSync(dir, { recursive: true });
    const fifo = join(dir, "engine-fifo.v8");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(() => writeCache(fifo, "key", { part: [1, 2, 3] })).toThrow(/FIFO/);
    expect(statSync(fifo).isFIFO()).toBe(true);
    const folder = join(dir, "engine-dir.v8");
    mkdirSync(folder);
    expect(() => writeCache(folder, "key", { part: [1, 2, 3] })).toThrow(/directory/);
    expect(statSync(folder).isDirectory()).toBe(true);
    // No temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual(["engine-dir.v8", "engine-fifo.v8"]);
  });
});
