// Starts a worker thread on `workerData.entry`; a TypeScript entry is loaded through tsx's loader in this thread.
import { workerData } from "node:worker_threads";

if (workerData.entry.endsWith(".ts")) {
  const { register } = await import("tsx/esm/api");
  register();
}
await import(workerData.entry);
