import { readdirSync } from "node:fs";
import { actorsOf } from "./actors/extract.ts";
import { restoreEngineState, type SerializedEngineState, serializeEngineState } from "./cache/state.ts";
import { cacheFile, cacheKey, DEFAULT_CACHE_DIR, readCache, writeCache } from "./cache/store.ts";
import { loadCorpus } from "./corpus/load.ts";
import { restoreCorpus, type SerializedCorpus, serializeCorpus } from "./corpus/persist.ts";
import type { Corpus, CorpusProblem } from "./corpus/types.ts";
import {
  type ActorSource,
  buildEngineState,
  type Engine,
  type EngineState,
  engineFromState,
} from "./engine.ts";
import { startActorsThread } from "./parallel/actors-thread.ts";

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
  /**
   * Find the actors in a worker thread while this one indexes the sentences (default: when the
   * folder holds at least 200 entries; below that, starting a thread costs more than it saves).
   */
  actorsThread?: boolean;
}

const ACTORS_THREAD_FROM = 200;

function countEntries(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}

/** How an engine was opened, for logs and the benchmark. */
export interface OpenInfo {
  /**
   * `hit`: loaded from the persisted index; otherwise why it was built. `unusable`: the cache path
   * is a directory, a FIFO or another special file (or its folder is a file): built in memory,
   * nothing written, the reason in `cacheProblem`.
   */
  cache: "hit" | "missing" | "stale" | "corrupt" | "unusable" | "off";
  /** Why a cache file was not usable or could not be written. */
  cacheProblem?: string;
  timings: {
    keyMs: number;
    readMs: number;
    loadMs: number;
    buildMs: number;
    writeMs: number;
    totalMs: number;
    /** How long the index waited for the actors' thread: for their pronoun links, then for the rest. */
    actorsWaitMs?: number;
  };
  cacheBytes?: number;
  /** Whether the actors came from a worker thread; `failed`: it did not deliver, they were found here. */
  actorsThread?: "used" | "failed";
}

/** What the cache file holds, one part per field (see `writeCache`). */
type CachedEngine = { corpus: SerializedCorpus } & SerializedEngineState;

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
  const timings: OpenInfo["timings"] = { keyMs: 0, readMs: 0, loadMs: 0, buildMs: 0, writeMs: 0, totalMs: 0 };
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
    if (read.status === "unusable") {
      info.cacheProblem = `cache not used (index built in memory): ${read.reason}`;
      file = undefined;
    }
    if (read.status === "hit") {
      try {
        const { corpus: storedCorpus, ...state } = read.value;
        const corpus = restoreCorpus(storedCorpus);
        const engine = engineFromState(corpus, restoreEngineState(state, corpus));
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
  const thread =
    (options.actorsThread ?? countEntries(dir) >= ACTORS_THREAD_FROM) ? startActorsThread(dir) : undefined;
  let corpus: Corpus;
  let state: EngineState;
  try {
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
    const loaded = corpus;
    // Time spent waiting for the thread: for its links, then for the rest of the actors.
    const waiting = <T>(take: () => T): T => {
      const waited = performance.now();
      try {
        return take();
      } finally {
        timings.actorsWaitMs = (timings.actorsWaitMs ?? 0) + performance.now() - waited;
      }
    };
    const fromThread: ActorSource | undefined = thread && {
      links: () => waiting(() => thread.takeLinks(loaded)),
      actors: () => {
        // Undefined at once when the thread was given up on for its links.
        const actors = waiting(() => thread.take(loaded));
        info.actorsThread = actors ? "used" : "failed";
        return actors ?? actorsOf(loaded);
      },
    };
    state = buildEngineState(loaded, fromThread ? { actors: fromThread } : {});
    timings.buildMs = performance.now() - t;
  } finally {
    thread?.stop();
  }
  if (key !== undefined && file !== undefined) {
    t = performance.now();
    try {
      const cached: CachedEngine = {
        corpus: serializeCorpus(corpus),
        ...serializeEngineState(state, corpus),
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
