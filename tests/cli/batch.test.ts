import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusDir, GOOD_TXT } from "../helpers.ts";

const root = new URL("../..", import.meta.url).pathname;
const story = readFileSync(
  new URL("../../corpus/khamenei-rejects-talks-under-pressure.txt", import.meta.url),
  "utf8",
);

function newsdesk(args: string[], input = "") {
  return spawnSync("npm", ["run", "-s", "newsdesk", "--", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("newsdesk batch (a real process)", () => {
  it("GIVEN JSON lines with a malformed one THEN one line out per line in, in order, and the batch goes on", () => {
    const input = [
      JSON.stringify({ id: "a", command: "ask", query: "What did Grossi warn about?" }),
      "{not json",
      JSON.stringify({ id: "b", command: "who", query: "Grossi" }),
      JSON.stringify({ id: "c", command: "shout", query: "x" }),
      JSON.stringify({ id: "d", command: "ask", query: "Who won the 2022 World Cup?" }),
    ].join("\n");
    const run = newsdesk(["batch"], `${input}\n`);
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: "a", answered: true });
    expect(lines[0].passages[0].text).toContain("time is running out for diplomatic efforts");
    for (const p of lines[0].passages) {
      expect(Object.keys(p).sort()).toEqual(["citation", "score", "text"]);
      expect(story).toContain(p.text);
      expect(p.citation).toMatch(/^khamenei-rejects-talks-under-pressure ¶\d+\.\d+$/);
    }
    expect(lines[1]).toMatchObject({ id: null, line: 2, error: "not valid JSON" });
    expect(lines[2]).toMatchObject({
      id: "b",
      answered: true,
      actor: { name: expect.stringContaining("Grossi") },
    });
    expect(lines[3]).toMatchObject({ id: "c", line: 4, error: expect.stringContaining("command") });
    expect(lines[4]).toMatchObject({ id: "d", answered: false });
  });

  it("GIVEN a corpus with a bad file THEN check names it and exits non-zero", () => {
    const dir = new URL("../fixtures/corpus-extra", import.meta.url).pathname;
    expect(newsdesk(["check", "--corpus", dir]).status).toBe(0);
    const bad = newsdesk(["check", "--corpus", corpusDir({ "good.txt": GOOD_TXT, "empty.txt": "" })]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("empty.txt: empty file");
    expect(bad.stdout).toContain("1 article, ");
  });

  it("GIVEN ask with --json THEN the reply is printed as JSON", () => {
    const run = newsdesk(["ask", "--json", "what did the IAEA chief warn about?"]);
    const reply = JSON.parse(run.stdout);
    expect(reply).toMatchObject({ kind: "answer", answered: true });
    expect(reply.passages[0].text).toContain("Rafael Grossi");
  });
});
