import { type MessagePort, workerData } from "node:worker_threads";
import { actorsOf } from "../actors/extract.ts";
import { serializeActors } from "../actors/persist.ts";
import { loadCorpus } from "../corpus/load.ts";
import { corpusShape } from "./corpus-shape.ts";

/**
 * Worker half of `actors-thread.ts`: loads the corpus itself (reading the files again costs less
 * than copying a loaded corpus between threads) and finds its actors. The result goes through
 * the port, then the shared flag wakes the main thread, which waits on it synchronously.
 */
const { dir, port, signal } = workerData as { dir: string; port: MessagePort; signal: Int32Array };
try {
  const corpus = loadCorpus(dir);
  const actors = serializeActors(actorsOf(corpus), corpus);
  port.postMessage({ ok: true, shape: corpusShape(corpus), actors });
} catch (error) {
  port.postMessage({ ok: false, error: (error as Error).message });
} finally {
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}
