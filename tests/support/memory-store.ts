import type {
  AnswerRecord,
  CooldownOutcome,
  DislikedAnswer,
  FeedbackStore,
  ReportData,
  VoteOutcome,
  VoteRecord,
} from "../../src/feedback/store.ts";
import { StoreError } from "../../src/feedback/store.ts";

/**
 * The feedback store's port in memory, for tests of the runtime that need no database: what was
 * recorded is in `answers` and `votes`; `down = true` makes every call fail as an unreachable
 * database does, `delayMs` makes each call that slow.
 */
export class MemoryStore implements FeedbackStore {
  readonly kind = "sqlite" as const;
  readonly answers = new Map<string, AnswerRecord>();
  /** Votes by `${interactionId} ${userHash}`: one per user and answer. */
  readonly votes = new Map<string, VoteRecord>();
  readonly uses = new Map<string, number[]>();
  down = false;
  delayMs = 0;
  /** Makes recording an answer (only) this slow. */
  recordDelayMs = 0;
  calls = 0;

  private async ready(): Promise<void> {
    this.calls++;
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.down) throw new StoreError("DATABASE_URL (127.0.0.1:5432): the database is unreachable");
  }

  async recordAnswer(answer: AnswerRecord): Promise<void> {
    await this.ready();
    if (this.recordDelayMs > 0) await new Promise((r) => setTimeout(r, this.recordDelayMs));
    this.answers.set(answer.interactionId, answer);
  }

  async vote(vote: VoteRecord): Promise<VoteOutcome> {
    await this.ready();
    if (!this.answers.has(vote.interactionId)) return "unknown-answer";
    const key = `${vote.interactionId} ${vote.userHash}`;
    const changed = this.votes.has(key);
    this.votes.set(key, vote);
    return changed ? "changed" : "recorded";
  }

  async takeCooldown(userHash: string, limit: number, windowMs: number, now: Date): Promise<CooldownOutcome> {
    await this.ready();
    const recent = (this.uses.get(userHash) ?? []).filter((t) => now.getTime() - t < windowMs);
    if (recent.length >= limit) {
      this.uses.set(userHash, recent);
      return { ok: false, retryAfterMs: (recent[0] as number) + windowMs - now.getTime() };
    }
    recent.push(now.getTime());
    this.uses.set(userHash, recent);
    return { ok: true };
  }

  async report(since: Date): Promise<ReportData> {
    await this.ready();
    const answers = [...this.answers.values()].filter((a) => a.at >= since);
    const votesOf = (id: string) => [...this.votes.values()].filter((v) => v.interactionId === id);
    const rows = answers.map((a) => {
      const votes = votesOf(a.interactionId);
      return {
        answer: a,
        up: votes.filter((v) => v.vote === "up").length,
        down: votes.filter((v) => v.vote === "down").length,
        votes,
      };
    });
    const refused = new Map<string, number>();
    for (const a of answers.filter((a) => !a.answered)) {
      const key = a.question.trim().toLowerCase().replace(/\s+/g, " ");
      refused.set(key, (refused.get(key) ?? 0) + 1);
    }
    return {
      since,
      disliked: rows
        .filter((r) => r.down > 0)
        .sort((a, b) => b.down - a.down)
        .map((r) => ({
          interactionId: r.answer.interactionId,
          question: r.answer.question,
          passageIds: r.answer.passageIds,
          corpusVersion: r.answer.corpusVersion,
          up: r.up,
          down: r.down,
          reasons: r.votes.flatMap((v) => (v.reason ? [v.reason] : [])),
          notes: r.votes.flatMap((v) => (v.note ? [v.note] : [])),
        })),
      refused: [...refused]
        .map(([question, count]) => ({ question, count }))
        .sort((a, b) => b.count - a.count),
      cited: [],
      answers: rows
        .filter((r) => r.answer.answered)
        .map((r) => ({
          passageIds: r.answer.passageIds,
          corpusVersion: r.answer.corpusVersion,
          up: r.up,
          down: r.down,
        })),
      totals: {
        answers: answers.length,
        up: rows.reduce((n, r) => n + r.up, 0),
        down: rows.reduce((n, r) => n + r.down, 0),
      },
    };
  }

  async disliked(): Promise<DislikedAnswer[]> {
    await this.ready();
    return [];
  }

  async forgetUser(userHash: string): Promise<number> {
    await this.ready();
    let n = 0;
    for (const [key, vote] of this.votes) if (vote.userHash === userHash && this.votes.delete(key)) n++;
    for (const [id, answer] of this.answers) if (answer.userHash === userHash && this.answers.delete(id)) n++;
    return n;
  }

  async deleteBefore(before: Date): Promise<number> {
    let n = 0;
    for (const [id, answer] of this.answers) if (answer.at < before && this.answers.delete(id)) n++;
    return n;
  }

  async close(): Promise<void> {}
}
