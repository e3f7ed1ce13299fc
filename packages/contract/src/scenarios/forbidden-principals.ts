// forbidden_principals: the documented 403s, with the principals the run was given.
import { bodyAs } from "../spec/body-as.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { hasDetail } from "./has-detail.js";
import { JWT_ONLY } from "../spec/jwt-only.js";
import { probeRequest, UNUSED_UUID } from "../generate/probe-request.js";
import { publicOperations } from "../spec/public-operations.js";
import type { Principal, RequestSpec } from "../http/request-spec.js";
import { roleIn } from "./role-in.js";
import type { PrincipalRole, RunContext } from "../run-context.js";
import { takesOrg } from "../spec/takes-org.js";

async function expectForbidden(ctx: RunContext, request: RequestSpec, why: string): Promise<void> {
  const exchange = await ctx.session.send(request);
  if (expectStatus(ctx, "forbidden_principals", exchange, 403, `${request.operationId} ${why}`)) {
    expectThat(
      ctx,
      "forbidden_principals",
      exchange,
      hasDetail(exchange.body) ? null : '403 without a {"detail"} string',
    );
  }
}

export async function forbiddenPrincipals(ctx: RunContext): Promise<void> {
  const { principals, options } = ctx;
  const orgScoped = publicOperations().filter(([id, op]) => takesOrg(id) && op.responses["403"]);

  const refusedEverywhereInOrg: Array<[Principal | undefined, string]> = [
    [principals.member, "as a legacy member"],
    [principals.inactive, "as an inactive user"],
  ];
  const outsider = principals.outsider;
  if (outsider && roleIn(ctx.identities.get("outsider"), options.org) === null)
    refusedEverywhereInOrg.push([outsider, "as a non-member"]);
  else if (outsider) ctx.notes.push("--outsider-key's user is a member of --org: non-member 403s not checked");
  for (const [principal, why] of refusedEverywhereInOrg) {
    if (!principal) continue;
    for (const [operationId] of orgScoped)
      await expectForbidden(ctx, probeRequest(ctx, operationId, { principal }), why);
  }

  if (principals.inactive) {
    // Inactive users are refused everywhere but GET /me, user-scoped routes included.
    for (const [operationId, op] of publicOperations()) {
      if (takesOrg(operationId) || !op.responses["403"] || JWT_ONLY.includes(operationId)) continue;
      await expectForbidden(
        ctx,
        probeRequest(ctx, operationId, { principal: principals.inactive }),
        "as an inactive user",
      );
    }
  }

  if (principals.locked && options.otherOrg) {
    const lockedUserIsMember = roleIn(ctx.identities.get("locked"), options.otherOrg) !== null;
    if (!lockedUserIsMember)
      ctx.notes.push(
        "--locked-key's user is not a member of --other-org, so its 403s there do not isolate the lock (the API-key lifecycle checks a key locked by the run, when --jwt is given)",
      );
    for (const [operationId] of orgScoped) {
      await expectForbidden(
        ctx,
        probeRequest(ctx, operationId, { principal: principals.locked, org: options.otherOrg }),
        "with a key locked to another organization",
      );
    }
  }

  if (principals.jwt) {
    // A key can only be locked to an organization the caller belongs to.
    const exchange = await ctx.session.send(
      probeRequest(ctx, "createApiKey", {
        principal: principals.jwt,
        body: { name: "modulex-contract probe", organization_id: UNUSED_UUID, expires_in_seconds: 3600 },
      }),
    );
    expectStatus(
      ctx,
      "forbidden_principals",
      exchange,
      403,
      "createApiKey locked to an organization the caller is not in",
    );
    const leaked = bodyAs(exchange, 201)?.api_key_id;
    if (leaked)
      await ctx.session.send({
        operationId: "deleteApiKey",
        principal: principals.jwt,
        pathParams: { api_key_id: leaked },
        intent: "valid",
      });
  }

  // An API key where a person's sign-in is required.
  for (const operationId of JWT_ONLY)
    await expectForbidden(ctx, probeRequest(ctx, operationId), "with an API key instead of a sign-in");

  for (const role of ["member", "inactive", "outsider", "admin", "locked"] satisfies PrincipalRole[]) {
    if (principals[role] && !ctx.identities.has(role))
      ctx.notes.push(`--${role}-key: GET /me did not answer 200, so its identity is unknown`);
  }
}
