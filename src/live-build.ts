import { serializeEngineState } from "./cache/state.ts";
import { cacheFile, cacheKey, writeCache } from "./cache/store.ts";
import { loadCorpus, toPassages } from "./corpus/load.ts";
import { serializeCorpus } from "./corpus/persist.ts";
import type { Article, Corpus, CorpusProblem } from "./corpus/types.ts";
import { changedPaths, type Snapshot, scanCorpus, unsettledFiles } from "./corpus-scan.ts";
import { buildEngineState } from "./engine.ts";
import { type EngineParts, toParts } from "./engine-handoff.ts";

/**
 * One rebuild of the corpus, run in the reload worker (src/live-worker.ts). Only files whose size
 * and times have been still for `settleMs` are taken as they are now: a file written more recently,
 * or one that changed while the folder was being read, may be half-written, so it is served as it
 * was in the engine being replaced (absent if it is new) and the worker builds again once it is quiet.
 */

export type BuildResult =
  | {
      kind: "built";
      parts: EngineParts;
      transfer: ArrayBuffer[];
      problems: CorpusProblem[];
      /** Files kept at their previous version (or left out) because they were still being written. */
      unsettled: string[];
      /** Why the persisted index was not written; undefined when written or not cached. */
      cacheProblem?: string;
      /** The persisted index was written (so any earlier problem writing it is over). */
      cacheWritten: boolean;
      articles: Article[];
      /** The folder as it was read. */
      snapshot: Snapshot;
      ms: number;
    }
  /** Nothing to swap: the folder cannot be served (`error`), or must be read again (`retry`). */
  | { kind: "failed"; error: string; problems: CorpusProblem[]; snapshot: Snapshot; ms: number }
  | { kind: "retry"; reason: string; snapshot: Snapshot; waitMs: number };

export interface BuildOptions {
  cacheDir: string | false;
  settleMs: number;
  /** The articles being served, by file: what a half-written file is served as. */
  previous: Map<string, Article>;
  /**
   * When a file is still being written, build nothing and say how long to wait (`retry`) rather
   * than build without it. The worker waits a few times, then builds without the busy files, so
   * that a file written without end (a log) does not hold back every other change.
   */
  waitForQuiet?: boolean;
}

const GLOSSARY = /(^|\/)glossary\.ya?ml$/i;

export function buildForReload(dir: string, options: BuildOptions): BuildResult {
  const started = performance.now();
  const before = scanCorpus(dir);
  const ms = () => performance.now() - started;
  if (before.identity.startsWith("missing")) {
    const code = before.identity.slice("missing ".length);
    return {
      kind: "failed",
      error: `Cannot read the corpus folder ${dir}: ${code}`,
      problems: [],
      snapshot: before,
      ms: ms(),
    };
  }
  const unsettled = unsettledFiles(before, options.settleMs);
  const waitMs = quietIn(before, unsettled, options.settleMs);
  if (unsettled.length > 0 && options.waitForQuiet)
    return { kind: "retry", reason: "files being written", snapshot: before, waitMs };
  // Glossary entries are merged across files, so a half-written glossary cannot be swapped for its old self: wait.
  if (unsettled.some((f) => GLOSSARY.test(f)))
    return { kind: "retry", reason: "glossary being written", snapshot: before, waitMs };

  const cached = options.cacheDir !== false && options.cacheDir !== "";
  let key: string | undefined;
  if (cached) {
    try {
      key = cacheKey(dir);
    } catch {}
  }
  // No second thread for the actors (as a cold start has): on two cores it would take the core
  // that answers questions. A reload may take longer; answers must not.
  let corpus: Corpus;
  try {
    corpus = loadCorpus(dir);
  } catch (error) {
    return {
      kind: "failed",
      error: `Cannot read the corpus folder ${dir}: ${(error as Error).message}`,
      problems: [],
      snapshot: before,
      ms: ms(),
    };
  }
  const after = scanCorpus(dir);
  const changed = changedPaths(before, after);
  // Another folder moved in, or a subfolder replaced, while reading: what was read may be a mix of both.
  for (const path of changed) {
    if (path === "" || before.entries.get(path)?.folder || after.entries.get(path)?.folder)
      return { kind: "retry", reason: "folder replaced while reading", snapshot: after, waitMs: 0 };
    if (GLOSSARY.test(path))
      return {
        kind: "retry",
        reason: "glossary changed while reading",
        snapshot: after,
        waitMs: options.settleMs,
      };
  }
  const suspect = new Set([...unsettled, ...changed]);
  corpus = keepPrevious(corpus, suspect, options.previous);
  if (corpus.articles.length === 0) {
    return {
      kind: "failed",
      error: `No article could be loaded from ${dir}; add a .txt or .md article.`,
      problems: corpus.problems,
      snapshot: before,
      ms: ms(),
    };
  }
  const loaded = corpus;
  const state = buildEngineState(loaded);
  const storedCorpus = serializeCorpus(loaded);
  const storedState = serializeEngineState(state, loaded);
  let cacheProblem: string | undefined;
  let cacheWritten = false;
  // A corpus with a file kept at its old version matches no state of the folder: it is not persisted.
  if (cached && key !== undefined && suspect.size === 0) {
    try {
      writeCache(cacheFile(options.cacheDir as string, dir), key, { corpus: storedCorpus, ...storedState });
      cacheWritten = true;
    } catch (error) {
      cacheProblem = `not written: ${(error as Error).message}`;
    }
  }
  const { parts, transfer } = toParts(storedCorpus, storedState);
  return {
    kind: "built",
    parts,
    transfer,
    problems: loaded.problems,
    unsettled: [...suspect].sort(),
    ...(cacheProblem ? { cacheProblem } : {}),
    cacheWritten,
    articles: loaded.articles,
    snapshot: before,
    ms: ms(),
  };
}

/** How long until the most recently written of `files` has been still for `settleMs`. */
function quietIn(snapshot: Snapshot, files: string[], settleMs: number): number {
  let wait = 0;
  for (const file of files) {
    const entry = snapshot.entries.get(file);
    if (entry) wait = Math.max(wait, Math.max(entry.mtimeMs, entry.ctimeMs) + settleMs - snapshot.at);
  }
  return Math.ceil(wait);
}

/**
 * The corpus with each file of `suspect` as it was in `previous` (or left out when new): its new
 * version, and any problem it had, wait until it is quiet.
 */
export function keepPrevious(corpus: Corpus, suspect: Set<string>, previous: Map<string, Article>): Corpus {
  if (suspect.size === 0) return corpus;
  const articles = corpus.articles.filter((a) => !suspect.has(a.file));
  const titles = new Set(articles.map((a) => a.title.toLowerCase()));
  const ids = new Set(articles.map((a) => a.id));
  for (const file of suspect) {
    const old = previous.get(file);
    if (!old || titles.has(old.title.toLowerCase()) || ids.has(old.id)) continue;
    articles.push(old);
    titles.add(old.title.toLowerCase());
    ids.add(old.id);
  }
  articles.sort((a, b) => loaderOrder(a.file, b.file));
  return {
    ...corpus,
    articles,
    passages: toPassages(articles),
    problems: corpus.problems.filter((p) => !suspect.has(p.file)),
  };
}

/** The order `loadCorpus` reads files in: names sorted within each folder, subfolders in place. */
function loaderOrder(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}
