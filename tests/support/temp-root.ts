import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Every temporary folder a test run makes — corpus folders, caches, databases' data, the folders
 * of the bots it spawns — goes under one folder that is removed when the run ends. Tests make
 * their folders with `mkdtempSync(join(tmpdir(), …))`, and `tmpdir()` reads TMPDIR on each call,
 * which the workers and their child processes inherit; so no test has to remember to clean up,
 * and a run no longer leaves a hundred folders in /tmp.
 *
 * The folder may be passed through (not listed) by other users: the PostgreSQL tests run the
 * server as its own user when started as root, and it must reach its data folder inside. Each
 * folder a test makes is still private (mkdtemp makes them 0700).
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "newsdesk-tests-"));
  chmodSync(root, 0o711);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
