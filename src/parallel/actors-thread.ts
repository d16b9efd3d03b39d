import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { ActorIndex } from "../actors/extract.ts";
import { restoreActors, type SerializedActors } from "../actors/persist.ts";
import type { Corpus } from "../corpus/types.ts";
import { corpusShape } from "./corpus-shape.ts";

/** Actors being found in another thread, for a corpus folder. */
export interface ActorsThread {
  /**
   * Waits for the actors and returns them when they were found on the same corpus as `corpus`;
   * undefined when the thread failed or saw other files: the caller then finds them itself.
   */
  take(corpus: Corpus): ActorIndex | undefined;
  stop(): void;
}

type Result = { ok: true; shape: string; actors: SerializedActors } | { ok: false; error: string };

/**
 * Starts finding the actors of the corpus in `dir` in a worker thread, so that on a large corpus
 * they are found while the main thread builds the search index (two cores: the cold build
 * takes about as long as the slower of the two instead of both).
 *
 * Synchronous on purpose: opening an engine is synchronous for the CLI, the bot and the tests.
 * The main thread blocks on a shared flag (`Atomics.wait`) and reads the message with
 * `receiveMessageOnPort`, as synckit does.
 */
export function startActorsThread(dir: string): ActorsThread {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = new URL(`./actors-worker${fromSource ? ".ts" : ".js"}`, import.meta.url).href;
  // TypeScript goes through tsx (worker-boot.mjs); the build's dist/actors-worker.js runs as it is.
  const worker = new Worker(fromSource ? new URL("../worker-boot.mjs", import.meta.url) : new URL(entry), {
    workerData: { dir, port: port2, signal, entry },
    transferList: [port2],
  });
  // A main thread that fails (no article loads) must not be kept alive by this one.
  worker.unref();
  worker.on("error", () => {});
  const stop = () => {
    port1.close();
    void worker.terminate();
  };
  return {
    take(corpus) {
      try {
        // threadId turns -1 once the worker has stopped: one that died before setting the flag
        // (it could not even start) must not leave the main thread waiting for ever.
        while (Atomics.load(signal, 0) === 0 && worker.threadId !== -1) Atomics.wait(signal, 0, 0, 100);
        const result = receiveMessageOnPort(port1)?.message as Result | undefined;
        if (!result?.ok || result.shape !== corpusShape(corpus)) return undefined;
        return restoreActors(result.actors);
      } finally {
        stop();
      }
    },
    stop,
  };
}
