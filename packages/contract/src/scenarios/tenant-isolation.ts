// tenant_isolation: a credential of one organization is invisible from another. Created fresh
// in one organization, it must not change the other's counts, and every route of the other
// must treat its id as missing (404), its lists and audit filters must not show it, and
// resolution there must not pick it.
import { auditTotal } from "./audit-events-in.js";
import { bodyAs } from "../spec/body-as.js";
import { credentialIdsIn } from "./credential-ids-in.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { probeRequest } from "../generate/probe-request.js";
import { credentialIdOperations } from "../spec/public-operations.js";
import type { Principal, RequestSpec } from "../http/request-spec.js";
import type { RunContext } from "../run-context.js";
import { writerIn } from "./writer-in.js";

interface Counts {
  credentials: number | null;
  audit: number | null;
}

async function counts(ctx: RunContext, org: string, principal: Principal): Promise<Counts> {
  const list = await ctx.session.send({
    operationId: "listCredentials",
    principal,
    org,
    query: { limit: 1 },
    intent: "valid",
  });
  const audit = await ctx.session.send({
    operationId: "listAuditEvents",
    principal,
    org,
    query: { limit: 1 },
    intent: "valid",
  });
  return {
    credentials: list.status === 200 ? (bodyAs(list, 200)?.total_credentials ?? null) : null,
    audit: audit.status === 200 ? auditTotal(audit.body) : null,
  };
}

/** Creates a credential in `home` and checks that `away` cannot see, count, change or use it. */
async function isolate(
  ctx: RunContext,
  home: { org: string; principal: Principal },
  away: { org: string; principal: Principal },
): Promise<void> {
  const { session } = ctx;
  const integration = ctx.catalog.find((e) => e.auth_types.includes("api_key"));
  if (!integration) return;
  const before = await counts(ctx, away.org, away.principal);
  const secret = `sk-mxcIsolation${Math.abs(ctx.seedFor(home.org)).toString(36)}Q`;
  ctx.secrets.add(secret, "credential secret");
  const created = await session.send({
    operationId: "createCredential",
    principal: home.principal,
    org: home.org,
    body: {
      integration_name: integration.integration_name,
      auth_data: { api_key: secret },
      display_name: "modulex-contract isolation",
      make_default: false,
    },
    intent: "valid",
  });
  const id = bodyAs(created, 201)?.credential_id;
  if (
    !expectStatus(ctx, "positive_data_acceptance", created, 201, "creating a credential for the isolation check") ||
    !id
  )
    return;
  ctx.secrets.addCredential(id, { authType: "api_key", authData: { api_key: secret } });

  const after = await counts(ctx, away.org, away.principal);
  const countProblem =
    before.credentials !== after.credentials || before.audit !== after.audit
      ? `creating a credential in ${home.org} changed ${away.org}'s counts (credentials ${before.credentials} → ${after.credentials}, audit ${before.audit} → ${after.audit})`
      : null;
  ctx.results.verdict("tenant_isolation", "listCredentials", countProblem);

  const asAway = {
    principal: away.principal,
    org: away.org,
    pathParams: { credential_id: id },
    intent: "probe",
  } satisfies Partial<RequestSpec>;
  for (const operationId of credentialIdOperations()) {
    const masked = operationId === "getCredential" ? { query: { include_masked: true } } : {};
    const exchange = await session.send(probeRequest(ctx, operationId, { ...asAway, ...masked }));
    expectStatus(ctx, "tenant_isolation", exchange, 404, `${operationId} on another organization's credential`);
  }
  const explicit = await session.send({
    ...asAway,
    operationId: "resolveCredential",
    body: { integration_name: integration.integration_name, credential_id: id },
  });
  expectStatus(ctx, "tenant_isolation", explicit, 404, "resolving another organization's credential by id");
  const resolved = await session.send({
    ...asAway,
    operationId: "resolveCredential",
    body: { integration_name: integration.integration_name },
  });
  expectThat(
    ctx,
    "tenant_isolation",
    resolved,
    credentialIdsIn(resolved.body).includes(id) ? "resolution picked another organization's credential" : null,
  );

  for (const query of [{ limit: 500 }, { integration_name: integration.integration_name, limit: 500 }]) {
    const list = await session.send({
      operationId: "listCredentials",
      principal: away.principal,
      org: away.org,
      query,
      intent: "valid",
    });
    expectThat(
      ctx,
      "tenant_isolation",
      list,
      credentialIdsIn(list.body).includes(id) ? "another organization's credential is listed" : null,
    );
  }
  const audit = await session.send({
    operationId: "listAuditEvents",
    principal: away.principal,
    org: away.org,
    query: { credential_id: id },
    intent: "valid",
  });
  expectThat(
    ctx,
    "tenant_isolation",
    audit,
    audit.status === 200 && auditTotal(audit.body) > 0
      ? "another organization's audit events are visible through the credential_id filter"
      : null,
  );

  const stillThere = await session.send({
    operationId: "getCredential",
    principal: home.principal,
    org: home.org,
    pathParams: { credential_id: id },
    intent: "valid",
  });
  expectStatus(
    ctx,
    "tenant_isolation",
    stillThere,
    200,
    "the credential after the other organization's attempts to change and delete it",
  );
  const gone = await session.send({
    operationId: "deleteCredential",
    principal: home.principal,
    org: home.org,
    pathParams: { credential_id: id },
    intent: "valid",
  });
  expectStatus(ctx, "positive_data_acceptance", gone, 204, "deleting the isolation credential");
}

export async function tenantIsolation(ctx: RunContext): Promise<void> {
  const { options, principals } = ctx;
  if (!options.otherOrg) return; // named in the Notes (optional-inputs.ts)
  // The other side needs an owner or admin of --other-org: to look from there, and to create there.
  const away = writerIn(ctx, options.otherOrg);
  if (!away) {
    ctx.notes.push("no principal who is an owner or admin of --other-org: tenant isolation not checked");
    return;
  }
  await isolate(ctx, { org: options.org, principal: principals.owner }, { org: options.otherOrg, principal: away });
  await isolate(ctx, { org: options.otherOrg, principal: away }, { org: options.org, principal: principals.owner });
}
