/**
 * Per-user rate limit over a sliding window: at most `limit` uses in any `windowMs`.
 * Memory stays bounded by the users active within one window.
 */
export class Cooldown {
  private readonly uses = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use if allowed; otherwise says how long until the next one is. */
  take(userId: string): { ok: true } | { ok: false; retryAfterMs: number } {
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
