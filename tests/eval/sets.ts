import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openEngine } from "../../src/open.ts";
import { UserError } from "../../src/reply/errors.ts";
import { type Figures, type Question, score } from "./metrics.ts";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
export const STORY_CORPUS = here("../../corpus");
export const EXTRA_CORPUS = here("../fixtures/corpus-extra");
export const HOLDOUT_CORPUS = here("../fixtures/corpus-holdout");

/** Each question set with the corpus it is asked of. The mixed one puts all articles in one folder. */
export function evaluationSets(): Array<{ name: string; questions: string; corpus: string }> {
  const mixed = mkdtempSync(join(tmpdir(), "newsdesk-eval-"));
  cpSync(STORY_CORPUS, mixed, { recursive: true });
  cpSync(EXTRA_CORPUS, mixed, { recursive: true });
  return [
    { name: "story", questions: here("story.jsonl"), corpus: STORY_CORPUS },
    { name: "extra", questions: here("extra.jsonl"), corpus: EXTRA_CORPUS },
    { name: "story+extra, story questions", questions: here("story.jsonl"), corpus: mixed },
    { name: "story+extra, extra questions", questions: here("extra.jsonl"), corpus: mixed },
    // Written by someone who had not seen the retrieval code, to check that it holds on new articles.
    { name: "holdout", questions: here("holdout.jsonl"), corpus: HOLDOUT_CORPUS },
  ];
}

export function readQuestions(path: string): Question[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Question);
}

export function evaluate(questionsPath: string, corpusDir: string): Figures {
  const engine = openEngine(corpusDir);
  return score(readQuestions(questionsPath), (q) => {
    try {
      return q.command === "ask" ? engine.ask(q.query) : engine.who(q.query);
    } catch (error) {
      if (error instanceof UserError) return { answered: false, passages: [] };
      throw error;
    }
  });
}
