// missing_auth: every operation refuses a request without a usable bearer token with 401.
import fc from "fast-check";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { hasDetail } from "./has-detail.js";
import { probeRequest } from "../generate/probe-request.js";
import { publicOperations } from "../spec/public-operations.js";
import type { RunContext } from "../run-context.js";

/** A JWT with one character of its signature changed. */
function tamper(jwt: string): string {
  const last = jwt.at(-2) === "A" ? "B" : "A";
  return `${jwt.slice(0, -2)}${last}${jwt.slice(-1)}`;
}

export async function missingAuth(ctx: RunContext): Promise<void> {
  const [unknownKey] = fc.sample(fc.stringMatching(/^[A-Za-z0-9]{43}$/), {
    seed: ctx.seedFor("unknown-key"),
    numRuns: 1,
  });
  const variants: Array<{ name: string; authorization: string | null }> = [
    { name: "no Authorization header", authorization: null },
    { name: "a malformed bearer", authorization: "Bearer not-a-valid-token" },
    { name: "an unknown API key", authorization: `Bearer mx_live_${unknownKey}` },
    { name: "a Basic credential", authorization: "Basic Y29udHJhY3Q6cHJvYmU=" },
  ];
  if (ctx.principals.jwt)
    variants.push({ name: "a tampered JWT", authorization: `Bearer ${tamper(ctx.principals.jwt.token)}` });
  for (const [operationId, op] of publicOperations()) {
    if (!op.secured) continue;
    for (const variant of variants) {
      const request = probeRequest(ctx, operationId, { principal: null });
      if (variant.authorization !== null) request.authorization = variant.authorization;
      const exchange = await ctx.session.send(request);
      if (expectStatus(ctx, "missing_auth", exchange, 401, `${operationId} with ${variant.name}`)) {
        expectThat(ctx, "missing_auth", exchange, hasDetail(exchange.body) ? null : '401 without a {"detail"} string');
      }
    }
  }
}
