import { Worker } from "node:worker_threads";
import { DEFAULT_CACHE_DIR } from "./cache/store.ts";
import type { Article, CorpusProblem } from "./corpus/types.ts";
import { type Snapshot, scanCorpus } from "./corpus-scan.ts";
import type { Engine } from "./engine.ts";
import { type EngineParts, fromParts } from "./engine-handoff.ts";
import { openEngineWithInfo } from "./open.ts";

/** True when running from the TypeScript sources (tsx, vitest), false from the production build. */
const FROM_SOURCE = import.meta.url.endsWith(".ts");

/** The engine questions are answered from; replaced in one step when the corpus changes. */
export interface EngineHolder {
  current(): Engine;
  /** Rebuilds now (the watcher calls this); resolves when the new engine is in place or the old one kept. */
  reload(): Promise<ReloadOutcome>;
  /** Stops watching; the current engine stays usable. */
  close(): void;
  /**
   * Resolves once the folder is watched (the reload worker has started, about a second). A change
   * made before is not lost: the worker's first scan compares the folder with what was loaded.
   */
  watching: Promise<void>;
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
  /**
   * Files still being written when the folder was read: served as they were before (absent when
   * new) until they have been still for a moment, then read by another reload.
   */
  unsettled?: string[];
  /** Why the persisted index could not be written; given once, on the first reload it happens (see `onCacheProblem`). */
  cacheProblem?: string;
}

export interface LiveOptions {
  /** Persisted index folder, as for `openEngine`; `false` to build in memory only. */
  cacheDir?: string | false;
  /** Quiet time after the last change before rebuilding (default 300 ms). */
  debounceMs?: number;
  /** How long a file must have kept its size and times before it is read (default 1000 ms). */
  settleMs?: number;
  /**
   * How often the reload worker scans the folder besides the change notifications (default 5000 ms;
   * a scan takes it ~80 ms at 10,000 files).
   */
  pollMs?: number;
  /** Every reload's outcome: log the problems and errors. */
  onReload?: (outcome: ReloadOutcome) => void;
  /**
   * The persisted index cannot be written (a read-only or full disk): called once, with the reason,
   * until one is written again.
   */
  onCacheProblem?: (reason: string) => void;
  /** Problems of the first load. */
  report?: (problem: CorpusProblem) => void;
}

/** What the reload worker (src/live-worker.ts) is started with. */
export interface WorkerSettings {
  dir: string;
  cacheDir: string | false;
  debounceMs: number;
  settleMs: number;
  pollMs: number;
  /**
   * The folder as scanned just before the main thread's own load: the worker compares its first
   * scan with it, so that a change between the two is not missed.
   */
  loaded: Snapshot;
  /** The articles served now: what a half-written file is served as meanwhile. */
  articles: Article[];
  /** Build at once (the worker was restarted, its state is lost). */
  buildNow: boolean;
  entry: string;
}

/** What the reload worker tells the main thread. */
export type ToMain =
  | {
      type: "built";
      parts: EngineParts;
      problems: CorpusProblem[];
      unsettled: string[];
      cacheProblem?: string;
      cacheWritten: boolean;
      articles: number;
      ms: number;
    }
  | { type: "failed"; error: string; problems: CorpusProblem[]; ms: number }
  | { type: "note"; error: string }
  | { type: "watching" };

/**
 * Opens the engine over `dir` and keeps it current. The first load happens here (from the persisted
 * index when it is current); after that, one worker thread watches the folder, rebuilds after a
 * change once the changed files are still, writes the persisted index, and hands the engine over in
 * pieces that this thread restores between questions, then swaps. This thread never builds an
 * engine after the first load. Throws like `openEngine` when the first load finds no article.
 */
