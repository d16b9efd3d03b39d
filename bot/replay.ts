import { MAX_SIGNATURE_AGE_SECONDS } from "./signature.ts";

/** Enough for ~160 interactions a second over the whole window; about 12 MB when full. */
export const MAX_REPLAY_ENTRIES = 50_000;

/**
 * The signatures of requests already accepted, each kept while its timestamp would still pass the
 * age check, so a signed request replayed within the window is refused instead of run again.
 *
 * Bounded: past `maxEntries` the oldest entry is dropped and every timestamp up to its own is
 * refused from then on (the floor). A full cache narrows the window for late requests; it never
 * lets a replay through. The cache lives in this process: instances behind a load balancer each
 * keep their own, so a request replayed to another instance is not caught (share one, e.g. Redis
 * SET NX with a 300 s expiry, to cover that).
 */
export class ReplayGuard {
  /** Signature (lowercase hex) → its timestamp in seconds, in the order accepted. */
  private readonly seen = new Map<string, number>();
  /** Timestamps at or below this are refused: an entry as old as this was dropped to stay bounded. */
  private floor = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly maxEntries: number = MAX_REPLAY_ENTRIES,
    private readonly windowSeconds: number = MAX_SIGNATURE_AGE_SECONDS,
    private readonly nowSeconds: () => number = () => Date.now() / 1000,
  ) {}

  /** True when this signature was accepted before (or is too old to tell); a cheap check before the body is read. */
  alreadySeen(signature: string, timestamp: string): boolean {
    return Number(timestamp) <= this.floor || this.seen.has(signature.toLowerCase());
  }

  /** Records a verified signature; false when it was recorded before, i.e. the request is a replay. */
  remember(signature: string, timestamp: string): boolean {
    this.expire();
    const key = signature.toLowerCase();
    const at = Number(timestamp);
    if (at <= this.floor || this.seen.has(key)) return false;
    this.seen.set(key, at);
    for (const [oldest, oldestAt] of this.seen) {
      if (this.seen.size <= this.maxEntries) break;
      this.seen.delete(oldest);
      this.floor = Math.max(this.floor, oldestAt);
    }
    return true;
  }

  /** Entries held now (for tests and metrics). */
  get size(): number {
    return this.seen.size;
  }

  /** Drops entries from the front whose timestamps the age check refuses anyway (a second's margin). */
  private expire(): void {
    const limit = this.nowSeconds() - this.windowSeconds - 1;
    for (const [signature, at] of this.seen) {
      if (at >= limit) break;
      this.seen.delete(signature);
    }
  }
}
