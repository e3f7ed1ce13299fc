// When to retry and how long to wait first. Pure and import-free (like ky's timing module):
// the clock and the dice are parameters, so tests check delays without sleeping.

export interface RetryInput {
  /** Retries already made for this request (0 before the first retry). */
  retriesSoFar: number;
  maxRetries: number;
  /** Longest wait the server may ask for, in ms; asking for more ends the retries at once. */
  maxRetryDelay: number;
  method: string;
  /** The response status, or undefined when the attempt failed without a response (network error, timeout). */
  status?: number | undefined;
  /** Response headers (`retry-after`, `x-ratelimit-reset`), when there was a response. */
  headers?: { get(name: string): string | null } | undefined;
  /** Current time in ms since the epoch. */
  now: number;
  /** A number in [0, 1), for jitter. */
  random: number;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/**
 * The delay in ms before the next attempt, or `undefined` when the request must not be retried
 * (the caller then surfaces the response or error it has).
 */
export function retryDelay(input: RetryInput): number | undefined {
  const { status, method } = input;
  if (input.retriesSoFar >= input.maxRetries) return undefined;
  if (status === 429) return withinLimit(serverDelay(input) ?? resetDelay(input) ?? backoff(input), input);
  // A POST that failed may still have created something: never send it twice.
  if (!IDEMPOTENT.has(method.toUpperCase())) return undefined;
  if (status === undefined || status === 408 || status >= 500)
    return withinLimit(serverDelay(input) ?? backoff(input), input);
  return undefined;
}

function withinLimit(delay: number, input: RetryInput): number | undefined {
  return delay > input.maxRetryDelay ? undefined : delay;
}

/** Exponential backoff: 0.5 s, 1 s, 2 s … capped at 8 s, minus up to 25% jitter (Stainless' curve). */
export function backoff({ retriesSoFar, random }: Pick<RetryInput, "retriesSoFar" | "random">): number {
  return Math.min(500 * 2 ** retriesSoFar, 8000) * (1 - random * 0.25);
}

/** `Retry-After` as seconds or as an HTTP date, in ms from now; undefined when absent or malformed. */
function serverDelay({ headers, now }: Pick<RetryInput, "headers" | "now">): number | undefined {
  const value = headers?.get("retry-after")?.trim();
  // Malformed timing headers should not disable retries; they only lose the server's timing.
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  // An HTTP date has a weekday and month name; Date.parse alone would accept "-3" as a year.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** `X-RateLimit-Reset` (epoch seconds) in ms from now; undefined when absent or malformed. */
function resetDelay({ headers, now }: Pick<RetryInput, "headers" | "now">): number | undefined {
  const value = headers?.get("x-ratelimit-reset")?.trim();
  if (!value || !/^\d+$/.test(value)) return undefined;
  return Math.max(0, Number(value) * 1000 - now);
}
