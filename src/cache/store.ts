import { createHash } from "node:crypto";
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { crc32 } from "node:zlib";
import { linksLeaveCorpus } from "../corpus/load.ts";

/**
 * The on-disk cache of a built engine, one file per corpus folder under `.cache/`:
 * a header (format, key), a checksum (CRC-32: it is there to catch a torn or damaged file, not
 * tampering; over the 132 MB of 10,000 articles it takes ~30 ms where SHA-1 took ~110 ms, once the
 * bytes are in the processor's reach — the first pass over a freshly read buffer costs ~0.35 s
 * whichever runs it), and the body: named parts, each `v8.serialize`d. The key hashes the corpus files
 * (paths, sizes, modification and change times, inodes) and the code (package.json, the
 * lock file, every file under src/ — or under dist/ when running from the build —, the Node and V8
 * versions), so any change to either rebuilds.
 */

const FORMAT = "newsdesk-cache-3";
const CHECKSUM_BYTES = 4;
/**
 * From the sources this file is src/cache/store.ts; in the production build it is bundled into
 * dist/main.js or dist/live-worker.js (scripts/build.mjs), one folder below the project root.
 */
const FROM_SOURCE = import.meta.url.endsWith(".ts");
const ROOT = fileURLToPath(new URL(FROM_SOURCE ? "../.." : "..", import.meta.url));
/** Written by the build beside its output: file times, not code (see scripts/build.mjs). */
const BUILD_STAMP = "build.json";
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
      else if (entry.isFile() && entry.name !== BUILD_STAMP && !entry.name.endsWith(".map"))
        hash.update(`${relative(ROOT, path)}\n`).update(readFileSync(path));
    }
  };
  // The code that runs: the sources, or in the build its bundles and the data files copied beside
  // them (not src/, which the build may lag behind when run without `npm start`'s rebuild).
  walk(join(ROOT, FROM_SOURCE ? "src" : "dist"));
  codeVersion = hash.digest("hex");
  return codeVersion;
}

/**
 * A hash of what the corpus folder holds, from file metadata only (fast at 10,000 files):
 * relative path, size, mtime and ctime in nanoseconds, and inode of every entry below it,
 * hidden ones included. Links are read as the loader reads them: a link to a file by its
 * target's metadata, a link to a folder not walked (the loader does not walk it either).
 */
