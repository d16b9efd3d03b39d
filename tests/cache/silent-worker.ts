// An actors' worker that starts and then dies without a word, as one that runs out of memory does:
// no message, no flag, no `finally`.
import { workerData } from "node:worker_threads";
import { STARTED } from "../../src/parallel/signals.ts";

const { signal } = workerData as { signal: Int32Array };
Atomics.store(signal, 0, STARTED);
Atomics.notify(signal, 0);
process.exit(1);
