import { loadCorpus } from "./corpus/load.ts";
import type { CorpusProblem } from "./corpus/types.ts";
import { createEngine, type Engine } from "./engine.ts";

/** The corpus could not be served at all: no article loaded. */
export class CorpusUnusableError extends Error {
  override name = "CorpusUnusableError";
}

/**
 * Loads the corpus in `dir` and builds the engine over it. Bad files are passed to `report`
 * and skipped; throws only when not a single article loads.
 */
export function openEngine(dir: string, report: (problem: CorpusProblem) => void = () => {}): Engine {
  let corpus: ReturnType<typeof loadCorpus>;
  try {
    corpus = loadCorpus(dir);
  } catch (error) {
    throw new CorpusUnusableError(`Cannot read the corpus folder ${dir}: ${(error as Error).message}`);
  }
  for (const problem of corpus.problems) report(problem);
  if (corpus.articles.length === 0) {
    throw new CorpusUnusableError(`No article could be loaded from ${dir}; add a .txt or .md article.`);
  }
  return createEngine(corpus);
}

export function formatProblem(problem: CorpusProblem): string {
  return `${problem.file}: ${problem.reason}`;
}
