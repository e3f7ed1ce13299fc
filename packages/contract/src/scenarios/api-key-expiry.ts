// The docs (API tokens): tokens "have an explicit expiration time", "from 1 hour up to 1 year".
// A create without one is refused (400, what the mock does) or given a default; a default must
// be an explicit expiry within a year. --strict wants the 400. Needs a person's sign-in.
import { parseTimestamp } from "@modulex/spec/contract";
import { bodyAs } from "../spec/body-as.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { hasDetail } from "./has-detail.js";
import type { RunContext } from "../run-context.js";

const YEAR_MS = 366 * 24 * 3600 * 1000;

export async function apiKeyExpiry(ctx: RunContext): Promise<void> {
  const jwt = ctx.principals.jwt;
  if (!jwt) return;
  const { session } = ctx;
  const created = await session.send({
    operationId: "createApiKey",
    principal: jwt,
    body: { name: "modulex-contract no expiry" },
    intent: "invalid",
  });
  const allowed = ctx.options.profile === "strict" ? [400] : [400, 201];
  if (
    !expectStatus(
      ctx,
      "negative_data_rejection",
      created,
      allowed,
      "createApiKey without expires_in_seconds (tokens have an explicit expiration time)",
    )
  )
    return;
  if (created.status === 400) {
    expectThat(
      ctx,
      "negative_data_rejection",
      created,
      hasDetail(created.body) ? null : '400 without a {"detail"} string',
    );
    return;
  }
  const body = bodyAs(created, 201);
  if (body?.key) ctx.secrets.add(body.key, "API key created by the run");
  const expires = body?.expires_at ? parseTimestamp(body.expires_at) : NaN;
  const problem = Number.isNaN(expires)
    ? "a key created without expires_in_seconds does not expire (expires_at is null): the docs give every token an explicit expiration time"
    : expires - Date.now() > YEAR_MS
      ? `a key created without expires_in_seconds expires at ${body?.expires_at}, more than a year away`
      : null;
  expectThat(ctx, "documented_effects", created, problem);
  if (!problem)
    ctx.notes.push(`the server gives a key created without expires_in_seconds a default expiry (${body?.expires_at})`);
  if (body?.api_key_id) {
    const revoked = await session.send({
      operationId: "deleteApiKey",
      principal: jwt,
      pathParams: { api_key_id: body.api_key_id },
      intent: "valid",
    });
    expectStatus(ctx, "positive_data_acceptance", revoked, 204, "revoking the key created without an expiry");
  }
}
