import type { Logger } from "pino";
import { STALE_BUTTON, type Votes } from "../discord/kit/component.ts";
import { COULD_NOT_RECORD, feedbackExpired, feedbackThanks } from "../discord/kit/feedback.ts";
import type { AnswerSubject, BotMessage } from "../discord/kit/types.ts";
import type { FeedbackStore, VoteRecord, WrongReason } from "../src/feedback/store.ts";
import { UserError } from "../src/reply/errors.ts";
import { within } from "./cooldown.ts";

export interface FeedbackOptions {
  store: FeedbackStore;
  /** The user's id as the store knows it: salted and hashed. Raw ids are never stored or logged. */
  hashUser(userId: string): string;
  log: Logger;
  /** Answers older than this have no feedback kept: their buttons are stale. */
  retentionDays: number;
  /** A vote the store has not taken after this is answered "couldn't record that" (default 2000 ms). */
  voteTimeoutMs?: number;
}

/** Who gave an answer, and where: the interaction as the router sees it. */
export interface AnswerOrigin {
  id: string;
  userId: string;
  guildId?: string | null;
  channelId?: string | null;
}

/**
 * The feedback side of the runtime: records each answer sent (in the background, never delaying or
 * breaking an answer) and the votes on them (the member is told when a vote could not be recorded).
 */
export class Feedback implements Votes {
  readonly store: FeedbackStore;
  readonly retentionDays: number;
  /** Answers being written, by interaction id: a vote on one waits for it (same instance). */
  private readonly pending = new Map<string, Promise<void>>();
  private failures = 0;
  private readonly voteTimeoutMs: number;

  constructor(private readonly options: FeedbackOptions) {
    this.store = options.store;
    this.retentionDays = options.retentionDays;
    this.voteTimeoutMs = options.voteTimeoutMs ?? 2000;
  }

  /**
   * Records an answer once it has been sent. Returns at once; a failure is logged (the first of a run
   * of failures as a warning, the rest at debug, and one line when the store takes answers again).
   */
  recordAnswer(origin: AnswerOrigin, subject: AnswerSubject, corpusVersion: string): void {
    const log = this.options.log;
    const writing = (async () => {
      try {
        await this.store.recordAnswer({
          interactionId: origin.id,
          at: new Date(),
          guildId: origin.guildId ?? null,
          channelId: origin.channelId ?? null,
          userHash: this.options.hashUser(origin.userId),
          command: subject.command,
          question: subject.question,
          answered: subject.answered,
          passageIds: subject.passageIds,
          corpusVersion,
        });
        if (this.failures > 0) {
          log.info({ notRecorded: this.failures }, "feedback store: recording answers again");
          this.failures = 0;
        }
      } catch (error) {
        this.failures++;
        if (this.failures === 1)
          log.warn({ err: error, interaction: origin.id }, "feedback store: answer not recorded");
        else log.debug({ err: error, interaction: origin.id }, "feedback store: answer not recorded");
      } finally {
        this.pending.delete(origin.id);
      }
    })();
    this.pending.set(origin.id, writing);
  }

  /** True when a vote on this answer can no longer count (older than the feedback kept). */
  expired(answerId: string): boolean {
    return feedbackExpired(answerId, this.retentionDays);
  }

  /**
   * Records 👍 (a button) or 👎 with its reason and note (the form) and returns the thanks. A stale
   * or unknown answer gets the stale-button message; a store that fails or is slow, COULD_NOT_RECORD.
   */
  async vote(
    voter: { id: string; userId: string },
    answerId: string,
    choice: "up" | "down",
    details: { reason?: WrongReason; note?: string } = {},
  ): Promise<BotMessage> {
    if (this.expired(answerId)) throw new UserError(STALE_BUTTON);
    const vote: VoteRecord = {
      interactionId: answerId,
      userHash: this.options.hashUser(voter.userId),
      vote: choice,
      ...details,
      at: new Date(),
    };
    let outcome: Awaited<ReturnType<FeedbackStore["vote"]>>;
    try {
      // An answer still being written (a very quick press) is waited for, not taken as unknown.
      await this.pending.get(answerId);
      outcome = await within(this.store.vote(vote), this.voteTimeoutMs);
    } catch (error) {
      this.options.log.warn(
        { err: error, interaction: voter.id, answer: answerId },
        "feedback store: vote not recorded",
      );
      throw new UserError(COULD_NOT_RECORD);
    }
    if (outcome === "unknown-answer") throw new UserError(STALE_BUTTON);
    return feedbackThanks(vote.vote, outcome === "changed", details);
  }

  /** Waits (at most `timeoutMs`) for the answers still being written, before the store is closed. */
  async settle(timeoutMs: number): Promise<void> {
    if (this.pending.size === 0) return;
    await within(Promise.allSettled([...this.pending.values()]), timeoutMs).catch(() => {});
  }
}
