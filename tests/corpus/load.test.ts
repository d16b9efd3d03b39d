import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { corpusDir, GOOD_TXT } from "../helpers.ts";

const reasonFor = (dir: string, file: string) =>
  loadCorpus(dir).problems.find((p) => p.file === file)?.reason;

describe("loadCorpus", () => {
  it("GIVEN the bundled story THEN it loads with its source and no problems", () => {
    const corpus = loadCorpus(new URL("../../corpus", import.meta.url).pathname);
    expect(corpus.problems).toEqual([]);
    const story = corpus.articles.find((a) => a.id === "khamenei-rejects-talks-under-pressure");
    expect(story?.source).toBe("m.economictimes.com");
    expect(story?.title).toBe("Khamenei rejects talks under pressure");
    expect(story?.paragraphs).toHaveLength(5);
    expect(corpus.passages.every((p) => !p.text.startsWith("Original Source"))).toBe(true);
  });

  it("GIVEN a .txt article THEN its last line is the source, not content", () => {
    const corpus = loadCorpus(corpusDir({ "budget-vote.txt": GOOD_TXT }));
    expect(corpus.articles[0]).toMatchObject({
      id: "budget-vote",
      title: "Budget vote",
      source: "Example Wire",
    });
    expect(corpus.passages.map((p) => p.citation)).toEqual([
      "budget-vote ¶1.1",
      "budget-vote ¶2.1",
      "budget-vote ¶2.2",
    ]);
  });

  it("GIVEN a .md article with front matter THEN title, source, url and date are kept", () => {
    const md = `---\ntitle: Council passes budget\nsource: Example Wire\nurl: https://example.com/a\npublished: 2024-03-12\n---\n\n# Budget passes 7-2\n\nThe council approved the budget.\nIt passed 7-2.\n\nThe mayor praised it.\n`;
    const corpus = loadCorpus(corpusDir({ "budget.md": md }));
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles[0]).toMatchObject({
      title: "Council passes budget",
      source: "Example Wire",
      url: "https://example.com/a",
      published: "2024-03-12",
      // The headline is quoted like any sentence, as a plain-text article's first line is.
      paragraphs: [
        "Budget passes 7-2",
        "The council approved the budget. It passed 7-2.",
        "The mayor praised it.",
      ],
    });
  });

  it("GIVEN a .md article with lists THEN each item is a paragraph cited on its own, without its marker", () => {
    const md =
      "# Plan approved\n\n**What the council approved**\n\n- 240 apartments in four buildings\n- 310 parking spaces,\n  24 of them for electric cars\n\n1. A path along the river\n2) A school. It opens in 2027.\n\nThe mayor praised it.\n";
    const corpus = loadCorpus(corpusDir({ "plan.md": md }));
    expect(corpus.problems).toEqual([]);
    expect(corpus.passages.map((p) => [p.citation, p.text])).toEqual([
      ["plan ¶1.1", "Plan approved"],
      ["plan ¶2.1", "**What the council approved**"],
      ["plan ¶3.1", "240 apartments in four buildings"],
      ["plan ¶4.1", "310 parking spaces, 24 of them for electric cars"],
      ["plan ¶5.1", "A path along the river"],
      ["plan ¶6.1", "A school."],
      ["plan ¶6.2", "It opens in 2027."],
      ["plan ¶7.1", "The mayor praised it."],
    ]);
  });

  it.each([
    ["empty.txt", "", "empty file"],
    ["blank.txt", "  \n\n ", "empty file"],
    ["binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), "binary file, not text"],
    ["latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2e]), "not UTF-8 text"],
    [
      "bad-date.md",
      "---\npublished: 12/03/2024\n---\nText here.\n",
      "bad front matter: published must be a date like 2025-03-08",
    ],
    [
      "bad-url.md",
      "---\nurl: not a url\n---\nText here.\n",
      "bad front matter: url must be an absolute http(s) URL",
    ],
    ["bad-yaml.md", "---\ntitle: [unclosed\n---\nText here.\n", "bad front matter:"],
    [
      "unknown-field.md",
      "---\nauthor: Someone\n---\nText here.\n",
      "bad front matter: front matter unknown field author",
    ],
    ["no-text.md", "---\ntitle: Empty body\n---\n\n", "no sentences"],
    ["notes.pdf", "%PDF-1.4", "not an article: only .txt and .md files and glossary.yaml are read"],
  ])(
    "GIVEN %s THEN it is reported with its reason and the good article still loads",
    (file, content, reason) => {
      const dir = corpusDir({ "good.txt": GOOD_TXT, [file]: content });
      const corpus = loadCorpus(dir);
      expect(corpus.articles.map((a) => a.file)).toEqual(["good.txt"]);
      expect(reasonFor(dir, file)).toContain(reason);
    },
  );

  it("GIVEN two articles with one title THEN the second is reported", () => {
    const dir = corpusDir({
      "a.md": "---\ntitle: Same\n---\nOne.\n",
      "b.md": "---\ntitle: Same\n---\nTwo.\n",
    });
    expect(loadCorpus(dir).articles).toHaveLength(1);
    expect(reasonFor(dir, "b.md")).toBe('same title as a.md ("Same")');
  });

  it("GIVEN a symbolic link to a folder (here a loop) THEN it is reported, not walked, and the rest served", () => {
    const dir = corpusDir({ "good.txt": GOOD_TXT });
    mkdirSync(join(dir, "sub"));
    symlinkSync(dir, join(dir, "sub", "loop"));
    const corpus = loadCorpus(dir);
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.problems.map((p) => p.reason)).toContain(
      "a link to a folder: not followed (put the articles in the corpus folder)",
    );
  });

  it("GIVEN a glossary with a bad entry THEN the entry is reported with its line and the good ones kept", () => {
    const glossary =
      "- name: IAEA\n  variants: [U.N. nuclear watchdog]\n- name: ''\n  variants: [x]\n- variants: 3\n";
    const dir = corpusDir({ "good.txt": GOOD_TXT, "glossary.yaml": glossary });
    const corpus = loadCorpus(dir);
    expect(corpus.glossary.map((g) => g.name)).toEqual(["IAEA"]);
    expect(corpus.problems).toEqual([
      { file: "glossary.yaml", reason: "line 3: bad entry: name: name must not be empty" },
      { file: "glossary.yaml", reason: expect.stringMatching(/^line 5: bad entry: /) },
    ]);
  });
});
