// positive_data_acceptance and negative_data_rejection over every operation the run can make
// valid input for: `runs` generated valid requests, then the invalid ones, with the state
// compared before and after the invalid ones of each writing operation.
import fc from "fast-check";
import { bodyAs } from "../spec/body-as.js";
import type { Exchange } from "../http/exchange.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { hasDetail } from "./has-detail.js";
import { isExchangeOf } from "../spec/is-exchange-of.js";
import { isSchemaValid } from "../generate/is-schema-valid.js";
import { JWT_ONLY } from "../spec/jwt-only.js";
import { negativeCases } from "../generate/negative-cases.js";
import { operationSpec } from "../spec/operation-spec.js";
import { positiveArbitrary } from "../generate/positive-arbitrary.js";
import { probeRequest } from "../generate/probe-request.js";
import { publicOperations } from "../spec/public-operations.js";
import type { RunContext } from "../run-context.js";
import { describeDifference, snapshotReads, stateSnapshot } from "./state-snapshot.js";
import type { OperationId } from "../spec/wire-types.js";
import { checkApiKeyCreated } from "./check-api-key-created.js";
import { followCreatedCredential } from "./follow-created-credential.js";

/** Operations that leave records no route can delete: generate fewer of them. */
const PERMANENT = new Set(["createOrganization", "createMemberInvitation"]);

/** The operation's success status: the lowest 2xx it declares. */
function successStatus(operationId: OperationId): number {
  const success = Object.keys(operationSpec(operationId).responses)
    .map(Number)
    .filter((s) => s >= 200 && s < 300)
    .sort((a, b) => a - b);
  return success[0] ?? 200;
}

export async function generatedCases(ctx: RunContext): Promise<void> {
  for (const [operationId] of publicOperations()) {
    const raw = positiveArbitrary(ctx, operationId);
    const valid = raw ? raw.filter((c) => isSchemaValid(c.request)) : null;
    const seed = ctx.seedFor(operationId);
    const runs = PERMANENT.has(operationId) ? Math.min(ctx.options.runs, 2) : ctx.options.runs;
    const success = successStatus(operationId);
    const principal = JWT_ONLY.includes(operationId) ? ctx.principals.jwt : ctx.principals.owner;
    const fallback = principal ? probeRequest(ctx, operationId, { principal }) : undefined;

    for (const positive of valid ? fc.sample(valid, { seed, numRuns: runs }) : []) {
      const exchange = await ctx.session.send(positive.request);
      if (!expectStatus(ctx, "positive_data_acceptance", exchange, success, `valid ${operationId}`)) continue;
      if (positive.kind === "createCredential" && isExchangeOf(exchange, "createCredential"))
        await followCreatedCredential(ctx, exchange, positive.created);
      if (positive.kind === "createApiKey" && isExchangeOf(exchange, "createApiKey"))
        await checkApiKeyCreated(ctx, exchange, positive.body);
      if (isExchangeOf(exchange, "createOrganization")) await checkOrganizationCreated(ctx, exchange);
      if (positive.kind === "updateCredential" && isExchangeOf(exchange, "updateCredential")) {
        const sent = positive.body;
        const got = bodyAs(exchange, 200);
        const problems: string[] = [];
        if (sent.display_name !== undefined && got?.display_name !== sent.display_name)
          problems.push("display_name was not updated");
        if (
          sent.metadata !== undefined &&
          Object.keys(sent.metadata).length > 0 &&
          JSON.stringify(got?.credentials_metadata) !== JSON.stringify(sent.metadata)
        ) {
          problems.push("metadata was not replaced by the one sent");
        }
        expectThat(ctx, "documented_effects", exchange, problems.length ? problems.join("; ") : null);
      }
    }

    const negatives = negativeCases(ctx, operationId, valid, seed, fallback);
    if (negatives.length === 0) continue;
    const writes = operationSpec(operationId).method !== "GET";
    const reads = writes ? snapshotReads(ctx, operationId) : [];
    const before = reads.length ? await stateSnapshot(ctx, reads) : "";
    const accepted: string[] = [];
    // The docs' test-temporary "wraps any failure as 500": in the default profile that documented
    // 500 (not_a_server_error judges its shape) refuses an invalid body as well as a 400 does.
    const wrapper =
      ctx.options.profile === "default" && operationSpec(operationId).responses["500"]?.documentedFailure === true;
    // --concurrency of them in flight at once; judged in order, so the report does not depend on timing.
    const answers: Exchange[] = [];
    for (let i = 0; i < negatives.length; i += ctx.options.concurrency) {
      answers.push(
        ...(await Promise.all(negatives.slice(i, i + ctx.options.concurrency).map((n) => ctx.session.send(n.request)))),
      );
    }
    for (const [i, negative] of negatives.entries()) {
      const exchange = answers[i]!;
      if (
        expectStatus(
          ctx,
          "negative_data_rejection",
          exchange,
          wrapper ? [400, 500] : 400,
          `${operationId} with ${negative.name}`,
        )
      ) {
        expectThat(
          ctx,
          "negative_data_rejection",
          exchange,
          hasDetail(exchange.body) ? null : `${exchange.status} without a {"detail"} string`,
        );
      } else accepted.push(`${negative.name} → ${exchange.status}`);
    }
    if (reads.length) {
      const after = await stateSnapshot(ctx, reads);
      const problem =
        before === after
          ? null
          : `state changed while invalid ${operationId} requests were refused (${accepted.join(", ") || "all answered 400"}): ${describeDifference(before, after)}`;
      ctx.results.verdict("negative_data_rejection", operationId, problem);
    }
  }
}

/** The creator of an organization is its owner, and the organization is listed as theirs. */
async function checkOrganizationCreated(ctx: RunContext, created: Exchange<"createOrganization">): Promise<void> {
  const org = bodyAs(created, 201);
  expectThat(
    ctx,
    "documented_effects",
    created,
    org?.role === "owner" ? null : `the creator's role is ${org?.role}, not owner`,
  );
  const list = await ctx.session.send({
    operationId: "listOrganizations",
    principal: ctx.principals.jwt ?? ctx.principals.owner,
    intent: "valid",
  });
  const mine = (bodyAs(list, 200)?.organizations ?? []).find((o) => o.organization_id === org?.organization_id);
  expectThat(
    ctx,
    "ensure_resource_availability",
    list,
    mine?.role === "owner" ? null : "a created organization is not listed with the creator as owner",
  );
}
