// `npm run check:production`: what a fresh clone does in production, `npm ci --omit=dev && npm start`,
// on a copy of the working tree (the files git tracks or would track, as they are now) in a
// temporary folder; then `/ask` on the terminal session's stdin, and SIGINT. Exits 0 when the
// answer came and the session exited 0. It downloads the production dependencies (about a minute),
// so it is not part of `npm test`. `--keep` leaves the folder.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const keep = process.argv.includes("--keep");
const say = (line) => process.stdout.write(`check:production: ${line}\n`);

const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
  cwd: ROOT,
})
  .toString()
  .split("\0")
  .filter((f) => f && existsSync(join(ROOT, f)));
const dir = mkdtempSync(join(tmpdir(), "newsdesk-clone-"));
for (const file of files) {
  const from = join(ROOT, file);
  const to = join(dir, file);
  mkdirSync(dirname(to), { recursive: true });
  if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
  else copyFileSync(from, to);
}
say(`${files.length} files copied to ${dir}`);

// Only this machine's settings: none of the variables of an `npm run` around this script.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^(npm_|DISCORD_|INTERACTIONS_MODE$|CORPUS_DIR$|NEWSDESK_|LOG_LEVEL$)/i.test(k),
  ),
);
env.npm_config_update_notifier = "false";

let started = performance.now();
const install = spawnSync("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund"], {
  cwd: dir,
  env,
  stdio: "inherit",
});
if (install.status !== 0) fail(`npm ci --omit=dev exited ${install.status}`);
say(`npm ci --omit=dev: ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const dev of ["typescript", "tsx", "vitest", "@biomejs/biome"]) {
  if (existsSync(join(dir, "node_modules", dev))) fail(`${dev} is installed: not a production install`);
}

started = performance.now();
const child = spawn("npm", ["start"], { cwd: dir, env, stdio: ["pipe", "pipe", "pipe"] });
let output = "";
let answeredAt = 0;
let promptAt = 0;
child.stdout.on("data", (chunk) => {
  output += String(chunk);
  if (!promptAt && output.includes("newsdesk> ")) promptAt = performance.now();
  if (!answeredAt && output.includes("¶4.1")) {
    answeredAt = performance.now();
    child.kill("SIGINT");
  }
});
child.stderr.on("data", (chunk) => {
  output += String(chunk);
});
child.stdin.write("/ask what did the IAEA chief warn about?\n");
const timeout = setTimeout(() => child.kill("SIGKILL"), 60_000);
child.on("exit", (code, signal) => {
  clearTimeout(timeout);
  const exitedAt = performance.now();
  process.stdout.write(`${output}\n`);
  if (!answeredAt) fail("no answer to /ask");
  if (code !== 0) fail(`npm start ended with ${code ?? signal}`);
  say(
    `npm start (build included): prompt after ${Math.round(promptAt - started)} ms, answer after ${Math.round(answeredAt - started)} ms, exit 0 ${Math.round(exitedAt - answeredAt)} ms after SIGINT`,
  );
  if (!keep) rmSync(dir, { recursive: true, force: true });
  say("ok");
});

function fail(message) {
  say(`FAILED: ${message} (folder kept: ${dir})`);
  process.exit(1);
}
