import { readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { join } from "node:path";

/**
 * What a corpus folder holds, from file metadata only: the live-reload worker compares two of these
 * to decide whether to rebuild, and reads the files' ages to leave half-written ones alone.
 * Synchronous on purpose: it runs in the reload worker, never on the thread answering questions.
 */

/** One file or folder below the corpus folder, as `stat` saw it (links followed, as the loader follows them). */
export interface Entry {
  folder: boolean;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface Snapshot {
  /** The folder's real path (a swapped symlink changes it) and inode (a folder moved over it changes it). */
  identity: string;
  /** Relative path (forward slashes) → entry; editor and hidden files left out. */
  entries: Map<string, Entry>;
  /** Folders to watch, the corpus folder first, as absolute paths. */
  folders: string[];
  /** Wall-clock time of the scan. */
  at: number;
}

/**
 * Files an editor or a copy tool writes next to an article and that the loader skips or reports:
 * hidden files (`.foo.swp`, `.#foo`, rsync's `.foo.XXXXXX`), backups (`foo~`), swap files
 * (`foo.swp`, `foo.swx`), Emacs auto-saves (`#foo#`) and Vim's write test (`4913`).
 * A change to one of these alone never rebuilds.
 */
export function isEditorFile(name: string): boolean {
  return (
    name.startsWith(".") ||
    name.endsWith("~") ||
    /\.sw[a-p]$/i.test(name) ||
    /^#.*#$/.test(name) ||
    name === "4913"
  );
}

/** The folder's identity: changes when a symlink at `dir` is swapped or another folder is moved over it. */
export function folderIdentity(dir: string): string {
  try {
    const real = realpathSync(dir);
    const s = statSync(real);
    return `${real}\0${s.dev}\0${s.ino}`;
  } catch (error) {
    return `missing ${(error as NodeJS.ErrnoException).code ?? "error"}`;
  }
}

/** Scans `dir`; a folder that cannot be read is an empty snapshot with a `missing` identity. */
export function scanCorpus(dir: string): Snapshot {
  const at = Date.now();
  const entries = new Map<string, Entry>();
  const folders: string[] = [];
  const identity = folderIdentity(dir);
  const seen = new Set<string>();
  const walk = (folder: string, prefix: string) => {
    let names: string[];
    try {
      const real = realpathSync(folder);
      if (seen.has(real)) return;
      seen.add(real);
      names = readdirSync(folder);
    } catch {
      return;
    }
    folders.push(folder);
    for (const name of names) {
      if (isEditorFile(name)) continue;
      const path = join(folder, name);
      let s: Stats;
      try {
        s = statSync(path);
      } catch {
        continue;
      }
      const rel = prefix + name;
      entries.set(rel, {
        folder: s.isDirectory(),
        size: s.size,
        mtimeMs: s.mtimeMs,
        ctimeMs: s.ctimeMs,
        ino: s.ino,
      });
      if (s.isDirectory()) walk(path, `${rel}/`);
    }
  };
  if (!identity.startsWith("missing")) walk(dir, "");
  return { identity, entries, folders, at };
}

// A folder's times change when an editor creates its swap file there: folders compare by inode only.
const same = (a: Entry, b: Entry) =>
  a.folder && b.folder
    ? a.ino === b.ino
    : a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/** Paths added, removed or changed between two scans (folders included). */
export function changedPaths(before: Snapshot, after: Snapshot): Set<string> {
  const changed = new Set<string>();
  if (before.identity !== after.identity) changed.add("");
  for (const [path, entry] of after.entries) {
    const old = before.entries.get(path);
    if (!old || !same(old, entry)) changed.add(path);
  }
  for (const path of before.entries.keys()) if (!after.entries.has(path)) changed.add(path);
  return changed;
}

/**
 * Files written to within `settleMs` before the scan: possibly still being written, so not read
 * yet. Both times count: the modification time can be set back (`touch -d`, `cp -p`), the
 * change time cannot, and a rename updates it.
 */
export function unsettledFiles(snapshot: Snapshot, settleMs: number): string[] {
  const out: string[] = [];
  for (const [path, entry] of snapshot.entries) {
    if (entry.folder) continue;
    if (snapshot.at - Math.max(entry.mtimeMs, entry.ctimeMs) < settleMs) out.push(path);
  }
  return out.sort();
}
