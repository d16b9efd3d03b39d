import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Every source file under `dir`, as a path from the project root with forward slashes. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|mts|mjs|js)$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

// import … from "x", export … from "x", import "x", import("x"), new URL("x", import.meta.url).
const SPECIFIERS = [
  /^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gm,
  /^\s*import\s+["']([^"']+)["']/gm,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  /\bnew URL\(\s*["'`]([^"'`$]+)["'`]\s*,\s*import\.meta\.url\s*\)/g,
];

/** The project files a source file imports (paths from the root); packages and node: modules left out. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  const out = new Set<string>();
  for (const pattern of SPECIFIERS) {
    for (const m of text.matchAll(pattern)) {
      const specifier = m[1] as string;
      if (!specifier.startsWith(".")) continue;
      out.add(
        normalize(join(dirname(file), specifier))
          .split("\\")
          .join("/"),
      );
    }
  }
  return [...out].sort();
}

/** What the bot knows and does, whatever it is asked through. */
const DOMAIN = ["src/corpus/", "src/language/", "src/text/", "src/search/", "src/actors/", "src/reply/"];
/** How it is asked (interfaces) and what it runs on (cache, threads, files, environment). */
const OUTSIDE = [
  "src/cli/",
  "src/render/",
  "bot/",
  "commands/",
  "src/cache/",
  "src/parallel/",
  "src/open.ts",
  "src/live.ts",
  "src/live-worker.ts",
  "src/main.ts",
  "src/config.ts",
  "src/engine.ts",
  "src/worker-boot.mjs",
];
/** Word knowledge sits under everything that reads text: it imports no search, actors or reply. */
const ABOVE_LANGUAGE = ["src/search/", "src/actors/", "src/reply/", "src/corpus/"];

/**
 * Imports that break the rule today, each to be removed rather than added to: the test fails when
 * one is fixed (take it off the list) as well as when a new one appears.
 * - autocomplete.ts cuts choices to Discord's limits (25 choices, 100 characters) itself.
 */
const KNOWN_VIOLATIONS = ["src/actors/autocomplete.ts → src/render/limits.ts"];

const inAny = (path: string, prefixes: string[]) => prefixes.some((p) => path === p || path.startsWith(p));

describe("architecture", () => {
  const files = sources("src");

  it("GIVEN the source tree THEN its imports are read (a check that the test sees anything)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(importsOf("src/search/query.ts")).toContain("src/language/synonyms.ts");
  });

  it("GIVEN the domain THEN it imports no interface, cache or adapter", () => {
    const violations = files
      .filter((f) => inAny(f, DOMAIN))
      .flatMap((f) =>
        importsOf(f)
          .filter((target) => inAny(target, OUTSIDE))
          .map((t) => `${f} → ${t}`),
      );
    expect(violations).toEqual(KNOWN_VIOLATIONS);
  });

  it("GIVEN src/language THEN it imports only word knowledge and text analysis", () => {
    const violations = files
      .filter((f) => f.startsWith("src/language/"))
      .flatMap((f) =>
        importsOf(f)
          .filter((t) => inAny(t, [...ABOVE_LANGUAGE, ...OUTSIDE]))
          .map((t) => `${f} → ${t}`),
      );
    expect(violations).toEqual([]);
  });

  // Synonyms, typo tolerance, dates and titles are defined in src/language and nowhere else.
  const WORD_KNOWLEDGE: Array<[string, RegExp]> = [
    [
      "a synonym or topic list, or its look-up",
      /\b(?:const|let|var|function)\s+(?:SYNONYM_GROUPS|TOPIC_NEIGHBOURS|PHRASAL_VERBS|COMMON_ACRONYMS|synonymStems|topicNeighbourStems|synonymsByStem)\b/,
    ],
    [
      "a typo allowance or distance",
      /\b(?:const|let|var|function)\s+(?:allowedTypos|typoDistance)\b|\.length\s*>=?\s*\d+\s*\?\s*2\s*:\s*1\b|\.length\s*<\s*\d+\s*\?\s*0\s*:/,
    ],
    [
      "a date finder or a list of months",
      /\b(?:const|let|var|function)\s+(?:findTimes|statedDates|MONTHS?)\b|January|\bSept\b/,
    ],
    ["a list of titles", /\b(?:const|let|var)\s+(?:TITLES|TITLE_ABBREVIATION|ABBREVIATIONS)\b|\bMrs\b/],
  ];

  it.each(WORD_KNOWLEDGE)("GIVEN src/ outside src/language THEN none defines %s", (_what, pattern) => {
    const found = files
      .filter((f) => !f.startsWith("src/language/"))
      .filter((f) => pattern.test(readFileSync(join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
  });
});
