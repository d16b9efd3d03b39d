import { defineConfig } from "vitest/config";

/**
 * The fast loop (`npm run test:unit`, well under 10 s): tests of one module or a few, over the
 * story or small inputs — no processes, no Discord stand-in, no database server, no corpus of
 * hundreds of articles, no evaluation sets. They share one module graph (`isolate: false`): loading
 * the word data and the language modules once is most of what made them slow.
 */
const UNIT = [
  "tests/architecture.test.ts",
  "tests/config.test.ts",
  "tests/actors/{fixtures,forms,positions-matcher,roles,story}.test.ts",
  "tests/bot/{commands,components,cooldown,feedback,http-interaction,respond,router,signature}.test.ts",
  "tests/corpus/*.test.ts",
  "tests/feedback/*.test.ts",
  "tests/language/*.test.ts",
  "tests/render/*.test.ts",
  "tests/robustness/{hostile-output,replay-cache}.test.ts",
  "tests/search/*.test.ts",
  "tests/text/*.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    globalSetup: ["tests/support/temp-root.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: UNIT, isolate: false } },
      // Everything else: end-to-end, processes, databases, large corpora, evaluation, robustness.
      { extends: true, test: { name: "integration", include: ["tests/**/*.test.ts"], exclude: UNIT } },
    ],
  },
});
