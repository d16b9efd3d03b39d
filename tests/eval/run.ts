// `npm run eval`: scores the project's own question sets and prints the misses.

import { summary } from "./metrics.ts";
import { evaluate, evaluationSets } from "./sets.ts";

const quiet = process.argv.includes("--quiet");
for (const set of evaluationSets()) {
  const figures = evaluate(set.questions, set.corpus);
  console.log(`\n== ${set.name}\n${summary(figures)}`);
  if (!quiet) for (const miss of figures.misses) console.log(`  ${miss}`);
}
