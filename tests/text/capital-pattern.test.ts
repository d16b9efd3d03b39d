import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CapitalPattern } from "../../src/text/capital-pattern.ts";

// The actors' patterns: a lookbehind, runs with "of" inside, initialisms.
const PATTERNS = [
  /(?<![\p{L}\p{N}.])\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}|\s+\p{Lu}\.){1,4}(?![\p{L}\p{N}])/u,
  /\p{Lu}[\p{L}\p{M}.&’'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*(?:\p{Lu}[\p{L}\p{M}.&’'-]*|\d+))*/u,
  /(?<![\p{L}\p{N}])(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,}[\p{Lu}\d]*)(?![\p{L}\p{N}])/u,
];

const TEXTS = [
  "Priya Raman, leader of the dockworkers' union, told the Federation of Rail and Transport Workers (FRTW).",
  "Éloïse Ångström met Øyvind Ñúñez and ΑΘΗΝΑ Παπαδοπούλου in Zürich; the U.S. and U.N. said so.",
  "aBc Def Ghi, xYZ QRS; 𝐀𝐁 Ωmega Σigma — Dr. J. R. Smith Jr. of the I.A.E.A. in 2024",
  "",
  "no capitals here at all.",
];

/** Every article and glossary of the repository's corpora, as more text to compare on. */
function corpusTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(txt|md)$/.test(entry.name)) out.push(readFileSync(path, "utf8"));
    }
  };
  for (const dir of ["corpus", "tests/eval/corpora"]) walk(dir);
  return out;
}

describe("CapitalPattern", () => {
  it("gives the matches matchAll gives, at the same offsets", () => {
    const texts = [...TEXTS, ...corpusTexts()];
    expect(texts.length).toBeGreaterThan(20);
    for (const pattern of PATTERNS) {
      const global = new RegExp(pattern.source, `${pattern.flags}g`);
      const capital = new CapitalPattern(pattern);
      for (const text of texts) {
        const expected = [...text.matchAll(global)].map((m) => [m.index, m[0]]);
        expect([...capital.matches(text)].map((m) => [m.index, m[0]])).toEqual(expected);
      }
    }
  });

  it("can be used again inside its own loop", () => {
    const run = new CapitalPattern(/\p{Lu}\p{Ll}+/u);
    const pairs: string[] = [];
    for (const a of run.matches("Alpha Beta"))
      for (const b of run.matches("Gamma Delta")) pairs.push(`${a[0]}-${b[0]}`);
    expect(pairs).toEqual(["Alpha-Gamma", "Alpha-Delta", "Beta-Gamma", "Beta-Delta"]);
  });
});
