// One share of the neighbour search, started by `nearestRowsParallel`.
import { parentPort, workerData } from "node:worker_threads";
import { decodeVectorTable } from "../../src/language/vector-table.ts";
import { nearestRows } from "./neighbours.ts";

const { tableBytes, queries, k } = workerData as { tableBytes: Uint8Array; queries: number[]; k: number };
parentPort?.postMessage([...nearestRows(decodeVectorTable(tableBytes), queries, k)]);
