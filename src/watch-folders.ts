import { type FSWatcher, watch } from "node:fs";
import { basename, dirname } from "node:path";
import { isEditorFile } from "./corpus-scan.ts";

/**
 * Change notification for a corpus folder without Node 20's recursive `fs.watch`, which on Linux
 * walks the whole tree and adds a watch per entry on the calling thread, again for every folder
 * event (2,000 files added at once held the event loop for ~10 s, 5,000 for ~70 s). Here each
 * folder gets its own non-recursive watch (one inotify watch per folder, not per file), the list
 * of folders comes from the caller's scans (`setFolders`), and the parent folder is watched for the
 * corpus folder's own name, so that a folder moved over it or a swapped symlink is noticed at once
 * (a watch follows the inode it was put on, not the path). Events naming editor and hidden files
 * are dropped here. The caller also scans periodically: this only makes changes noticed sooner.
 */
export interface FolderWatch {
  /** Watches exactly these folders (absolute paths, as the last scan found them). */
  setFolders(folders: string[]): void;
  /** Drops every folder watch: the folder at the path was replaced, the next scan sets them again. */
  reset(): void;
  close(): void;
}

export function watchFolders(
  dir: string,
  onEvent: () => void,
  onError: (message: string) => void,
): FolderWatch {
  const watched = new Map<string, FSWatcher>();
  let closed = false;
  let failed = false;
  const add = (folder: string, filter?: string) => {
    try {
      const watcher = watch(folder, { persistent: false }, (_type, name) => {
        if (closed) return;
        const file = name?.toString();
        if (filter !== undefined ? file !== filter : file !== undefined && isEditorFile(file)) return;
        onEvent();
      });
      watcher.on("error", () => {
        // The folder was removed or replaced: the next scan watches what is there now.
        watcher.close();
        if (watched.get(folder) === watcher) watched.delete(folder);
        onEvent();
      });
      return watcher;
    } catch (error) {
      // Out of inotify watches, or the folder just vanished: the caller's periodic scan still sees changes.
      if (!failed && (error as NodeJS.ErrnoException).code !== "ENOENT") {
        failed = true;
        onError(`cannot watch ${folder} (${(error as Error).message}); changes are found by scanning`);
      }
      return undefined;
    }
  };
  const parent = add(dirname(dir), basename(dir));
  return {
    setFolders(folders) {
      if (closed) return;
      const wanted = new Set(folders);
      for (const [folder, watcher] of watched) {
        if (!wanted.has(folder)) {
          watcher.close();
          watched.delete(folder);
        }
      }
      for (const folder of folders) {
        if (watched.has(folder)) continue;
        const watcher = add(folder);
        if (watcher) watched.set(folder, watcher);
      }
    },
    reset() {
      for (const watcher of watched.values()) watcher.close();
      watched.clear();
    },
    close() {
      closed = true;
      this.reset();
      parent?.close();
    },
  };
}
