// The runner's one retry rule: an unexpected 429 is waited out (Retry-After, bounded) and the
// request sent again, at most twice. No imports: a pure policy, tested directly.

/** Retries after the first answer: three sends at most. */
const MAX_RETRIES = 2;

/**
 * How long to wait before sending the request again after it was answered `status` with
 * `retryAfter` (the header's value), on retry number `attempt` (0 for the first answer); null to
 * keep the answer. A missing or unreadable Retry-After waits one second.
 */
export function rateLimitRetryDelay(
  status: number,
  retryAfter: string | null,
  attempt: number,
  maxWaitMs: number,
): number | null {
  if (status !== 429 || attempt >= MAX_RETRIES) return null;
  const seconds = Number(retryAfter);
  const waitMs = Number.isFinite(seconds) ? Math.max(seconds, 1) * 1000 : 1000;
  return waitMs > maxWaitMs ? null : waitMs;
}
