import { type MessagePort, workerData } from "node:worker_threads";
import { beginActors } from "../actors/extract.ts";
import { serializeActors } from "../actors/persist.ts";
import { loadCorpus } from "../corpus/load.ts";
import { corpusShape } from "./corpus-shape.ts";
import { ACTORS_POSTED, LINKS_POSTED, STARTED } from "./signals.ts";

/**
 * Worker half of `actors-thread.ts`: loads the corpus itself (reading the files again costs less
 * than copying a loaded corpus between threads) and finds its actors. Two messages go through
 * the port, each followed by a raise of the shared flag that the main thread waits on
 * synchronously: the pronoun links as soon as they are known (the search index waits for them),
 * then the whole actor index.
 */
const { dir, port, signal } = workerData as { dir: string; port: MessagePort; signal: Int32Array };
const raise = (value: number) => {
  Atomics.store(signal, 0, value);
  Atomics.notify(signal, 0);
};
// Running: from here on every failure is caught and posted (a worker that cannot even load
// this module never says so, and the main thread stops waiting for it after a while).
raise(STARTED);
try {
  const corpus = loadCorpus(dir);
  const shape = corpusShape(corpus);
  const begun = beginActors(corpus);
  port.postMessage({ ok: true, shape, links: [...begun.links] });
  raise(LINKS_POSTED);
  const actors = serializeActors(begun.finish(), corpus);
  port.postMessage({ ok: true, shape, actors });
} catch (error) {
  port.postMessage({ ok: false, error: (error as Error).message });
} finally {
  raise(ACTORS_POSTED);
}
