// The production build, run by `npm start` before it starts (`prestart`), and by `npm run build`.
//
// esbuild (a production dependency, so that `npm ci --omit=dev && npm start` builds too) bundles
// each entry point with the project's own modules into one ES module in dist/; packages stay in
// node_modules and are imported as they are. Three entries: the bot (src/main.ts) and the two
// worker threads, which src/live.ts and src/parallel/actors-thread.ts start from dist/ when they
// run from the build.
//
// Files read at run time are found as from the sources: dist/*.js sits one folder below the project
// root like src/*.ts and bot/*.ts, so `../corpus` and `../package.json` name the same files; the
// data files that modules under src/ read beside themselves are copied beside the bundles
// (src/search/ranker-weights.json → dist/ranker-weights.json, src/language/data/ → dist/data/).
//
// Nothing is rebuilt when no input changed since the last build (dist/build.json holds each input's
// size and modification time): a start costs one stat per source file then, not a build.
// Concurrent builds (several `npm start` at once) are safe: every file is written under a temporary
// name and renamed into place, and builds of the same sources write the same bytes.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "dist");
const STAMP = join(OUT, "build.json");
const ENTRIES = {
  main: "src/main.ts",
  "live-worker": "src/live-worker.ts",
  "actors-worker": "src/parallel/actors-worker.ts",
};
/** Data read at run time relative to a module: [source, destination in dist/]; folders are copied whole. */
const DATA = [
  ["src/search/ranker-weights.json", "ranker-weights.json"],
  ["src/language/data", "data"],
];
/** Also inputs: a change to them changes the output. */
const SETTINGS = ["scripts/build.mjs", "package-lock.json", "tsconfig.json"];

const quiet = process.argv.includes("--quiet");

function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(path, e.name)) : [join(path, e.name)],
  );
}

function stats(paths) {
  const out = {};
  for (const path of paths) {
    try {
      const s = statSync(join(ROOT, path));
      out[path] = `${s.size} ${s.mtimeMs}`;
    } catch {
      out[path] = "missing";
    }
  }
  return out;
}

function upToDate() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, "utf8"));
  } catch {
    return false;
  }
  const now = stats(Object.keys(stamp.inputs ?? {}));
  const same = Object.entries(stamp.inputs ?? {}).every(([path, was]) => now[path] === was);
  const outputs = (stamp.outputs ?? []).every((path) => {
    try {
      return statSync(join(OUT, path)).isFile();
    } catch {
      return false;
    }
  });
  return same && outputs && stamp.node === process.versions.node;
}

/** Writes a file by renaming a complete temporary one into place; unchanged files are left alone. */
function writeAtomic(path, bytes) {
  try {
    if (readFileSync(path).equals(bytes)) return;
  } catch {}
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

async function build() {
  const started = performance.now();
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: OUT,
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node.split(".")[0]}`,
    packages: "external",
    // Code shared by the entries, and what src/main.ts imports only when it needs it (the Discord
    // bot: discord.js takes ~0.4 s to load), goes to chunks loaded on demand.
    splitting: true,
    // Beside the entries, not in a folder: modules find files relative to themselves (see above).
    chunkNames: "[name]-[hash]",
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const outputs = [];
  for (const file of result.outputFiles) {
    writeAtomic(file.path, Buffer.from(file.contents));
    outputs.push(relative(OUT, file.path));
  }
  const data = [];
  for (const [from, to] of DATA) {
    for (const file of filesUnder(join(ROOT, from))) {
      const target = join(OUT, to, relative(join(ROOT, from), file));
      writeAtomic(target, readFileSync(file));
      data.push(relative(ROOT, file));
      outputs.push(relative(OUT, target));
    }
  }
  // Chunks of earlier builds (their names carry a hash of their content) go.
  for (const file of filesUnder(OUT)) {
    const name = relative(OUT, file);
    if (/\.js(\.map)?$/.test(name) && !outputs.includes(name)) rmSync(file, { force: true });
  }
  const sources = Object.keys(result.metafile.inputs);
  const stamp = {
    node: process.versions.node,
    esbuild: esbuild.version,
    inputs: stats([...sources, ...data, ...SETTINGS].sort()),
    outputs,
  };
  writeAtomic(STAMP, Buffer.from(`${JSON.stringify(stamp, null, 2)}\n`));
  if (!quiet)
    process.stderr.write(
      `build: ${sources.length} modules → dist/ (${outputs.length} files) in ${Math.round(performance.now() - started)} ms\n`,
    );
}

if (process.argv.includes("--force") || !upToDate()) await build();
