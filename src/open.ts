import { restoreEngineState, type SerializedEngineState, serializeEngineState } from "./cache/state.ts";
import { cacheFile, cacheKey, DEFAULT_CACHE_DIR, readCache, writeCache } from "./cache/store.ts";
import { loadCorpus } from "./corpus/load.ts";
import { restoreCorpus, type SerializedCorpus, serializeCorpus } from "./corpus/persist.ts";
import type { Corpus, CorpusProblem } from "./corpus/types.ts";
import { buildEngineState, type Engine, engineFromState } from "./engine.ts";

/** The corpus could not be served at all: no article loaded. */
export class CorpusUnusableError extends Error {
  override name = "CorpusUnusableError";
}

export interface OpenOptions {
  /**
   * Folder of the persisted index (default `.cache/` in the project, or `NEWSDESK_CACHE_DIR`);
   * `false` builds every time and writes nothing.
   */
  cacheDir?: string | false;
}

/** How an engine was opened, for logs and the benchmark. */
export interface OpenInfo {
  /** `hit`: loaded from the persisted index; otherwise why it was built. */
  cache: "hit" | "missing" | "stale" | "corrupt" | "off";
  /** Why a cache file was not usable or could not be written. */
  cacheProblem?: string;
  timings: {
    keyMs: number;
    readMs: number;
    loadMs: number;
    buildMs: number;
    writeMs: number;
    totalMs: number;
  };
  cacheBytes?: number;
}

interface CachedEngine {
  corpus: SerializedCorpus;
  state: SerializedEngineState;
}

/**
 * Loads the corpus in `dir` and builds the engine over it, or loads both from the persisted
 * index when the corpus files and the code are unchanged since it was written. Bad files are
 * passed to `report` and skipped; throws only when not a single article loads.
 */
export function openEngine(
  dir: string,
  report: (problem: CorpusProblem) => void = () => {},
  options: OpenOptions = {},
): Engine {
  return openEngineWithInfo(dir, report, options).engine;
}

export function openEngineWithInfo(
  dir: string,
  report: (problem: CorpusProblem) => void = () => {},
  options: OpenOptions = {},
): { engine: Engine; info: OpenInfo } {
  const started = performance.now();
  const timings = { keyMs: 0, readMs: 0, loadMs: 0, buildMs: 0, writeMs: 0, totalMs: 0 };
  const cacheDir = options.cacheDir ?? process.env.NEWSDESK_CACHE_DIR ?? DEFAULT_CACHE_DIR;
  const info: OpenInfo = { cache: "off", timings };
  let key: string | undefined;
  let file: string | undefined;

  if (cacheDir !== false && cacheDir !== "") {
    let t = performance.now();
    try {
      key = cacheKey(dir);
      file = cacheFile(cacheDir, dir);
    } catch (error) {
      throw new CorpusUnusableError(`Cannot read the corpus folder ${dir}: ${(error as Error).message}`);
    }
    timings.keyMs = performance.now() - t;
    t = performance.now();
    const read = readCache<CachedEngine>(file, key);
    info.cache = read.status === "hit" ? "hit" : read.status;
    if (read.status === "corrupt") info.cacheProblem = read.reason;
    if (read.status === "hit") {
      try {
        const corpus = restoreCorpus(read.value.corpus);
        const engine = engineFromState(corpus, restoreEngineState(read.value.state, corpus));
        timings.readMs = performance.now() - t;
        for (const problem of corpus.problems) report(problem);
        timings.totalMs = performance.now() - started;
        return { engine, info };
      } catch (error) {
        // A file that reads but does not restore is as good as corrupt: build again.
        info.cache = "corrupt";
        info.cacheProblem = (error as Error).message;
      }
    }
    timings.readMs = performance.now() - t;
  }

  let t = performance.now();
  let corpus: Corpus;
  try {
    corpus = loadCorpus(dir);
  } catch (error) {
    throw new CorpusUnusableError(`Cannot read the corpus folder ${dir}: ${(error as Error).message}`);
  }
  timings.loadMs = performance.now() - t;
  for (const problem of corpus.problems) report(problem);
  if (corpus.articles.length === 0) {
    throw new CorpusUnusableError(`No article could be loaded from ${dir}; add a .txt or .md article.`);
  }
  t = performance.now();
  const state = buildEngineState(corpus);
  timings.buildMs = performance.now() - t;
  if (key !== undefined && file !== undefined) {
    t = performance.now();
    try {
      const cached: CachedEngine = {
        corpus: serializeCorpus(corpus),
        state: serializeEngineState(state, corpus),
      };
      info.cacheBytes = writeCache(file, key, cached);
    } catch (error) {
      // Serving matters more than caching: a read-only disk or a full one only costs the next start.
      info.cacheProblem = `not written: ${(error as Error).message}`;
    }
    timings.writeMs = performance.now() - t;
  }
  const engine = engineFromState(corpus, state);
  timings.totalMs = performance.now() - started;
  return { engine, info };
}

export function formatProblem(problem: CorpusProblem): string {
  return `${problem.file}: ${problem.reason}`;
}
