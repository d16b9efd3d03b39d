import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/text/analyze.ts";

// The data files are built, never edited: `npm run build:lexicon` writes them with this manifest.
const dataDir = new URL("../../src/language/data/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", dataDir), "utf8")) as {
  files: Record<string, { bytes: number; sha256: string }>;
  stemProbe: Record<string, string>;
};

describe("lexicon data manifest", () => {
  it.each(Object.entries(manifest.files))("%s matches its manifest entry", (name, expected) => {
    const bytes = readFileSync(new URL(name, dataDir));
    expect(bytes.length).toBe(expected.bytes);
    expect(
      createHash("sha256").update(bytes).digest("hex"),
      `${name} was edited: rebuild with npm run build:lexicon`,
    ).toBe(expected.sha256);
  });

  it("the tokenizer still gives the stems the data are keyed by", () => {
    const drifted = Object.entries(manifest.stemProbe).filter(
      ([word, term]) => tokenize(word)[0]?.term !== term,
    );
    expect(drifted, "the stemmer changed: rebuild the data with npm run build:lexicon").toEqual([]);
  });
});
