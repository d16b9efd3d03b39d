import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { type ActorIndex, linksOf } from "../actors/extract.ts";
import { restoreActors, type SerializedActors } from "../actors/persist.ts";
import type { Corpus } from "../corpus/types.ts";
import type { PassageLinks } from "../search/index.ts";
import { corpusShape } from "./corpus-shape.ts";
import { ACTORS_POSTED, LINKS_POSTED, STARTED } from "./signals.ts";

/** Actors being found in another thread, for a corpus folder. */
export interface ActorsThread {
  /**
   * Waits for the pronoun links, which come before the rest, and returns them when they were
   * found on the same corpus as `corpus`; undefined when the thread failed or saw other files
   * (then it is stopped and the caller finds the actors itself).
   */
  takeLinks(corpus: Corpus): PassageLinks | undefined;
  /**
   * Waits for the actors and returns them, with the same conditions (undefined at once once the
   * thread is stopped); the thread is done after.
   */
  take(corpus: Corpus): ActorIndex | undefined;
  stop(): void;
}

export interface ThreadOptions {
  /** The worker's module (default: actors-worker next to this file); for tests. */
  entry?: URL;
  /** How long the worker may take to start running (default `START_WITHIN_MS`). */
  startWithinMs?: number;
  /** The least a running worker is waited for at each step (default `WAIT_AT_LEAST_MS`). */
  waitAtLeastMs?: number;
}

/** A worker starts in well under a second, or a few under load with tsx; one not running by then never will. */
const START_WITHIN_MS = 20_000;

/**
 * A running worker is waited for at most as long again as this thread has worked since starting
 * it, and at least this long: a worker that dies without a word (out of memory: no `finally` runs,
 * and its exit is an event that cannot run while this thread blocks) is given up on, and the
 * actors are found here. A healthy one delivers within a few seconds of this thread's own work.
 */
const WAIT_AT_LEAST_MS = 30_000;

type Result =
  | { ok: true; shape: string; links: Array<[number, string[]]> }
  | { ok: true; shape: string; actors: SerializedActors }
  | { ok: false; error: string };

/**
 * Starts finding the actors of the corpus in `dir` in a worker thread, so that on a large corpus
 * they are found while the main thread builds the search index (two cores: the cold build
 * takes about as long as the slower of the two instead of both).
 *
 * Synchronous on purpose: opening an engine is synchronous for the CLI, the bot and the tests.
 * The main thread blocks on a shared flag (`Atomics.wait`) and reads the message with
 * `receiveMessageOnPort`, as synckit does.
 */
export function startActorsThread(dir: string, options: ThreadOptions = {}): ActorsThread {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const fromSource = import.meta.url.endsWith(".ts");
  const entry =
    options.entry?.href ?? new URL(`./actors-worker${fromSource ? ".ts" : ".js"}`, import.meta.url).href;
  const startWithinMs = options.startWithinMs ?? START_WITHIN_MS;
  const waitAtLeastMs = options.waitAtLeastMs ?? WAIT_AT_LEAST_MS;
  const started = performance.now();
  // TypeScript goes through tsx (worker-boot.mjs); the build's dist/actors-worker.js runs as it is.
  const worker = new Worker(fromSource ? new URL("../worker-boot.mjs", import.meta.url) : new URL(entry), {
    workerData: { dir, port: port2, signal, entry },
    transferList: [port2],
  });
  // A main thread that fails (no article loads) must not be kept alive by this one.
  worker.unref();
  worker.on("error", () => {});
  // Once stopped (given up on, or done), the worker posts nothing more: nothing is waited for.
  let stopped = false;
  const stop = () => {
    stopped = true;
    port1.close();
    void worker.terminate();
  };
  // The worker's messages, read in the order posted once the flag says they are there.
  const next = (flag: number, corpus: Corpus, wanted: "links" | "actors"): Result | undefined => {
    if (stopped) return undefined;
    const asked = performance.now();
    const giveUpAt = asked + Math.max(waitAtLeastMs, asked - started);
    for (;;) {
      const raised = Atomics.load(signal, 0);
      if (raised >= flag) break;
      const now = performance.now();
      // A worker that could not load its module never raises the flag, and nothing tells this
      // thread while it blocks (the worker's exit is an event, and no event runs here): one not
      // started in time is given up on, and so is one that started and went silent.
      if (raised < STARTED && now - started > startWithinMs) return undefined;
      if (now > giveUpAt) return undefined;
      Atomics.wait(signal, 0, raised, 100);
    }
    const shape = corpusShape(corpus);
    for (;;) {
      const result = receiveMessageOnPort(port1)?.message as Result | undefined;
      if (!result?.ok || result.shape !== shape) return undefined;
      // Links not asked for (the caller had its own) are passed over.
      if (wanted in result) return result;
    }
  };
  return {
    takeLinks(corpus) {
      const result = next(LINKS_POSTED, corpus, "links");
      if (result && "links" in result) return linksOf(new Map(result.links));
      stop();
      return undefined;
    },
    take(corpus) {
      try {
        const result = next(ACTORS_POSTED, corpus, "actors");
        return result && "actors" in result ? restoreActors(result.actors) : undefined;
      } finally {
        stop();
      }
    },
    stop,
  };
}
