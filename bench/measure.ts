/**
 * One benchmark measurement in its own process, so peak RSS belongs to one corpus size:
 *   cold: build the engine (no persisted index), write the cache, time ask/who against raw MiniSearch
 *   warm: start from the persisted index written by `cold`
 *   story: ask/who latency on a real corpus with a question file (`--questions FILE`)
 * Prints one JSON object on stdout.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import MiniSearch from "minisearch";
import { openEngineWithInfo } from "../src/open.ts";
import { UserError } from "../src/reply/errors.ts";
import { createGenerator, makeQuestions } from "./generate.ts";

const { values } = parseArgs({
  options: {
    mode: { type: "string" },
    dir: { type: "string" },
    cache: { type: "string" },
    size: { type: "string" },
    questions: { type: "string", default: "1000" },
    seed: { type: "string", default: "42" },
  },
});
const dir = values.dir as string;
const cacheDir = values.cache as string;
const size = Number(values.size);
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
  };
}
function time(fn: () => unknown): number {
  const t = performance.now();
  try {
    fn();
  } catch (error) {
    // An empty or unusable question is answered with a user error; its time still counts.
    if (!(error instanceof UserError)) throw error;
  }
  return performance.now() - t;
}

if (values.mode === "story") {
  // The bundled story and the project's own questions about it, each asked many times over.
  const { engine } = openEngineWithInfo(dir, () => {}, { cacheDir });
  const questions = readFileSync(values.questions as string, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { command: "ask" | "who"; query: string });
  const run = (q: (typeof questions)[number]) =>
    q.command === "ask" ? engine.ask(q.query) : engine.who(q.query);
  // Warm enough for V8 to have optimised the hot paths, as in a bot that has been up a while.
  for (let round = 0; round < 20; round++) for (const q of questions) time(() => run(q));
  const samples = { ask: [] as number[], who: [] as number[] };
  // Process CPU time per call too, to tell waiting for a core from work. It counts V8's
  // background threads (compiler, GC) as well, so its tail runs above the wall clock's.
  const cpu = { ask: [] as number[], who: [] as number[] };
  for (let round = 0; round < 40; round++) {
    for (const q of questions) {
      const before = process.cpuUsage();
      samples[q.command].push(time(() => run(q)));
      const used = process.cpuUsage(before);
      cpu[q.command].push((used.user + used.system) / 1000);
    }
  }
  process.stdout.write(
    `${JSON.stringify({
      passages: engine.corpus.passages.length,
      latency: { ask: summary(samples.ask), who: summary(samples.who) },
      cpu: { ask: summary(cpu.ask), who: summary(cpu.who) },
      peakRssMb: rssMb(),
    })}\n`,
  );
} else if (values.mode === "warm") {
  const { engine, info } = openEngineWithInfo(dir, () => {}, { cacheDir });
  const readyAtMs = performance.now();
  engine.ask("warm up");
  process.stdout.write(
    `${JSON.stringify({
      cache: info.cache,
      startMs: info.timings.totalMs,
      timings: info.timings,
      processReadyMs: readyAtMs,
      peakRssMb: rssMb(),
    })}\n`,
  );
} else {
  const { engine, info } = openEngineWithInfo(dir, () => {}, { cacheDir });
  const processReadyMs = performance.now();
  const generator = createGenerator(size, Number(values.seed));
  const questions = makeQuestions(generator, size, Number(values.questions));
  const run = (q: (typeof questions)[number]) =>
    q.command === "ask" ? engine.ask(q.query) : engine.who(q.query);
  for (const q of questions.slice(0, 50)) time(() => run(q));
  const engineOnly = { ask: [] as number[], who: [] as number[] };
  for (const q of questions) engineOnly[q.command].push(time(() => run(q)));
  const peakRssMb = rssMb();

  // Raw MiniSearch with default options over the same sentences, the same questions, the same process.
  let t = performance.now();
  const raw = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  raw.addAll(engine.corpus.passages.map((p) => ({ id: p.id, text: p.text })));
  const rawBuildMs = performance.now() - t;
  for (const q of questions.slice(0, 50)) time(() => raw.search(q.query));
  // Interleaved, so machine noise falls on both alike.
  const paired = { ask: [] as number[], who: [] as number[], rawAsk: [] as number[], rawWho: [] as number[] };
  for (const q of questions) {
    paired[q.command].push(time(() => run(q)));
    paired[q.command === "ask" ? "rawAsk" : "rawWho"].push(time(() => raw.search(q.query)));
  }
  t = performance.now();
  const rawJson = JSON.stringify(raw);
  const rawSerializeMs = performance.now() - t;
  t = performance.now();
  MiniSearch.loadJSON(rawJson, { fields: ["text"] });
  const rawLoadMs = performance.now() - t;

  process.stdout.write(
    `${JSON.stringify({
      articles: engine.corpus.articles.length,
      passages: engine.corpus.passages.length,
      problems: engine.corpus.problems.length,
      cache: info.cache,
      cacheProblem: info.cacheProblem,
      cacheMb: Math.round(((info.cacheBytes ?? 0) / 1e6) * 10) / 10,
      timings: info.timings,
      coldStartMs: info.timings.totalMs,
      buildMs: info.timings.loadMs + info.timings.buildMs,
      processReadyMs,
      peakRssMb,
      latency: {
        ask: summary(engineOnly.ask),
        who: summary(engineOnly.who),
      },
      paired: {
        ask: summary(paired.ask),
        who: summary(paired.who),
        rawAsk: summary(paired.rawAsk),
        rawWho: summary(paired.rawWho),
      },
      raw: {
        buildMs: rawBuildMs,
        jsonMb: Math.round(rawJson.length / 1e5) / 10,
        serializeMs: rawSerializeMs,
        loadJsonMs: rawLoadMs,
      },
      peakRssWithRawMb: rssMb(),
    })}\n`,
  );
}