export function watchCorpus(dir: string, options: LiveOptions = {}): EngineHolder {
  const cacheDir = options.cacheDir ?? process.env.NEWSDESK_CACHE_DIR ?? DEFAULT_CACHE_DIR;
  // A stat walk on this thread, once, at start (the load that follows reads every file anyway).
  const loaded = scanCorpus(dir);
  const { engine: first, info } = openEngineWithInfo(dir, options.report, { cacheDir });
  let engine = first;
  let closed = false;
  let cacheProblemSaid = false;
  /** Worker restarts since the last engine it delivered (the delay before the next one doubles). */
  let restarts = 0;
  let waiting: Array<(outcome: ReloadOutcome) => void> = [];
  let restoring = Promise.resolve();
  let nowWatching = () => {};
  const watching = new Promise<void>((resolve) => {
    nowWatching = resolve;
  });

  /** A persisted index that cannot be written is said once, not on every reload, until one is written again. */
  const cacheProblemNow = (problem: string | undefined, written: boolean): string | undefined => {
    if (written) cacheProblemSaid = false;
    if (!problem || cacheProblemSaid) return undefined;
    cacheProblemSaid = true;
    options.onCacheProblem?.(problem);
    return problem;
  };
  // A file that could not be written, or a cache path that is a folder or a pipe ("unusable"); a
  // stale or corrupt file is simply rebuilt and rewritten, no problem of the admin's.
  if (info.cacheProblem?.startsWith("not written") || info.cache === "unusable")
    cacheProblemNow(info.cacheProblem, false);

  const settle = (outcome: ReloadOutcome) => {
    options.onReload?.(outcome);
    const waiters = waiting;
    waiting = [];
    for (const resolve of waiters) resolve(outcome);
  };

  const onMessage = (message: ToMain) => {
    if (closed) return;
    if (message.type === "watching") {
      nowWatching();
      return;
    }
    if (message.type === "note") {
      options.onReload?.({ swapped: false, problems: [], error: message.error, ms: 0 });
      return;
    }
    if (message.type === "failed") {
      settle({ swapped: false, problems: message.problems, error: message.error, ms: message.ms });
      return;
    }
    restarts = 0;
    // One restore at a time, in the order built: the last one built is the one left in place.
    restoring = restoring.then(async () => {
      const started = performance.now();
      const cacheProblem = cacheProblemNow(message.cacheProblem, message.cacheWritten);
      try {
        const next = await fromParts(message.parts);
        if (closed) return;
        engine = next;
        settle({
          swapped: true,
          problems: message.problems,
          ms: message.ms + performance.now() - started,
          articles: message.articles,
          ...(message.unsettled.length > 0 ? { unsettled: message.unsettled } : {}),
          ...(cacheProblem ? { cacheProblem } : {}),
        });
      } catch (error) {
        settle({
          swapped: false,
          problems: message.problems,
          error: `could not restore the rebuilt engine: ${(error as Error).message}`,
          ms: message.ms + performance.now() - started,
        });
      }
    });
  };

  const settings: Omit<WorkerSettings, "articles" | "buildNow"> = {
    dir,
    cacheDir: cacheDir === "" ? false : cacheDir,
    debounceMs: options.debounceMs ?? 300,
    settleMs: options.settleMs ?? 1000,
    pollMs: options.pollMs ?? 5000,
    loaded,
    entry: new URL(`./live-worker${FROM_SOURCE ? ".ts" : ".js"}`, import.meta.url).href,
  };
  let worker: Worker;
  const start = (buildNow: boolean) => {
    // From the sources the entry is TypeScript, loaded through tsx (worker-boot.mjs); the build
    // (dist/, scripts/build.mjs) has compiled it to dist/live-worker.js, which runs as it is.
    worker = new Worker(
      FROM_SOURCE ? new URL("./worker-boot.mjs", import.meta.url) : new URL(settings.entry),
      {
        workerData: { ...settings, articles: engine.corpus.articles, buildNow } satisfies WorkerSettings,
      },
    );
    // Watching must not keep a process alive that has nothing else to do (as `persistent: false` did).
    worker.unref();
    worker.on("message", onMessage);
    worker.on("error", (error) => {
      if (!closed)
        settle({ swapped: false, problems: [], error: `reload worker failed: ${error.message}`, ms: 0 });
    });
    worker.on("exit", () => {
      if (closed) return;
      // Live reload must outlive a crash of its worker: start another, which reads the folder again.
      const delay = Math.min(30_000, 500 * 2 ** restarts++);
      setTimeout(() => !closed && start(true), delay).unref();
    });
  };
  start(false);

  return {
    watching,
    current: () => engine,
    reload: () => {
      if (closed) return Promise.resolve({ swapped: false, problems: [], error: "closed", ms: 0 });
      const outcome = new Promise<ReloadOutcome>((resolve) => waiting.push(resolve));
      worker.postMessage({ type: "reload" });
      return outcome;
    },
    close: () => {
      if (closed) return;
      closed = true;
      nowWatching();
      void worker.terminate();
      const waiters = waiting;
      waiting = [];
      for (const resolve of waiters) resolve({ swapped: false, problems: [], error: "closed", ms: 0 });
    },
  };
}
