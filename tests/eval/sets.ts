import { loadCorpus } from "../../src/corpus/load.ts";
import { createEngine, type Engine } from "../../src/engine.ts";
import { UserError } from "../../src/reply/errors.ts";
import { type Figures, score } from "./metrics.ts";
import { type QuestionSet, readQuestions } from "./splits.ts";

const engines = new Map<string, Engine>();

/** One engine per corpus folder, built once per process (the eval reads each corpus many times). */
export function engineFor(corpusDir: string): Engine {
  let engine = engines.get(corpusDir);
  if (!engine) {
    engine = createEngine(loadCorpus(corpusDir));
    engines.set(corpusDir, engine);
  }
  return engine;
}

/** The scorer's figures for one question set, computed in process. */
export function evaluate(set: QuestionSet): Figures {
  const engine = engineFor(set.corpus);
  return score(readQuestions(set), (q) => {
    try {
      return q.command === "ask" ? engine.ask(q.query) : engine.who(q.query);
    } catch (error) {
      if (error instanceof UserError) return { answered: false, passages: [] };
      throw error;
    }
  });
}
