/** The rate-limit state a response reports (`X-RateLimit-*`, `Retry-After`); a field is undefined when its header is absent. */
export interface RateLimitInfo {
  /** Requests allowed in the current window. */
  limit: number | undefined;
  /** Requests left in the current window. */
  remaining: number | undefined;
  /** When the window resets, in epoch seconds. */
  reset: number | undefined;
  /** Seconds the server asked to wait (429 only). */
  retryAfter: number | undefined;
}

const numberHeader = (headers: Headers, name: string): number | undefined => {
  const value = headers.get(name)?.trim();
  return value && /^\d+(\.\d+)?$/.test(value) ? Number(value) : undefined;
};

/**
 * Reads the rate-limit headers of a response.
 *
 * @example
 * ```ts
 * const { rateLimit } = await mx.me.retrieve().withResponse();
 * if (rateLimit.remaining === 0) console.log(`window resets at ${new Date(rateLimit.reset! * 1000)}`);
 * ```
 */
export function readRateLimit(headers: Headers): RateLimitInfo {
  return {
    limit: numberHeader(headers, "x-ratelimit-limit"),
    remaining: numberHeader(headers, "x-ratelimit-remaining"),
    reset: numberHeader(headers, "x-ratelimit-reset"),
    retryAfter: numberHeader(headers, "retry-after"),
  };
}
