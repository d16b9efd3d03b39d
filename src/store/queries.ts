/**
 * The statements both adapters run word for word, written with `?` placeholders (SQLite's);
 * `numbered` turns them into PostgreSQL's `$1, $2, …`. Statements that differ by dialect (a vote,
 * the cooldown's row lock) are in the adapter.
 */
import type { AnswerRow, DownVoteRow } from "./rows.ts";

export const INSERT_ANSWER = `INSERT INTO answers
  (interaction_id, at_ms, guild_id, channel_id, user_hash, command, question, answered, passage_ids, corpus_version)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (interaction_id) DO NOTHING`;

export const ANSWER_EXISTS = "SELECT 1 AS one FROM answers WHERE interaction_id = ?";

/** Answers since a date, newest first, with their 👍 and 👎 counted. */
export const REPORT_ANSWERS = `SELECT a.interaction_id AS "interactionId", a.at_ms AS "atMs", a.command, a.question,
    a.answered, a.passage_ids AS "passageIds", a.corpus_version AS "corpusVersion",
    SUM(CASE WHEN v.vote = 'up' THEN 1 ELSE 0 END) AS up,
    SUM(CASE WHEN v.vote = 'down' THEN 1 ELSE 0 END) AS down
  FROM answers a LEFT JOIN votes v ON v.interaction_id = a.interaction_id
  WHERE a.at_ms >= ?
  GROUP BY a.interaction_id
  ORDER BY a.at_ms DESC, a.interaction_id`;

/** The 👎 on answers since a date, oldest first. */
export const REPORT_DOWN_VOTES = `SELECT v.interaction_id AS "interactionId", v.reason, v.note, v.at_ms AS "atMs"
  FROM votes v JOIN answers a ON a.interaction_id = v.interaction_id
  WHERE a.at_ms >= ? AND v.vote = 'down'
  ORDER BY v.at_ms, v.user_hash`;

/** One user's votes, and every vote on that user's answers (they go with the answers). Params: hash, hash. */
export const FORGET_VOTES = `DELETE FROM votes
  WHERE user_hash = ? OR interaction_id IN (SELECT interaction_id FROM answers WHERE user_hash = ?)`;
export const FORGET_ANSWERS = "DELETE FROM answers WHERE user_hash = ?";
export const FORGET_COOLDOWN = "DELETE FROM cooldowns WHERE user_hash = ?";

/** Votes older than a date, and every vote on an answer older than it. Params: ms, ms. */
export const EXPIRE_VOTES = `DELETE FROM votes
  WHERE at_ms < ? OR interaction_id IN (SELECT interaction_id FROM answers WHERE at_ms < ?)`;
export const EXPIRE_ANSWERS = "DELETE FROM answers WHERE at_ms < ?";
export const EXPIRE_COOLDOWNS = "DELETE FROM cooldowns WHERE last_ms < ?";

export const COOLDOWN_ROW =
  "INSERT INTO cooldowns (user_hash, uses, last_ms) VALUES (?, '[]', ?) ON CONFLICT (user_hash) DO NOTHING";
export const COOLDOWN_USES = "SELECT uses FROM cooldowns WHERE user_hash = ?";
export const COOLDOWN_SET = "UPDATE cooldowns SET uses = ?, last_ms = ? WHERE user_hash = ?";

export const SALT_CHECK_CLAIM =
  "INSERT INTO store_meta (key, value) VALUES ('salt_check', ?) ON CONFLICT (key) DO NOTHING";
export const SALT_CHECK_READ = "SELECT value FROM store_meta WHERE key = 'salt_check'";

/** `?` placeholders as PostgreSQL's `$1, $2, …` (none of these statements holds a `?` in a literal). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A row of REPORT_ANSWERS as either driver returns it (counts and 64-bit integers may be strings). */
export function answerRow(raw: Record<string, unknown>): AnswerRow {
  return {
    interactionId: String(raw.interactionId),
    atMs: Number(raw.atMs),
    command: String(raw.command),
    question: String(raw.question),
    answered: raw.answered === true || raw.answered === 1,
    passageIds: String(raw.passageIds),
    corpusVersion: String(raw.corpusVersion),
    up: Number(raw.up ?? 0),
    down: Number(raw.down ?? 0),
  };
}

export function downVoteRow(raw: Record<string, unknown>): DownVoteRow {
  return {
    interactionId: String(raw.interactionId),
    reason: raw.reason === null || raw.reason === undefined ? null : String(raw.reason),
    note: raw.note === null || raw.note === undefined ? null : String(raw.note),
    atMs: Number(raw.atMs),
  };
}
