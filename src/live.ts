import { type FSWatcher, watch } from "node:fs";
import { Worker } from "node:worker_threads";
import { DEFAULT_CACHE_DIR } from "./cache/store.ts";
import type { CorpusProblem } from "./corpus/types.ts";
import type { Engine } from "./engine.ts";
import { openEngineWithInfo } from "./open.ts";

/** The engine questions are answered from; replaced in one step when the corpus changes. */
export interface EngineHolder {
  current(): Engine;
  /** Rebuilds now (the watcher calls this); resolves when the new engine is in place or the old one kept. */
  reload(): Promise<ReloadOutcome>;
  /** Stops watching; the current engine stays usable. */
  close(): void;
}

export interface ReloadOutcome {
  /** True when a new engine replaced the old one. */
  swapped: boolean;
  /** Files skipped in the new corpus (a broken new file is one); the rest is served. */
  problems: CorpusProblem[];
  /** Why the old engine was kept (no article loads, the folder is gone). */
  error?: string;
  ms: number;
  articles?: number;
}

export interface LiveOptions {
  /** Persisted index folder, as for `openEngine`; `false` to build in memory only. */
  cacheDir?: string | false;
  /** Quiet time after the last change before rebuilding (default 300 ms). */
  debounceMs?: number;
  /** Build in a worker thread, so questions keep being answered while it runs (default: when caching). */
  worker?: boolean;
  /** Every reload's outcome: log the problems and errors. */
  onReload?: (outcome: ReloadOutcome) => void;
  /** Problems of the first load. */
  report?: (problem: CorpusProblem) => void;
}

/**
 * Opens the engine over `dir` and keeps it current: on a change in the folder it rebuilds in the
 * background, answers from the old engine meanwhile, then swaps. Throws like `openEngine` when the
 * first load finds no article.
 */
export function watchCorpus(dir: string, options: LiveOptions = {}): EngineHolder {
  const cacheDir = options.cacheDir ?? process.env.NEWSDESK_CACHE_DIR ?? DEFAULT_CACHE_DIR;
  const cached = cacheDir !== false && cacheDir !== "";
  const useWorker = options.worker ?? cached;
  const debounceMs = options.debounceMs ?? 300;
  let engine = openEngineWithInfo(dir, options.report, { cacheDir }).engine;
  let running: Promise<ReloadOutcome> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const rebuild = async (): Promise<ReloadOutcome> => {
    const started = performance.now();
    const problems: CorpusProblem[] = [];
    try {
      if (useWorker && cached) {
        const result = await inWorker(dir, cacheDir as string);
        if (!result.ok)
          return {
            swapped: false,
            problems: result.problems,
            error: result.error ?? "rebuild failed",
            ms: performance.now() - started,
          };
      } else {
        // Let pending questions through before the synchronous build.
        await new Promise((resolve) => setImmediate(resolve));
      }
      // With the worker this loads the index it has just written; otherwise it builds here.
      const next = openEngineWithInfo(dir, (p) => problems.push(p), { cacheDir }).engine;
      if (closed) return { swapped: false, problems, error: "closed", ms: performance.now() - started };
      engine = next;
      return {
        swapped: true,
        problems,
        ms: performance.now() - started,
        articles: next.corpus.articles.length,
      };
    } catch (error) {
      return { swapped: false, problems, error: (error as Error).message, ms: performance.now() - started };
    }
  };

  const reload = (): Promise<ReloadOutcome> => {
    if (running) {
      again = true;
      return running;
    }
    running = rebuild().then((outcome) => {
      running = undefined;
      options.onReload?.(outcome);
      if (again && !closed) {
        again = false;
        void reload();
      }
      return outcome;
    });
    return running;
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, () => {
      if (closed) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), debounceMs);
    });
    watcher.on("error", (error) =>
      options.onReload?.({
        swapped: false,
        problems: [],
        error: `watching stopped: ${error.message}`,
        ms: 0,
      }),
    );
  } catch (error) {
    options.onReload?.({
      swapped: false,
      problems: [],
      error: `cannot watch ${dir}: ${(error as Error).message}`,
      ms: 0,
    });
  }

  return {
    current: () => engine,
    reload,
    close: () => {
      closed = true;
      clearTimeout(timer);
      watcher?.close();
    },
  };
}

interface WorkerResult {
  ok: boolean;
  problems: CorpusProblem[];
  error?: string;
}

function inWorker(dir: string, cacheDir: string): Promise<WorkerResult> {
  const entry = new URL(`./live-worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url)
    .href;
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url), {
      workerData: { dir, cacheDir, entry },
    });
    let settled = false;
    const done = (result: WorkerResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.once("message", (m: WorkerResult) => done(m));
    worker.once("error", (error) =>
      done({ ok: false, problems: [], error: `rebuild failed: ${error.message}` }),
    );
    worker.once("exit", (code) => done({ ok: false, problems: [], error: `rebuild stopped (exit ${code})` }));
  });
}
