/**
 * The per-install secret that user ids are hashed with, so that the feedback database never holds
 * a Discord user id: `FEEDBACK_SALT` when set, else a random one generated once into
 * `<DATA_DIR>/feedback-salt` (mode 0600) and read from there on every start.
 */
import { createHmac, createSecretKey, randomBytes } from "node:crypto";
import { chmodSync, closeSync, openSync, readFileSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { StoreError } from "../feedback/store.ts";

export const SALT_FILE = "feedback-salt";

/** Users whose hash is remembered (in memory only); past this the memory starts again. */
const REMEMBERED_USERS = 10_000;

/**
 * The hash a user is stored under: HMAC-SHA256 of the Discord user id, keyed by the salt, in hex.
 * The key is prepared once and a user's hash remembered: every vote and cooldown asks for it.
 */
export function userHasher(salt: string): (userId: string) => string {
  const key = createSecretKey(Buffer.from(salt, "utf8"));
  const known = new Map<string, string>();
  return (userId) => {
    let hash = known.get(userId);
    if (hash === undefined) {
      hash = createHmac("sha256", key).update(userId, "utf8").digest("hex");
      if (known.size >= REMEMBERED_USERS) known.clear();
      known.set(userId, hash);
    }
    return hash;
  };
}

/**
 * A value the database keeps to tell whether it was written with this salt (an HMAC of a fixed
 * text: it does not reveal the salt). Instances sharing one database must share the salt, or one
 * user would count as two.
 */
export function saltCheck(salt: string): string {
  return createHmac("sha256", salt).update("newsdesk feedback salt check", "utf8").digest("hex");
}

/**
 * The salt: `configured` when given, else the one in `<dataDir>/feedback-salt`, generated (32 random
 * bytes, hex) with mode 0600 when there is none. The folder must exist. Two processes starting at
 * once agree: the file is created exclusively and the loser reads the winner's.
 */
export function resolveSalt(
  dataDir: string,
  configured: string | undefined,
  log?: (event: string, detail: Record<string, unknown>) => void,
): string {
  if (configured !== undefined && configured !== "") return configured;
  const file = join(dataDir, SALT_FILE);
  try {
    const fd = openSync(file, "wx", 0o600);
    try {
      writeSync(fd, `${randomBytes(32).toString("hex")}\n`);
    } finally {
      closeSync(fd);
    }
    log?.("feedback-salt-generated", { file });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
      throw new StoreError(
        `FEEDBACK_SALT is not set and ${file} could not be created (${(error as Error).message}): set FEEDBACK_SALT, or let the bot write to DATA_DIR.`,
      );
    }
  }
  let salt = "";
  // A file just created by another process may not hold its line yet: read again briefly.
  for (let attempt = 0; attempt < 50 && salt === ""; attempt++) {
    try {
      salt = readFileSync(file, "utf8").trim();
    } catch (error) {
      throw new StoreError(
        `FEEDBACK_SALT is not set and ${file} could not be read (${(error as Error).message}).`,
      );
    }
    if (salt === "") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  if (salt === "") {
    throw new StoreError(
      `${file} is empty: set FEEDBACK_SALT to the salt used before, or delete the file to generate a new one (feedback stored before can then no longer be matched to its users).`,
    );
  }
  try {
    if ((statSync(file).mode & 0o077) !== 0) {
      chmodSync(file, 0o600);
      log?.("feedback-salt-mode-fixed", { file });
    }
  } catch {
    // Reading it was enough; its mode is the admin's.
  }
  return salt;
}
