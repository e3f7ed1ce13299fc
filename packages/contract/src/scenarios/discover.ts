// Learns who the given principals are (GET /me), what the catalog holds, which credential is
// each integration's default, and creates the fixture credential later probes need.
import type { Exchange, Principal } from "../Session.js";
import { expectStatus, expectThat, type CatalogEntry, type Fixture, type Identity, type PrincipalRole, type RunContext } from "../RunContext.js";

export class FatalRunError extends Error {
  override name = "FatalRunError";
}

function identityOf(exchange: Exchange): Identity | null {
  const body = exchange.body as Partial<{ user_id: string; email: string; is_active: boolean; memberships: Identity["memberships"] }> | undefined;
  if (exchange.status !== 200 || !body?.user_id) return null;
  return { userId: body.user_id, email: body.email ?? "", isActive: body.is_active !== false, memberships: body.memberships ?? [] };
}

/** The role `identity` has in `org`, or null. */
export function roleIn(identity: Identity | undefined, org: string | undefined): string | null {
  return identity?.memberships.find((m) => m.organization_id === org)?.role ?? null;
}

export async function discover(ctx: RunContext): Promise<void> {
  const { session, options } = ctx;
  for (const [role, principal] of Object.entries(ctx.principals) as Array<[PrincipalRole, Principal]>) {
    const me = await session.send({ operationId: "getMe", principal, intent: "valid" });
    if (role === "owner" && me.status === 401) throw new FatalRunError(`the --api-key is not accepted by ${options.baseUrl} (GET /me answered 401)`);
    expectStatus(ctx, "positive_data_acceptance", me, 200, `GET /me as ${role}`);
    const identity = identityOf(me);
    if (identity) ctx.identities.set(role, identity);
  }
  const owner = ctx.identities.get("owner");
  if (!owner) throw new FatalRunError(`GET /me with the --api-key did not answer 200 with the caller`);
  if (!["owner"].includes(roleIn(owner, options.org) ?? "")) {
    ctx.notes.push(`the --api-key's user is '${roleIn(owner, options.org) ?? "not a member"}' in --org, not owner: owner-only checks will fail`);
  }
  const jwtIdentity = ctx.identities.get("jwt");
  if (ctx.principals.jwt && jwtIdentity?.userId !== owner.userId) ctx.notes.push("--jwt does not belong to the --api-key's user");

  const catalog = await session.send({ operationId: "listIntegrations", principal: ctx.principals.owner, intent: "valid" });
  expectStatus(ctx, "positive_data_acceptance", catalog, 200, "GET /integrations");
  ctx.catalog = ((catalog.body as { integrations?: CatalogEntry[] } | undefined)?.integrations ?? []).filter((e) => e && typeof e.integration_name === "string");
  if (ctx.catalog.length === 0) throw new FatalRunError("GET /integrations returned no integrations to work with");

  const list = await session.send({ operationId: "listCredentials", principal: ctx.principals.owner, query: { limit: 500 }, intent: "valid" });
  expectStatus(ctx, "positive_data_acceptance", list, 200, "GET /credentials");
  for (const group of Object.values((list.body as { integrations?: Record<string, { credentials?: Array<{ credential_id: string; is_default: boolean }> }> })?.integrations ?? {})) {
    for (const c of group.credentials ?? []) if (c.is_default) ctx.originalDefaults.set((c as { integration_name?: string }).integration_name ?? "", c.credential_id);
  }

  ctx.fixture = await createFixture(ctx, options.org, ctx.principals.owner, "fixture");
}

/** A principal allowed to manage credentials in `org` (owner first, then the outsider). */
export function writerIn(ctx: RunContext, org: string): Principal | null {
  for (const role of ["owner", "outsider"] as const) {
    const principal = ctx.principals[role];
    if (principal && ["owner", "admin"].includes(roleIn(ctx.identities.get(role), org) ?? "")) return principal;
  }
  return null;
}

/** The integration fixtures use: one that takes an api_key, preferring one the run will not make default. */
export function fixtureIntegration(ctx: RunContext): CatalogEntry | undefined {
  return ctx.catalog.find((e) => e.auth_types.includes("api_key"));
}

async function createFixture(ctx: RunContext, org: string, principal: Principal, label: string): Promise<Fixture | null> {
  const integration = fixtureIntegration(ctx);
  if (!integration) {
    ctx.notes.push("no integration in the catalog takes an api_key: fixture-based probes use an unused id");
    return null;
  }
  const secret = `sk-mxcFixture${Math.abs(ctx.seedFor(label + org)).toString(36)}Zq`;
  ctx.secrets.add(secret, "credential secret");
  const created = await ctx.session.send({
    operationId: "createCredential",
    principal,
    org,
    body: { integration_name: integration.integration_name, auth_data: { api_key: secret }, display_name: `modulex-contract ${label}` },
    intent: "valid",
  });
  const id = (created.body as { credential_id?: string } | undefined)?.credential_id;
  if (!expectStatus(ctx, "positive_data_acceptance", created, 201, `creating the ${label} credential`) || !id) return null;
  ctx.secrets.addCredential(id, { authType: "api_key", authData: { api_key: secret } });
  expectThat(ctx, "positive_data_acceptance", created, (created.body as { auth_type?: string }).auth_type === "api_key" ? null : "auth_data.api_key was not detected as api_key");
  return { credentialId: id, integrationName: integration.integration_name, org, principal };
}
