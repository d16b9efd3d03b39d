import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { corpusFingerprint } from "../../src/cache/store.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { corpusDir, GOOD_TXT } from "../helpers.ts";

/**
 * An article file is untrusted input: whoever can put a file in the corpus folder (a contributor's
 * pull request, a synced folder) must not run code in the bot or make it quote files from outside
 * the folder. Each case here worked before this suite existed: `---js` front matter ran JavaScript
 * with `require` in scope, and links out of the folder were quoted word for word.
 */
const ROOT = new URL("../..", import.meta.url).pathname;

/** Front matter that leaves a file behind if it is ever evaluated as code. */
function payload(language: string, marker: string): string {
  const code =
    language === "json"
      ? '{"title": "Harmless"}'
      : `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"); ({ title: "Pwned" })`;
  return `---${language}\n${code}\n---\nThe council approved the budget on Monday.\n`;
}

function check(dir: string, env: Record<string, string> = {}) {
  return spawnSync("npm", ["run", "-s", "newsdesk", "--", "check", "--corpus", dir], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
    env: { ...process.env, NEWSDESK_CACHE_DIR: mkdtempSync(join(tmpdir(), "newsdesk-cache-")), ...env },
  });
}

describe("front matter is data", () => {
  for (const language of ["js", "javascript", "coffee", "json"]) {
    it(`GIVEN ---${language} front matter THEN nothing runs and the file is reported`, () => {
      const marker = join(mkdtempSync(join(tmpdir(), "newsdesk-marker-")), "ran");
      const dir = corpusDir({ "good.txt": GOOD_TXT, "evil.md": payload(language, marker) });
      const corpus = loadCorpus(dir);
      expect(existsSync(marker), "the front matter was evaluated").toBe(false);
      expect(corpus.articles.map((a) => a.file)).toEqual(["good.txt"]);
      expect(corpus.problems).toEqual([
        { file: "evil.md", reason: "bad front matter: only YAML front matter is read" },
      ]);
    });
  }

  it("GIVEN ---yaml or plain --- THEN the front matter is read as before", () => {
    const dir = corpusDir({
      "a.md": "---yaml\ntitle: First\n---\nThe council met on Monday.\n",
      "b.md": "---\ntitle: Second\npublished: 2025-03-08\n---\nThe mayor spoke on Tuesday.\n",
    });
    const corpus = loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((a) => [a.title, a.published])).toEqual([
      ["First", undefined],
      ["Second", "2025-03-08"],
    ]);
  });

  it("GIVEN a YAML tag that names code (!!js/function) THEN the file is reported, not loaded", () => {
    const dir = corpusDir({
      "good.txt": GOOD_TXT,
      "tagged.md": '---\ntitle: !!js/function "function () { return 1 }"\n---\nText here.\n',
    });
    const corpus = loadCorpus(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(["good.txt"]);
    expect(corpus.problems[0]?.file).toBe("tagged.md");
    expect(corpus.problems[0]?.reason).toMatch(/^bad front matter: .*tag/i);
  });

  it("GIVEN a glossary that opens with ---js or uses a code tag THEN nothing runs and it is reported", () => {
    const marker = join(mkdtempSync(join(tmpdir(), "newsdesk-marker-")), "ran");
    const js = `---js\nrequire("fs").writeFileSync(${JSON.stringify(marker)}, "ran")\n---\n`;
    const dir = corpusDir({ "good.txt": GOOD_TXT, "glossary.yaml": js });
    const first = loadCorpus(dir);
    expect(existsSync(marker)).toBe(false);
    expect(first.glossary).toEqual([]);
    expect(first.problems.map((p) => p.file)).toEqual(["glossary.yaml"]);

    writeFileSync(join(dir, "glossary.yaml"), '- name: !!js/function "function () {}"\n  variants: [x]\n');
    const second = loadCorpus(dir);
    expect(second.glossary).toEqual([]);
    expect(second.problems.map((p) => p.file)).toEqual(["glossary.yaml"]);
  });

  it("GIVEN ---js front matter THEN newsdesk check exits 1 naming the file and the reason", () => {
    const marker = join(mkdtempSync(join(tmpdir(), "newsdesk-marker-")), "ran");
    const dir = corpusDir({ "good.txt": GOOD_TXT, "evil.md": payload("js", marker) });
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("evil.md: bad front matter: only YAML front matter is read");
    expect(existsSync(marker)).toBe(false);
  }, 40_000);
});

