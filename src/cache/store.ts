import { createHash } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

/**
 * The on-disk cache of a built engine, one file per corpus folder under `.cache/`:
 * a header (format, key) and the `v8.serialize`d body. The key hashes the corpus files
 * (paths, sizes, modification and change times, inodes) and the code (package.json, the
 * lock file, every file under src/, the Node and V8 versions), so any change to either rebuilds.
 */

const FORMAT = "newsdesk-cache-1";
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Default folder: `.cache/` in the project (git-ignored). */
export const DEFAULT_CACHE_DIR = join(ROOT, ".cache");

let codeVersion: string | undefined;

/** A hash of everything that decides what the engine builds from a corpus. Computed once per process. */
export function codeFingerprint(): string {
  if (codeVersion) return codeVersion;
  // Only for the benchmark: its processes must agree on one version while others edit src/.
  const pinned = process.env.NEWSDESK_CODE_FINGERPRINT;
  if (pinned) {
    codeVersion = pinned;
    return pinned;
  }
  const hash = createHash("sha256");
  hash.update(`${process.versions.node} ${process.versions.v8}\n`);
  for (const file of ["package.json", "package-lock.json"]) {
    try {
      hash.update(readFileSync(join(ROOT, file)));
    } catch {
      hash.update(`no ${file}`);
    }
  }
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(`${relative(ROOT, path)}\n`).update(readFileSync(path));
    }
  };
  walk(join(ROOT, "src"));
  codeVersion = hash.digest("hex");
  return codeVersion;
}

/**
 * A hash of what the corpus folder holds, from file metadata only (fast at 10,000 files):
 * relative path, size, mtime and ctime in nanoseconds, and inode of every entry below it,
 * hidden ones included, links followed as the loader follows them.
 */
export function corpusFingerprint(dir: string): string {
  const hash = createHash("sha256");
  const seen = new Set<string>();
  const walk = (folder: string) => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch (error) {
      hash.update(`${relative(dir, folder)} ${(error as NodeJS.ErrnoException).code}\n`);
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      try {
        const s = statSync(path, { bigint: true });
        hash.update(`${relative(dir, path)}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}\0${s.ino}\n`);
        if (s.isDirectory()) walk(path);
      } catch (error) {
        hash.update(`${relative(dir, path)} ${(error as NodeJS.ErrnoException).code}\n`);
      }
    }
  };
  walk(dir);
  return hash.digest("hex");
}

export function cacheKey(corpusDir: string): string {
  return `${FORMAT} ${codeFingerprint()} ${corpusFingerprint(corpusDir)}`;
}

/** The cache file for a corpus folder. */
export function cacheFile(cacheDir: string, corpusDir: string): string {
  let real = corpusDir;
  try {
    real = realpathSync(corpusDir);
  } catch {}
  return join(cacheDir, `engine-${createHash("sha256").update(real).digest("hex").slice(0, 16)}.v8`);
}

export type CacheRead<T> =
  | { status: "hit"; value: T }
  | { status: "missing" | "stale" }
  | { status: "corrupt"; reason: string };

/** Reads the cache file when its key matches; never throws. */
export function readCache<T>(file: string, key: string): CacheRead<T> {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return { status: "missing" };
  }
  try {
    const head = Buffer.alloc(4);
    if (readSync(fd, head, 0, 4, 0) !== 4) return { status: "corrupt", reason: "truncated header" };
    const keyLength = head.readUInt32LE(0);
    if (keyLength > 4096) return { status: "corrupt", reason: "bad header" };
    const keyBytes = Buffer.alloc(keyLength);
    if (readSync(fd, keyBytes, 0, keyLength, 4) !== keyLength)
      return { status: "corrupt", reason: "truncated header" };
    if (keyBytes.toString("utf8") !== key) return { status: "stale" };
  } finally {
    closeSync(fd);
  }
  try {
    const bytes = readFileSync(file);
    const bodyStart = 4 + bytes.readUInt32LE(0);
    const checksum = bytes.subarray(bodyStart, bodyStart + 20);
    const body = bytes.subarray(bodyStart + 20);
    if (!createHash("sha1").update(body).digest().equals(checksum)) {
      return { status: "corrupt", reason: "checksum mismatch" };
    }
    return { status: "hit", value: deserialize(body) as T };
  } catch (error) {
    return { status: "corrupt", reason: (error as Error).message };
  }
}

/** Writes the cache file atomically (a temporary file renamed over it); returns its size in bytes. */
export function writeCache(file: string, key: string, value: unknown): number {
  const body = serialize(value);
  const keyBytes = Buffer.from(key, "utf8");
  const head = Buffer.alloc(4);
  head.writeUInt32LE(keyBytes.length, 0);
  const checksum = createHash("sha1").update(body).digest();
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(temporary, "w");
    try {
      for (const part of [head, keyBytes, checksum, body]) writeSync(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {}
    throw error;
  }
  return head.length + keyBytes.length + checksum.length + body.length;
}
