export const WINDOW_MS = 60_000;

export interface Bucket {
  /** e.g. `key:<api_key_id>` or `user:<user_id>`. */
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
  return { limited: false, limit, remaining: limit, reset: resetMs / 1000, retryAfter: Math.max(1, Math.ceil((resetMs - now) / 1000)) };
}

export interface RateLimiter {
  hit(buckets: readonly Bucket[], now: number): RateDecision;
  clear(): void;
}

/**
 * Fixed 60-second windows (aligned to the epoch minute) per bucket. Every request counts against
 * every bucket it belongs to; it is limited when any bucket is past its limit, and the headers
 * report the bucket with the fewest requests left.
 */
export class FixedWindowRateLimiter implements RateLimiter {
  #counts = new Map<string, { windowStart: number; count: number }>();

  hit(buckets: readonly Bucket[], now: number): RateDecision {
    if (!buckets.length) throw new Error("no rate-limit bucket");
    const windowStart = Math.floor(now / WINDOW_MS) * WINDOW_MS;
    const resetMs = windowStart + WINDOW_MS;
    const states = buckets.map((b) => {
      const entry = this.#counts.get(b.id);
      const count = entry && entry.windowStart === windowStart ? entry.count + 1 : 1;
      this.#counts.set(b.id, { windowStart, count });
      return { limit: b.limit, count, remaining: Math.max(0, b.limit - count) };
    });
    const tightest = states.reduce((a, b) => (b.remaining < a.remaining || (b.remaining === a.remaining && b.limit < a.limit) ? b : a));
    return {
      limited: states.some((s) => s.count > s.limit),
      limit: tightest.limit,
      remaining: tightest.remaining,
      reset: Math.ceil(resetMs / 1000),
      retryAfter: Math.max(1, Math.ceil((resetMs - now) / 1000)),
    };
  }

  clear(): void {
    this.#counts.clear();
  }
}
