const WINDOW_MS = 60_000;

export interface Bucket {
  /** e.g. `key:<api_key_id>`, `user:<user_id>` or `org:<organization_id>`. */
  id: string;
  limit: number;
}

export interface RateDecision {
  limited: boolean;
  /** The tightest applicable bucket (fewest requests left), as the X-RateLimit-* headers report it. */
  limit: number;
  remaining: number;
  /** Epoch seconds at which the window resets. */
  reset: number;
  /** Seconds until the reset (Retry-After), at least 1. */
  retryAfter: number;
}

/** The decision for a limit nothing has used yet in the current window (fail-open, injected faults). */
export function untouchedDecision(limit: number, now: number): RateDecision {
  const resetMs = (Math.floor(now / WINDOW_MS) + 1) * WINDOW_MS;
  return {
    limited: false,
    limit,
    remaining: limit,
    reset: resetMs / 1000,
    retryAfter: Math.max(1, Math.ceil((resetMs - now) / 1000)),
  };
}

export interface RateLimiter {
  hit(buckets: readonly Bucket[], now: number): RateDecision;
  clear(): void;
}

/**
 * Fixed 60-second windows (aligned to the epoch minute) per bucket. A request counts against every
 * bucket it belongs to, or, when any of them is already full, against none: a runaway key is
 * refused by its own bucket without using up its user's or its organization's (docs: "a leaked
 * or runaway key cannot overwhelm your account"). The headers report the bucket with the fewest
 * requests left; a refusal reports the full bucket.
 */
export class FixedWindowRateLimiter implements RateLimiter {
  #counts = new Map<string, { windowStart: number; count: number }>();
  #window = -Infinity;

  hit(buckets: readonly Bucket[], now: number): RateDecision {
    if (!buckets.length) throw new Error("no rate-limit bucket");
    const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    if (windowStart !== this.#window) this.#sweep(windowStart);
    const resetMs = windowStart + WINDOW_MS;
    const used = buckets.map((b) => {
      const entry = this.#counts.get(b.id);
      return { bucket: b, count: entry && entry.windowStart === windowStart ? entry.count : 0 };
    });
    const full = used.find((u) => u.count >= u.bucket.limit);
    if (!full) for (const u of used) this.#counts.set(u.bucket.id, { windowStart, count: ++u.count });
    const states = full ? [full] : used;
    const tightest = states
      .map((u) => ({ limit: u.bucket.limit, remaining: Math.max(0, u.bucket.limit - u.count) }))
      .reduce((a, b) => (b.remaining < a.remaining || (b.remaining === a.remaining && b.limit < a.limit) ? b : a));
    return {
      limited: full !== undefined,
      limit: tightest.limit,
      remaining: tightest.remaining,
      reset: Math.ceil(resetMs / 1000),
      retryAfter: Math.max(1, Math.ceil((resetMs - now) / 1000)),
    };
  }

  clear(): void {
    this.#counts.clear();
  }

  /** How many buckets hold a count (one per key, user and organization seen in the current window). */
  get size(): number {
    return this.#counts.size;
  }

  /** A new window began: counts of other windows are worth nothing, so they go (one pass a minute). */
  #sweep(windowStart: number): void {
    this.#window = windowStart;
    for (const [id, entry] of this.#counts) if (entry.windowStart !== windowStart) this.#counts.delete(id);
  }
}
