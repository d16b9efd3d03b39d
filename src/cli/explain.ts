import { ConfigError } from "../config.ts";
import { StoreError } from "../feedback/store.ts";
import { CorpusUnusableError } from "../open.ts";
import { terminalSafe } from "../render/terminal.ts";
import { UserError } from "../reply/errors.ts";

/**
 * Prints an expected failure plainly and returns its exit code; anything else is rethrown.
 * Its own module, not the CLI's: `src/main.ts` needs it, and the production build bundles what main
 * imports into one file, where the CLI's "am I the entry point" check would be true and start the CLI too.
 */
export function explain(error: unknown): number {
  if (
    error instanceof UserError ||
    error instanceof ConfigError ||
    error instanceof CorpusUnusableError ||
    error instanceof StoreError
  ) {
    process.stderr.write(`${terminalSafe(error.message, { lines: true })}\n`);
    return 1;
  }
  throw error;
}
