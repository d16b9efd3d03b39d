/**
 * `npm run bench [-- --sizes 1,1000,10000 --questions 1000 --out bench/results.json --keep --story 0]`
 *
 * For each size: writes a seeded synthetic corpus into a temporary folder (so the real loader is
 * measured), then measures in child processes (so peak RSS is per size): the cold build and the
 * persisted index written, ask/who latency next to raw MiniSearch in the same process, and a
 * fresh start from the persisted index. First (unless `--story 0`), the bundled story: ask/who
 * latency over the project's own questions (tests/eval/story.jsonl), and the wall time of
 * `npm run -s newsdesk -- batch` over them, start-up included. Prints tables and writes JSON.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { codeFingerprint } from "../src/cache/store.ts";
import { writeCorpus } from "./generate.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1,1000,10000" },
    questions: { type: "string", default: "1000" },
    seed: { type: "string", default: "42" },
    out: { type: "string", default: fileURLToPath(new URL("results.json", import.meta.url)) },
    keep: { type: "boolean", default: false },
    story: { type: "string", default: "1" },
  },
});
const sizes = (values.sizes as string).split(",").map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  process.stderr.write(`--sizes must be positive integers, got ${values.sizes}\n`);
  process.exit(2);
}
const questions = Number(values.questions);
const measureScript = fileURLToPath(new URL("measure.ts", import.meta.url));
const root = fileURLToPath(new URL("..", import.meta.url));

// The cold and warm processes must agree on the code version even when src/ is edited meanwhile.
const env = { ...process.env, NEWSDESK_CODE_FINGERPRINT: codeFingerprint() };

function child(args: string[]): Record<string, unknown> {
  const out = execFileSync(process.execPath, ["--import", "tsx", measureScript, ...args], {
    cwd: root,
    env,
    encoding: "utf8",
    maxBuffer: 16 << 20,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = out.trim().split("\n").at(-1) ?? "";
  return JSON.parse(line) as Record<string, unknown>;
}

let story: Record<string, unknown> | undefined;
if (values.story !== "0") {
  const questionFile = join(root, "tests", "eval", "story.jsonl");
  const cache = mkdtempSync(join(tmpdir(), "newsdesk-bench-story-"));
  try {
    process.stderr.write("bench: the bundled story…\n");
    const corpus = join(root, "corpus");
    const inProcess = child([
      "--mode",
      "story",
      "--dir",
      corpus,
      "--cache",
      cache,
      "--questions",
      questionFile,
    ]);
    const input = readFileSync(questionFile);
    const batch = () => {
      const t = performance.now();
      execFileSync("npm", ["run", "-s", "newsdesk", "--", "batch"], {
        cwd: root,
        env: { ...env, NEWSDESK_CACHE_DIR: cache },
        input,
        stdio: ["pipe", "ignore", "inherit"],
      });
      return performance.now() - t;
    };
    batch(); // writes nothing new: the cache is warm from the in-process run; this warms the disk
    const runs = Array.from({ length: 5 }, batch).sort((a, b) => a - b);
    story = {
      ...inProcess,
      questions: input.toString("utf8").trim().split("\n").length,
      batchMs: { runs, median: runs[2] },
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

const results: Array<Record<string, unknown>> = [];
for (const size of sizes) {
  const base = mkdtempSync(join(tmpdir(), `newsdesk-bench-${size}-`));
  const dir = join(base, "corpus");
  const cache = join(base, "cache");
  try {
    let t = performance.now();
    writeCorpus(dir, size, Number(values.seed));
    const generateMs = performance.now() - t;
    process.stderr.write(`bench: ${size} article(s) written in ${Math.round(generateMs)} ms; building…\n`);
    const common = ["--dir", dir, "--cache", cache, "--size", String(size), "--seed", String(values.seed)];
    const cold = child(["--mode", "cold", "--questions", String(questions), ...common]);
    process.stderr.write(`bench: ${size}: built; starting from the persisted index…\n`);
    t = performance.now();
    const warm = child(["--mode", "warm", ...common]);
    const warmProcessMs = performance.now() - t;
    results.push({ size, generateMs, cold, warm: { ...warm, wholeProcessMs: warmProcessMs } });
  } finally {
    if (!values.keep) rmSync(base, { recursive: true, force: true });
    else process.stderr.write(`bench: kept ${base}\n`);
  }
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "unknown",
  memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const report = {
  date: new Date().toISOString(),
  version: packageJson.version,
  machine,
  questions,
  seed: Number(values.seed),
  story,
  results,
};
writeFileSync(values.out as string, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(
  `${story ? `${storyLine(story)}\n\n` : ""}${table(results)}\n\nmachine: ${JSON.stringify(machine)}\nwrote ${values.out}\n`,
);

function storyLine(r: Record<string, unknown>): string {
  // biome-ignore lint/suspicious/noExplicitAny: report rows are read back from JSON
  const x = r as any;
  return [
    `story (${x.passages} sentences, ${x.questions} questions × 40):`,
    `ask p50/p99 ${x.latency.ask.p50}/${x.latency.ask.p99} ms,`,
    `who p50/p99 ${x.latency.who.p50}/${x.latency.who.p99} ms`,
    `(CPU time: ask p99 ${x.cpu.ask.p99} ms, who p99 ${x.cpu.who.p99} ms);`,
    `batch with start-up: median ${(x.batchMs.median / 1000).toFixed(2)} s of 5`,
  ].join(" ");
}

function table(rows: Array<Record<string, unknown>>): string {
  // biome-ignore lint/suspicious/noExplicitAny: report rows are read back from JSON
  const get = (o: any, path: string): number => path.split(".").reduce((v, k) => v?.[k], o) as number;
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const header = [
    "articles",
    "sentences",
    "build s",
    "cold start s",
    "persisted start s",
    "peak RSS MB (cold/persisted)",
    "ask p50/p99 ms",
    "who p50/p99 ms",
    "raw MiniSearch p50/p99 ms",
    "raw p99 ÷ ask p99",
  ];
  const lines = rows.map((r) => {
    const c = r.cold;
    const w = r.warm;
    const rawP99 = Math.max(get(c, "paired.rawAsk.p99"), 0);
    const askP99 = get(c, "paired.ask.p99");
    return [
      String(get(c, "articles")),
      String(get(c, "passages")),
      s(get(c, "buildMs")),
      s(get(c, "coldStartMs")),
      `${s(get(w, "startMs"))} (process ${s(get(w, "wholeProcessMs"))})`,
      `${get(c, "peakRssMb")}/${get(w, "peakRssMb")}`,
      `${ms(get(c, "paired.ask.p50"))}/${ms(askP99)}`,
      `${ms(get(c, "paired.who.p50"))}/${ms(get(c, "paired.who.p99"))}`,
      `${ms(get(c, "paired.rawAsk.p50"))}/${ms(rawP99)}`,
      askP99 > 0 ? `${(rawP99 / askP99).toFixed(1)}×` : "n/a",
    ];
  });
  const all = [header, ...lines];
  const widths = header.map((_, i) => Math.max(...all.map((l) => (l[i] ?? "").length)));
  const fmt = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [fmt(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...lines.map(fmt)].join("\n");
}
