/**
 * The feedback store's port: what the bot records about its answers and the votes on them, and
 * what admins read back. Two adapters implement it (`src/store/`): SQLite by default, PostgreSQL
 * when `DATABASE_URL` is set (several instances share it). Users are known here only by a salted
 * hash of their Discord id (`userHash`): raw user ids are never stored.
 */

/** The commands whose answers carry 👍 / 👎. */
export type FeedbackCommand = "ask" | "check";

/** Why an answer was wrong, as the 👎 modal offers it. */
export const WRONG_REASONS = ["wrong-passage", "story-says-it", "story-doesnt-say", "other"] as const;
export type WrongReason = (typeof WRONG_REASONS)[number];

/** What each reason reads as, in the 👎 form and in the report (one wording for both). */
export const REASON_LABELS: Readonly<Record<WrongReason, string>> = {
  "wrong-passage": "The wrong passage",
  "story-says-it": "The story does say it",
  "story-doesnt-say": "The story doesn't say it",
  other: "Something else",
};

/** Longest note kept with a 👎 (the modal allows no more). */
export const NOTE_MAX = 300;

/** One answer given, recorded when it is sent. */
export interface AnswerRecord {
  /** The interaction's id (a snowflake): the answer's key, carried by its buttons. */
  interactionId: string;
  at: Date;
  guildId: string | null;
  channelId: string | null;
  userHash: string;
  command: FeedbackCommand;
  question: string;
  /** False when the reply was "the story doesn't say". */
  answered: boolean;
  /** Passage ids cited, in the order shown. */
  passageIds: number[];
  corpusVersion: string;
}

export interface VoteRecord {
  interactionId: string;
  userHash: string;
  vote: "up" | "down";
  reason?: WrongReason;
  /** At most `NOTE_MAX` characters, stored as given. */
  note?: string;
  at: Date;
}

/** What a vote did: the first by this user on this answer, a change of it, or no such answer. */
export type VoteOutcome = "recorded" | "changed" | "unknown-answer";

export type CooldownOutcome = { ok: true } | { ok: false; retryAfterMs: number };

/** Rows the admin report is made of, for answers given since a date. */
export interface ReportData {
  since: Date;
  /** Answers with at least one 👎, most 👎 first. */
  disliked: Array<{
    interactionId: string;
    question: string;
    passageIds: number[];
    corpusVersion: string;
    up: number;
    down: number;
    reasons: WrongReason[];
    notes: string[];
  }>;
  /** Questions answered "the story doesn't say", most often first (case and spacing folded). */
  refused: Array<{ question: string; count: number }>;
  /** Per passage cited: how often, and the votes on the answers citing it. */
  cited: Array<{ passageId: number; corpusVersion: string; count: number; up: number; down: number }>;
  /**
   * Every answer given (not refused) with its passages and the votes on it, newest first: what
   * per-article figures are counted from without counting an answer once per passage it cites.
   */
  answers: Array<{ passageIds: number[]; corpusVersion: string; up: number; down: number }>;
  totals: { answers: number; up: number; down: number };
}

/** One answer with at least one 👎, and its latest 👎's reason and note. */
export interface DislikedAnswer {
  interactionId: string;
  command: FeedbackCommand;
  question: string;
  answered: boolean;
  at: Date;
  down: number;
  reason?: WrongReason;
  note?: string;
}

/**
 * The store could not do what was asked: the database is unreachable, locked, read-only or was
 * written by a newer version. The message says which database (never a password) and why, for an
 * admin to read; callers show users a short "couldn't record that" instead.
 */
export class StoreError extends Error {
  override name = "StoreError";
}

export interface FeedbackStore {
  /** Which adapter, for logs and the report ("sqlite" or "postgres"). */
  readonly kind: "sqlite" | "postgres";
  recordAnswer(answer: AnswerRecord): Promise<void>;
  /** Sets this user's vote on the answer; pressing again changes it, never counts twice. */
  vote(vote: VoteRecord): Promise<VoteOutcome>;
  /** At most `limit` uses per user in any `windowMs`, counted atomically across instances. */
  takeCooldown(userHash: string, limit: number, windowMs: number, now: Date): Promise<CooldownOutcome>;
  report(since: Date): Promise<ReportData>;
  /** The 👎 answers since a date, oldest first, for labelling into evaluation data. */
  disliked(since: Date): Promise<DislikedAnswer[]>;
  /** Deletes one user's answers and votes (the right to be forgotten); returns rows deleted. */
  forgetUser(userHash: string): Promise<number>;
  /** Deletes answers and votes older than `before`; returns rows deleted. */
  deleteBefore(before: Date): Promise<number>;
  close(): Promise<void>;
}
