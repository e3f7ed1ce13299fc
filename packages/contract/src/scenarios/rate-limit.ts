// The last phase: spend the rest of one principal's rate-limit window (reading
// X-RateLimit-Remaining, bounded by X-RateLimit-Limit), then send every operation once to see
// its 429 with Retry-After. Afterwards that principal is throttled until the window resets,
// which is why this runs last.
import { expectStatus } from "./expect-status.js";
import { JWT_ONLY } from "../spec/jwt-only.js";
import { probeRequest } from "../generate/probe-request.js";
import { publicOperations } from "../spec/public-operations.js";
import type { RunContext } from "../run-context.js";

export async function rateLimit(ctx: RunContext): Promise<void> {
  const { session, principals } = ctx;
  // --concurrency requests at a time (the session holds them to it).
  const BATCH = ctx.options.concurrency;
  // The sign-in, when given, is limited per user, which also throttles the owner's key: every route can then show its 429.
  const principal = principals.jwt ?? principals.owner;
  session.waitOutRateLimits = false;
  try {
    const first = await session.send({ operationId: "getMe", principal, intent: "valid" });
    const limit = Number(first.headers.get("x-ratelimit-limit"));
    if (!Number.isInteger(limit) || limit <= 0) {
      ctx.notes.push("GET /me carries no X-RateLimit-Limit: the 429 phase was skipped");
      return;
    }
    // Spending a window may take up to two of them (one may end part way), then one probe per operation, twice.
    const worst = 2 * limit + BATCH + 2 * publicOperations().length;
    if (worst > session.budgetLeft) {
      ctx.notes.push(
        `the 429 phase was skipped: X-RateLimit-Limit is ${limit}, so spending a window may take up to ${worst} requests, ` +
          `more than the ${session.budgetLeft} left of --max-requests ${ctx.options.maxRequests}; raise --max-requests to run it`,
      );
      return;
    }
    const resetOf = (e: { headers: Headers }) => Number(e.headers.get("x-ratelimit-reset"));
    /** Spends the current window; the window's reset (epoch s) once throttled, else null. */
    const spend = async (): Promise<number | null> => {
      // At most two windows' worth, in case the window resets part way through.
      for (let sent = 0; sent <= 2 * limit + BATCH; sent += BATCH) {
        const batch = await Promise.all(
          Array.from({ length: BATCH }, () => session.send({ operationId: "getMe", principal, intent: "valid" })),
        );
        const limited = batch.find((e) => e.status === 429);
        if (limited) return resetOf(limited);
      }
      return null;
    };
    let reset = first.status === 429 ? resetOf(first) : await spend();
    if (reset === null) {
      ctx.notes.push(`no 429 after ${2 * limit + BATCH} requests: the rate limit was not observed`);
      return;
    }
    for (const [operationId] of publicOperations()) {
      // Without a sign-in, the key may be refused (403) on sign-in-only routes before it is counted.
      const expected = principal !== principals.jwt && JWT_ONLY.includes(operationId) ? [429, 403] : [429];
      let exchange = await session.send(probeRequest(ctx, operationId, { principal }));
      if (!expected.includes(exchange.status) && resetOf(exchange) > reset) {
        // A new window began part way through the phase: spend it too, then ask again.
        reset = (await spend()) ?? reset;
        exchange = await session.send(probeRequest(ctx, operationId, { principal }));
      }
      expectStatus(ctx, "documented_effects", exchange, expected, `${operationId} past the rate limit`);
    }
  } finally {
    session.waitOutRateLimits = true;
  }
}
