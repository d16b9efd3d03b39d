import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "./corpus/types.ts";
import { changedPaths, type Snapshot, scanCorpus, unsettledFiles } from "./corpus-scan.ts";
import type { ToMain, WorkerSettings } from "./live.ts";
import { buildForReload } from "./live-build.ts";
import { watchFolders } from "./watch-folders.ts";

/**
 * The reload worker: watches the corpus folder, waits for quiet, rebuilds the engine and hands it
 * to the main thread (src/live.ts), which only restores and swaps it. Every scan and every build
 * runs here, one at a time: a change seen while a build runs is handled after it, by one more
 * build of the folder as it is then, however many changes there were.
 */
const settings = workerData as WorkerSettings;
const { dir, debounceMs, settleMs, pollMs } = settings;
/** Longest a burst of changes can put a rebuild off (a folder written to without pause). */
const MAX_DEBOUNCE_MS = Math.max(10 * debounceMs, 3000);
/** Longest a rebuild waits for busy files to be still before it is done without them. */
const MAX_QUIET_WAIT_MS = 5000;

// On Linux a thread has its own nice value: this one yields the CPU to the thread answering questions
// (on two cores, a rebuild and the question it delays otherwise share them as equals). Elsewhere, as is.
try {
  setPriority(Number(readlinkSync("/proc/thread-self").split("/").at(-1)), 10);
} catch {}

const send = (message: ToMain, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(message, transfer);
let previous = new Map<string, Article>(settings.articles.map((a) => [a.file, a]));
let lastRead: Snapshot;
let watchedIdentity = "";
let forced = false;
let timer: NodeJS.Timeout | undefined;
let burstStarted = 0;
let waitingSince = 0;

const watcher = watchFolders(
  dir,
  () => soon(),
  (error) => send({ type: "note", error }),
);

/** A change was noticed: check after `debounceMs` of quiet, but no later than `MAX_DEBOUNCE_MS` after the first. */
function soon(): void {
  const now = Date.now();
  if (!timer) burstStarted = now;
  clearTimeout(timer);
  timer = setTimeout(check, Math.max(0, Math.min(debounceMs, burstStarted + MAX_DEBOUNCE_MS - now)));
}

function later(ms: number): void {
  clearTimeout(timer);
  timer = setTimeout(check, ms);
}

function rescan(): Snapshot {
  const snapshot = scanCorpus(dir);
  if (snapshot.identity !== watchedIdentity) {
    // A folder moved over the path, or the symlink swapped: the watches follow the old folder.
    watcher.reset();
    watchedIdentity = snapshot.identity;
  }
  watcher.setFolders(snapshot.folders);
  return snapshot;
}

function check(): void {
  timer = undefined;
  const now = rescan();
  if (!forced && changedPaths(lastRead, now).size === 0) return;
  build();
}

function build(): void {
  if (waitingSince === 0) waitingSince = Date.now();
  let result: ReturnType<typeof buildForReload>;
  try {
    result = buildForReload(dir, {
      cacheDir: settings.cacheDir,
      settleMs,
      previous,
      waitForQuiet: Date.now() - waitingSince < MAX_QUIET_WAIT_MS,
    });
  } catch (error) {
    waitingSince = 0;
    forced = false;
    send({ type: "failed", error: `rebuild failed: ${(error as Error).message}`, problems: [], ms: 0 });
    return;
  }
  if (result.kind === "retry") {
    later(result.waitMs + 50);
    return;
  }
  waitingSince = 0;
  forced = false;
  lastRead = result.snapshot;
  if (result.kind === "failed") {
    send({ type: "failed", error: result.error, problems: result.problems, ms: result.ms });
    return;
  }
  previous = new Map(result.articles.map((a) => [a.file, a]));
  if (result.unsettled.length > 0) {
    // Forget how the busy files looked, so that the next check reads them even if they no longer change.
    for (const file of result.unsettled) lastRead.entries.delete(file);
    later(settleMs + 50);
  }
  send(
    {
      type: "built",
      parts: result.parts,
      problems: result.problems,
      unsettled: result.unsettled,
      ...(result.cacheProblem ? { cacheProblem: result.cacheProblem } : {}),
      cacheWritten: result.cacheWritten,
      articles: result.articles.length,
      ms: result.ms,
    },
    result.transfer,
  );
}

parentPort?.on("message", (message: { type: "reload" }) => {
  if (message.type !== "reload") return;
  forced = true;
  later(0);
});

// The folder as the main thread loaded it; files still being written then are read again once quiet.
lastRead = settings.loaded;
for (const file of unsettledFiles(lastRead, settleMs)) lastRead.entries.delete(file);
forced = settings.buildNow;
rescan();
send({ type: "watching" });
// What changed between that load and now was missed by both: checked at once.
later(0);
setInterval(() => {
  if (!timer) check();
}, pollMs);
