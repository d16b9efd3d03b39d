import type { Logger } from "pino";
import type { CooldownOutcome, FeedbackStore } from "../src/feedback/store.ts";

/**
 * The per-user cooldown as the router uses it: a use is taken if allowed, otherwise it says how
 * long until the next one is. Kept in this process (`Cooldown`) or in the shared store when several
 * instances answer (`SharedCooldown`, DATABASE_URL).
 */
export interface CooldownPolicy {
  take(userId: string): CooldownOutcome | Promise<CooldownOutcome>;
}

/**
 * Per-user rate limit over a sliding window: at most `limit` uses in any `windowMs`.
 * Memory stays bounded by the users active within one window.
 */
export class Cooldown implements CooldownPolicy {
  private readonly uses = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use if allowed; otherwise says how long until the next one is. */
  take(userId: string): CooldownOutcome {
    const now = this.now();
    this.sweep(now);
    const recent = (this.uses.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.uses.set(userId, recent);
      return { ok: false, retryAfterMs: (recent[0] as number) + this.windowMs - now };
    }
    recent.push(now);
    this.uses.set(userId, recent);
    return { ok: true };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [user, times] of this.uses) {
      if (times.every((t) => now - t >= this.windowMs)) this.uses.delete(user);
    }
  }

  /** Users tracked right now (for tests). */
  get size(): number {
    return this.uses.size;
  }
}

/**
 * The cooldown counted in the feedback store (PostgreSQL when DATABASE_URL is set), so that it holds
 * across every instance: the user is known to the store by their hashed id only. When the store
 * cannot be reached, the uses are counted in this process meanwhile (one warning when that starts,
 * one line when the store answers again): questions keep being answered, at worst with each
 * instance's allowance for the time.
 */
export class SharedCooldown implements CooldownPolicy {
  private failing = false;
  private readonly fallback: Cooldown;

  constructor(
    private readonly store: Pick<FeedbackStore, "takeCooldown">,
    private readonly hashUser: (userId: string) => string,
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly log: Logger,
    /** A store slower than this counts as unavailable for this use: Discord waits 3 s in all. */
    private readonly timeoutMs = 1000,
    private readonly now: () => number = Date.now,
  ) {
    this.fallback = new Cooldown(limit, windowMs, now);
  }

  async take(userId: string): Promise<CooldownOutcome> {
    try {
      const taken = await within(
        this.store.takeCooldown(this.hashUser(userId), this.limit, this.windowMs, new Date(this.now())),
        this.timeoutMs,
      );
      if (this.failing) {
        this.failing = false;
        this.log.info("shared cooldown: the store answers again");
      }
      return taken;
    } catch (error) {
      if (!this.failing) {
        this.failing = true;
        this.log.warn({ err: error }, "shared cooldown: the store is unavailable; counting in this process");
      }
      return this.fallback.take(userId);
    }
  }
}

/** The promise's value, or a rejection once `ms` have passed without one. */
export function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the store within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
