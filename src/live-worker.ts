import { parentPort, workerData } from "node:worker_threads";
import type { CorpusProblem } from "./corpus/types.ts";
import { openEngineWithInfo } from "./open.ts";

/**
 * Background half of a live reload: loads and indexes the corpus off the main thread and writes
 * the persisted index, so the main thread only has to load it.
 */
const { dir, cacheDir } = workerData as { dir: string; cacheDir: string };
const problems: CorpusProblem[] = [];
try {
  const { info } = openEngineWithInfo(dir, (p) => problems.push(p), { cacheDir });
  parentPort?.postMessage({ ok: true, problems, cacheProblem: info.cacheProblem });
} catch (error) {
  parentPort?.postMessage({ ok: false, problems, error: (error as Error).message });
}
