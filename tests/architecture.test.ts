import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** A small tree laid out like the project's, with imports that break the layers on purpose. */
const BAD_FIXTURE = fileURLToPath(new URL("./fixtures/architecture", import.meta.url));

/**
 * The layers, lowest first, and what each may import besides itself. Imports run one way: down.
 * Biome's `noRestrictedImports` (biome.json `overrides`) says the same per folder as it is typed;
 * this test says what patterns cannot: every source file sits in a layer (a new folder is placed,
 * not ignored), the rules are allow-lists rather than lists of what is forbidden, and
 * `new URL("…", import.meta.url)` (worker and data files) counts as an import.
 */
const LAYERS = [
  // Domain: what the bot knows and does, whatever it is asked through.
  { name: "words", paths: ["src/language/", "src/text/"], may: [] },
  {
    name: "domain",
    paths: ["src/corpus/", "src/search/", "src/actors/", "src/reply/", "src/feedback/"],
    may: ["words"],
  },
  { name: "answers", paths: ["src/engine.ts", "src/catalogue.ts"], may: ["words", "domain"] },
  // Adapters: what it runs on (persisted index, threads, files, environment).
  {
    name: "adapters",
    paths: [
      "src/cache/",
      "src/store/",
      "src/parallel/",
      "src/open.ts",
      "src/live.ts",
      "src/live-build.ts",
      "src/live-worker.ts",
      "src/engine-handoff.ts",
      "src/corpus-scan.ts",
      "src/watch-folders.ts",
      "src/config.ts",
      "src/worker-boot.mjs",
    ],
    may: ["words", "domain", "answers"],
  },
  // Interfaces: how it is asked.
  { name: "render", paths: ["src/render/"], may: ["words", "domain", "answers"] },
  { name: "cli", paths: ["src/cli/"], may: ["words", "domain", "answers", "adapters", "render"] },
  // The components (buttons, forms) are of the kit: its presentation puts their buttons under answers.
  {
    name: "discord kit",
    paths: ["discord/kit/", "discord/components/"],
    may: ["words", "domain", "answers", "render"],
  },
  { name: "component list", paths: ["discord/components/index.ts"], may: ["discord kit"] },
  { name: "commands", paths: ["commands/"], may: ["words", "domain", "answers", "render", "discord kit"] },
  {
    name: "command list",
    paths: ["commands/index.ts"],
    may: ["answers", "render", "discord kit", "commands"],
  },
  {
    name: "discord runtime",
    paths: ["bot/"],
    may: [
      "words",
      "domain",
      "answers",
      "adapters",
      "render",
      "discord kit",
      "component list",
      "command list",
    ],
  },
  // The composition root: chooses the interface and starts it.
  {
    name: "composition root",
    paths: ["src/main.ts"],
    may: ["words", "domain", "answers", "adapters", "render", "cli", "discord runtime"],
  },
] as const satisfies ReadonlyArray<{ name: string; paths: readonly string[]; may: readonly string[] }>;

/**
 * Rules inside a layer, which the layers cannot say: what finds the actors (`src/actors/`) does not
 * word or cite a reply; `src/reply/` does that, reading the actors, never the other way round.
 */
const WITHIN_LAYERS: ReadonlyArray<{ from: string; not: string; why: string }> = [
  { from: "src/actors/", not: "src/reply/", why: "actors are found there and worded in src/reply/" },
];

/** Where source files live; everything under them must sit in a layer. */
const SOURCE_ROOTS = ["src", "discord", "commands", "bot"];
const SOURCE = /\.(?:ts|mts|mjs|js)$/;

/** Every source file under `dirs` of `root`, as a path from `root` with forward slashes. */
function sources(root: string, dirs: readonly string[] = SOURCE_ROOTS): string[] {
  return dirs
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => relative(root, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

// import … from "x", export … from "x", import "x", import("x"), new URL("x", import.meta.url).
const SPECIFIERS = [
  /^\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/gm,
  /^\s*import\s+["']([^"']+)["']/gm,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  /\bnew URL\(\s*["'`]([^"'`$]+)["'`]\s*,\s*import\.meta\.url\s*\)/g,
];

/** The project files a source file imports (paths from `root`); packages and node: modules left out. */
function importsOf(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
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

type LayerName = (typeof LAYERS)[number]["name"];

/** The layer of a file: the one whose path names it most closely (commands/index.ts before commands/). */
function layerOf(file: string): LayerName | undefined {
  let best: { name: LayerName; length: number } | undefined;
  for (const layer of LAYERS) {
    for (const path of layer.paths) {
      const hit = path.endsWith("/") ? file.startsWith(path) : file === path;
      if (hit && path.length > (best?.length ?? -1)) best = { name: layer.name, length: path.length };
    }
  }
  return best?.name;
}

/** Every import under `root` that runs against the layers or a rule within one, and every source file in no layer. */
function layerViolations(root: string): string[] {
  const out: string[] = [];
  for (const file of sources(root)) {
    const from = layerOf(file);
    if (!from) {
      out.push(`${file} is in no layer (add it to LAYERS and biome.json)`);
      continue;
    }
    const may: readonly string[] = LAYERS.find((l) => l.name === from)?.may ?? [];
    for (const target of importsOf(root, file)) {
      if (!SOURCE.test(target)) continue; // data files (JSON, vectors) are not code
      const rule = WITHIN_LAYERS.find((r) => file.startsWith(r.from) && target.startsWith(r.not));
      if (rule) {
        out.push(`${file} → ${target} (${rule.from} may not import ${rule.not}: ${rule.why})`);
        continue;
      }
      const to = layerOf(target);
      if (to === from || (to && may.includes(to))) continue;
      out.push(`${file} → ${target} (${from} may not import ${to ?? "a file in no layer"})`);
    }
  }
  return out;
}

describe("architecture", () => {
  const files = sources(ROOT);

  it("GIVEN the source tree THEN its imports are read (a check that the test sees anything)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(importsOf(ROOT, "src/search/query.ts")).toContain("src/language/synonyms.ts");
    expect(importsOf(ROOT, "bot/start.ts")).toContain("commands/index.ts");
  });

  it("GIVEN the source tree THEN every file sits in a layer and every import runs down", () => {
    expect(layerViolations(ROOT)).toEqual([]);
  });

  it("GIVEN a tree with imports that run up THEN each is reported, and a file in no layer too", () => {
    expect(layerViolations(BAD_FIXTURE)).toEqual([
      "commands/who.ts → bot/router.ts (commands may not import discord runtime)",
      "discord/kit/types.ts → commands/index.ts (discord kit may not import command list)",
      "src/actors/autocomplete.ts → src/render/limits.ts (domain may not import render)",
      "src/actors/who.ts → src/reply/wording.ts (src/actors/ may not import src/reply/: actors are found there and worded in src/reply/)",
      "src/extra.ts is in no layer (add it to LAYERS and biome.json)",
      "src/language/words.ts → src/search/index.ts (words may not import domain)",
    ]);
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
    const found = sources(ROOT, ["src"])
      .filter((f) => !f.startsWith("src/language/"))
      .filter((f) => pattern.test(readFileSync(join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
  });
});