describe("an article's url cannot break out of its link", () => {
  it.each([
    ["https://example.com/a) [click here](https://evil.example", "brackets"],
    ["https://example.com/a b", "spaces"],
    ["javascript:alert(1)", "not http"],
    ["https://example.com/a>", "brackets"],
  ])("GIVEN url %s THEN the article is reported, not served", (url) => {
    const dir = corpusDir({
      "good.txt": GOOD_TXT,
      "link.md": `---\nurl: "${url}"\n---\nThe mayor spoke on Tuesday.\n`,
    });
    const corpus = loadCorpus(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(["good.txt"]);
    expect(corpus.problems[0]?.reason).toMatch(/^bad front matter: url must be an absolute http\(s\) URL/);
  });
});

describe("the corpus folder is a boundary", () => {
  const OUT = "a link out of the corpus folder: not read (CORPUS_FOLLOW_LINKS=true allows it)";
  afterEach(() => {
    delete process.env.CORPUS_FOLLOW_LINKS;
  });

  function withSecret(): { dir: string; secret: string } {
    const outside = mkdtempSync(join(tmpdir(), "newsdesk-outside-"));
    const secret = join(outside, ".env");
    writeFileSync(secret, "DISCORD_TOKEN=secret-token-value. It must never be quoted.\n");
    return { dir: corpusDir({ "good.txt": GOOD_TXT }), secret };
  }

  it("GIVEN links to /etc/passwd, a .env outside and /proc/self/status THEN none is read and each is reported", () => {
    const { dir, secret } = withSecret();
    symlinkSync("/etc/passwd", join(dir, "passwd.txt"));
    symlinkSync(secret, join(dir, "env.txt"));
    symlinkSync("/proc/self/status", join(dir, "status.txt"));
    const corpus = loadCorpus(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(["good.txt"]);
    expect(corpus.passages.some((p) => /root:|secret-token|VmRSS/.test(p.text))).toBe(false);
    expect(corpus.problems).toEqual([
      { file: "env.txt", reason: OUT },
      { file: "passwd.txt", reason: OUT },
      { file: "status.txt", reason: OUT },
    ]);
  });

  it("GIVEN a link to a folder such as /usr THEN it is not walked and loading stays quick", () => {
    const dir = corpusDir({ "good.txt": GOOD_TXT });
    symlinkSync("/usr", join(dir, "usr"));
    const started = performance.now();
    const corpus = loadCorpus(dir);
    corpusFingerprint(dir);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(corpus.articles.map((a) => a.file)).toEqual(["good.txt"]);
    expect(corpus.problems).toEqual([
      { file: "usr", reason: "a link to a folder: not followed (put the articles in the corpus folder)" },
    ]);
  });

  it("GIVEN a link to another article inside the folder THEN it is read", () => {
    const dir = corpusDir({ "good.txt": GOOD_TXT });
    mkdirSync(join(dir, "archive"));
    writeFileSync(join(dir, "archive", "old.txt"), "The old council met in 2019. It approved nothing.\n");
    symlinkSync(join(dir, "archive", "old.txt"), join(dir, "latest.txt"));
    const corpus = loadCorpus(dir);
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((a) => a.file)).toEqual(["archive/old.txt", "good.txt", "latest.txt"]);
  });

  it("GIVEN CORPUS_FOLLOW_LINKS=true THEN a link to a file outside is read, a link to a folder still not walked", () => {
    const outside = mkdtempSync(join(tmpdir(), "newsdesk-outside-"));
    writeFileSync(join(outside, "shared.txt"), "The shared article says the vote was close.\n");
    const dir = corpusDir({ "good.txt": GOOD_TXT });
    symlinkSync(join(outside, "shared.txt"), join(dir, "shared.txt"));
    symlinkSync(outside, join(dir, "more"));
    process.env.CORPUS_FOLLOW_LINKS = "true";
    const corpus = loadCorpus(dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(["good.txt", "shared.txt"]);
    expect(corpus.problems.map((p) => p.file)).toEqual(["more"]);
  });

  it("GIVEN a link out of the folder THEN newsdesk check exits 1 naming the file and the reason", () => {
    const { dir, secret } = withSecret();
    symlinkSync(secret, join(dir, "notes.txt"));
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`notes.txt: ${OUT}`);
    expect(run.stdout).not.toContain("secret-token");
  }, 40_000);
});
