// `npm run eval`: every question set, split by split, scored for the project and for a plain BM25
// baseline in the same run, then each part's sets pooled (each question once: the figure a change
// is judged by); `--misses` prints the project's misses too, `--curve` each part's refusal curve.

import { ask } from "../../src/search/ask.ts";
import { plainBm25 } from "./baseline.ts";
import { type Figures, pooled, score, summary } from "./metrics.ts";
import { curveSummary, refusalCurve } from "./refusal-curve.ts";
import { engineFor, evaluate } from "./sets.ts";
import {
  type QuestionSet,
  questionSets,
  readQuestions,
  type Split,
  SQUAD_CORPUS,
  SQUAD_QUESTIONS,
} from "./splits.ts";

const showMisses = process.argv.includes("--misses");
const showCurve = process.argv.includes("--curve");
const only = process.argv.find((a) => a.startsWith("--split="))?.slice("--split=".length);

// The SQuAD article's two parts, and the whole of it as the shared scorer reads it.
const whole: QuestionSet = {
  name: "squad, whole article",
  split: "validation",
  questions: SQUAD_QUESTIONS,
  corpus: SQUAD_CORPUS,
};
const parts = new Map<Split, { project: Figures[]; baseline: Figures[] }>();
for (const set of [...questionSets(), whole]) {
  if (only && set.split !== only) continue;
  const questions = readQuestions(set);
  const project = evaluate(set);
  const bm25 = plainBm25(engineFor(set.corpus).corpus);
  const baseline = score(
    questions.filter((q) => q.command === "ask"),
    (q) => bm25(q.query),
  );
  const part = set === whole ? "train + validation" : set.split;
  console.log(`\n== ${set.name} [${part}] (${questions.length} questions)`);
  console.log(`  newsdesk   ${summary(project)}`);
  console.log(
    `  plain BM25 askHit1=${baseline.askHit1.toFixed(3)} askHit3=${baseline.askHit3.toFixed(3)} askMRR=${baseline.askMRR.toFixed(3)}`,
  );
  if (showMisses) for (const miss of project.misses) console.log(`    ${miss}`);
  if (set === whole) continue;
  const pool = parts.get(set.split) ?? { project: [], baseline: [] };
  pool.project.push(project);
  pool.baseline.push(baseline);
  parts.set(set.split, pool);
}
for (const [split, part] of parts) {
  const project = pooled(part.project);
  const baseline = pooled(part.baseline);
  console.log(
    `\n== all ${split} sets pooled (${project.asked} answerable ask, ${project.whoAsked} who look-ups)`,
  );
  console.log(`  newsdesk   ${summary(project)}`);
  console.log(`  plain BM25 askHit1=${baseline.askHit1.toFixed(3)} askHit3=${baseline.askHit3.toFixed(3)}`);
}

// The answer model's confidence on each part's `ask` questions, answerable and not.
if (showCurve) {
  for (const split of parts.keys()) {
    const answerable: number[] = [];
    const unanswerable: number[] = [];
    for (const set of questionSets().filter((s) => s.split === split)) {
      const { corpus, index } = engineFor(set.corpus);
      for (const q of readQuestions(set)) {
        if (q.command !== "ask") continue;
        const { confidence } = ask(index, q.query, 5, (id) => corpus.passages[id]?.text ?? "");
        (q.answerable ? answerable : unanswerable).push(confidence);
      }
    }
    console.log(`\n== ${split}: ${curveSummary(refusalCurve(answerable, unanswerable))}`);
  }
}