export function corpusFingerprint(dir: string): string {
  const hash = createHash("sha256");
  hash.update(`links ${linksLeaveCorpus() ? "followed" : "inside only"}\n`);
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      try {
        const link = lstatSync(path, { bigint: true });
        const s = link.isSymbolicLink() ? statSync(path, { bigint: true }) : link;
        const target = link.isSymbolicLink() ? ` -> ${readlinkSync(path)}` : "";
        hash.update(`${relative(dir, path)}${target}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}\0${s.ino}\n`);
        if (link.isDirectory()) walk(path);
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
  | { status: "corrupt"; reason: string }
  /** The path is not a file the cache can use (a folder, a FIFO, a device; or its folder is a file). */
  | { status: "unusable"; reason: string };

/** What a path is, in words, when it is not a regular file. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

/**
 * Reads the cache file when its key matches; never throws, never blocks. The path is looked at
 * before it is opened (a FIFO would block an open until someone writes to it) and opened
 * non-blocking, then read through that one descriptor. The value comes back as it was given
 * to `writeCache`: an object of named parts.
 */
export function readCache<T extends object>(file: string, key: string): CacheRead<T> {
  try {
    const stats = statSync(file);
    if (!stats.isFile())
      return { status: "unusable", reason: `${file} is ${kindOf(stats)}, not a cache file` };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { status: "missing" };
    const reason =
      code === "ENOTDIR" ? `${dirname(file)} is not a directory` : `${file}: ${(error as Error).message}`;
    return { status: "unusable", reason };
  }
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { status: "missing" };
    return { status: "unusable", reason: `${file}: ${(error as Error).message}` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return { status: "unusable", reason: `${file} is ${kindOf(stats)}, not a cache file` };
    const head = Buffer.alloc(4);
    if (readSync(fd, head, 0, 4, 0) !== 4) return { status: "corrupt", reason: "truncated header" };
    const keyLength = head.readUInt32LE(0);
    if (keyLength > 4096) return { status: "corrupt", reason: "bad header" };
    const keyBytes = Buffer.alloc(keyLength);
    if (readSync(fd, keyBytes, 0, keyLength, 4) !== keyLength)
      return { status: "corrupt", reason: "truncated header" };
    if (keyBytes.toString("utf8") !== key) return { status: "stale" };
    const bytes = Buffer.alloc(stats.size);
    for (let at = 0; at < bytes.length; ) {
      const read = readSync(fd, bytes, at, bytes.length - at, at);
      if (read === 0) return { status: "corrupt", reason: "truncated file" };
      at += read;
    }
    const bodyStart = 4 + bytes.readUInt32LE(0);
    const checksum = bytes.readUInt32LE(bodyStart);
    const body = bytes.subarray(bodyStart + CHECKSUM_BYTES);
    if (crc32(body) !== checksum) {
      return { status: "corrupt", reason: "checksum mismatch" };
    }
    const value: Record<string, unknown> = {};
    for (let at = 0; at < body.length; ) {
      const nameLength = body.readUInt32LE(at);
      const name = body.toString("utf8", at + 4, at + 4 + nameLength);
      const partLength = body.readUInt32LE(at + 4 + nameLength);
      const start = at + 8 + nameLength;
      if (start + partLength > body.length) return { status: "corrupt", reason: "truncated part" };
      value[name] = deserialize(body.subarray(start, start + partLength));
      at = start + partLength;
    }
    return { status: "hit", value: value as T };
  } catch (error) {
    return { status: "corrupt", reason: (error as Error).message };
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the cache file atomically (a temporary file renamed over it); returns its size in bytes.
 * Each part of `value` is serialised and written on its own, so memory holds one part's bytes at a
 * time, not the whole file's (at 10,000 articles: ~70 MB instead of ~190 MB, copied as it grows).
 */
export function writeCache(file: string, key: string, value: object): number {
  assertReplaceable(file);
  const keyBytes = Buffer.from(key, "utf8");
  const head = Buffer.alloc(4);
  head.writeUInt32LE(keyBytes.length, 0);
  let checksum = 0;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  let size = head.length + keyBytes.length + CHECKSUM_BYTES;
  try {
    // `wx`: a fresh file, never an existing one (an open for writing of a FIFO would block).
    const fd = openSync(temporary, "wx");
    try {
      writeSync(fd, head);
      writeSync(fd, keyBytes);
      writeSync(fd, Buffer.alloc(CHECKSUM_BYTES));
      for (const [name, part] of Object.entries(value)) {
        const body = serialize(part);
        const nameBytes = Buffer.from(name, "utf8");
        const lengths = Buffer.alloc(8 + nameBytes.length);
        lengths.writeUInt32LE(nameBytes.length, 0);
        nameBytes.copy(lengths, 4);
        lengths.writeUInt32LE(body.length, 4 + nameBytes.length);
        for (const bytes of [lengths, body]) {
          checksum = crc32(bytes, checksum);
          writeSync(fd, bytes);
          size += bytes.length;
        }
      }
      const sum = Buffer.alloc(CHECKSUM_BYTES);
      sum.writeUInt32LE(checksum >>> 0, 0);
      writeSync(fd, sum, 0, CHECKSUM_BYTES, head.length + keyBytes.length);
    } finally {
      closeSync(fd);
    }
    assertReplaceable(file);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {}
    throw error;
  }
  return size;
}

/** Throws unless `file` is absent, a regular file or a link: a rename must not replace a directory, FIFO or device. */
function assertReplaceable(file: string): void {
  let stats: Stats;
  try {
    stats = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (!stats.isFile() && !stats.isSymbolicLink())
    throw new Error(`${file} is ${kindOf(stats)}; not replaced`);
}
