import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { corpusDir, GOOD_TXT } from "../helpers.ts";

/**
 * Corpus faults not covered by tests/corpus/load.test.ts (a 10 MB file, a FIFO, a dangling link,
 * a file without read permission), then every fault at once: each reported by name and reason,
 * the good article served, and `newsdesk check` exiting 1. A FIFO used to hang loading for ever,
 * so everything that reads a FIFO runs in a child process with a timeout.
 */
const ROOT = new URL("../..", import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;

function mkfifo(path: string): void {
  const made = spawnSync("mkfifo", [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

/** `npm run newsdesk -- check --corpus dir` as a real process, bounded. */
function check(dir: string) {
  return spawnSync("npm", ["run", "-s", "newsdesk", "--", "check", "--corpus", dir], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, NEWSDESK_CACHE_DIR: mkdtempSync(join(tmpdir(), "newsdesk-cache-")) },
  });
}

/** Every fault the issue names, next to one good article. */
const FAULTS: Record<string, string> = {
  "empty.txt": "empty file",
  "binary.txt": "binary file, not text",
  "latin1.txt": "not UTF-8 text",
  "huge.txt": "too large (over 5 MB)",
  "bad-front-matter.md": "bad front matter: published must be a date",
  "same-title.md": 'same title as good.md ("Budget vote")',
  "glossary.yaml": "line 1: bad entry: name: name must not be empty",
  "pipe.txt": "not a regular file",
  "dangling.txt": "unreadable (ENOENT)",
  "sub/loop": "a link to a folder: not followed",
};

function faultyCorpus(): string {
  const dir = corpusDir({
    "good.md": "---\ntitle: Budget vote\n---\nThe council approved the budget on Monday. It passed 7-2.\n",
    "empty.txt": "",
    "binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
    "latin1.txt": new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2e]),
    "bad-front-matter.md": "---\npublished: 12/03/2024\n---\nText here.\n",
    "same-title.md": "---\ntitle: Budget vote\n---\nAnother text.\n",
    "glossary.yaml": "- name: ''\n  variants: [x]\n- name: Council\n  variants: [city council]\n",
  });
  writeFileSync(join(dir, "huge.txt"), `${"The council met again. ".repeat((10 * 1024 * 1024) / 23)}\n`);
  mkfifo(join(dir, "pipe.txt"));
  symlinkSync(join(dir, "no-such-file.txt"), join(dir, "dangling.txt"));
  mkdirSync(join(dir, "sub"));
  symlinkSync(dir, join(dir, "sub", "loop"));
  return dir;
}

describe("corpus faults", () => {
  it("GIVEN a 10 MB article THEN it is reported as too large and the rest served", () => {
    const dir = corpusDir({ "good.txt": GOOD_TXT });
    writeFileSync(join(dir, "huge.txt"), "x".repeat(10 * 1024 * 1024));
    const corpus = loadCorpus(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(["good.txt"]);
    expect(corpus.problems).toEqual([{ file: "huge.txt", reason: "too large (over 5 MB)" }]);
  });

  it("GIVEN a dangling symbolic link THEN it is reported as unreadable and the rest served", () => {
    const dir = corpusDir({ "good.txt": GOOD_TXT });
    symlinkSync(join(dir, "gone.txt"), join(dir, "dangling.txt"));
    const corpus = loadCorpus(dir);
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.problems).toEqual([{ file: "dangling.txt", reason: "unreadable (ENOENT)" }]);
  });

  it.skipIf(isRoot)(
    "GIVEN a file without read permission THEN it is reported as unreadable (EACCES) [skipped as root: root reads a chmod-000 file]",
    () => {
      const dir = corpusDir({ "good.txt": GOOD_TXT, "secret.txt": GOOD_TXT.replace("budget", "tax") });
      chmodSync(join(dir, "secret.txt"), 0o000);
      const corpus = loadCorpus(dir);
      expect(corpus.articles.map((a) => a.file)).toEqual(["good.txt"]);
      expect(corpus.problems).toEqual([{ file: "secret.txt", reason: "unreadable (EACCES)" }]);
    },
  );
  // As root (these tests' container) chmod 000 does not stop reading; the FIFO and the dangling link
  // are the unreadable entries that mean something there.

  it("GIVEN a FIFO named like an article THEN it is reported and loading does not block on it", () => {
    const dir = corpusDir({ "good.txt": GOOD_TXT });
    mkfifo(join(dir, "pipe.txt"));
    // In a child process: before the fix, reading the FIFO blocked for ever.
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import("${ROOT}src/corpus/load.ts").then(m => console.log(JSON.stringify(m.loadCorpus(${JSON.stringify(dir)}).problems)))`,
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 15_000 },
    );
    expect(run.signal, "loading the corpus blocked on the FIFO").toBeNull();
    expect(JSON.parse(run.stdout)).toEqual([
      { file: "pipe.txt", reason: "not a regular file (a pipe, socket or device)" },
    ]);
  });

  it("GIVEN every fault at once THEN newsdesk check names each with its reason, serves the good article and exits 1", () => {
    const dir = faultyCorpus();
    const run = check(dir);
    expect(run.signal, `check timed out:\n${run.stderr}`).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^1 article, 2 sentences, \d+ problems/);
    const reported = run.stderr.split("\n").filter((l) => l.startsWith("corpus: "));
    for (const [file, reason] of Object.entries(FAULTS)) {
      expect(
        reported.some((l) => l.startsWith(`corpus: ${file}: `) && l.includes(reason)),
        `${file}: ${reason}`,
      ).toBe(true);
    }
    expect(reported).toHaveLength(Object.keys(FAULTS).length);
  }, 40_000);
});
