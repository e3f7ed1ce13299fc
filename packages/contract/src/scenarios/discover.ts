// Learns who the given principals are (GET /me), what the catalog holds, which credential is
// each integration's default, and creates the fixture credential later probes need. First of
// all it makes sure the run can work at all: the server answers, and the --api-key is an owner
// of --org (a run with any other key would send hundreds of requests only to fail them).
import { bodyAs } from "../spec/body-as.js";
import type { Exchange } from "../http/exchange.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import { FatalRunError } from "../fatal-run-error.js";
import { printableUrl } from "../http/printable-url.js";
import type { Principal } from "../http/request-spec.js";
import { roleIn } from "./role-in.js";
import type { CatalogEntry, Fixture, Identity, PrincipalRole, RunContext } from "../run-context.js";

/** The principals besides the owner, in the order the report's notes name them. */
const OTHER_ROLES: PrincipalRole[] = ["jwt", "admin", "member", "inactive", "outsider", "locked"];

function identityOf(exchange: Exchange<"getMe">): Identity | null {
  const body = bodyAs(exchange, 200);
  if (!body || typeof body.user_id !== "string") return null;
  const memberships = Array.isArray(body.memberships)
    ? body.memberships.flatMap((m) =>
        m && typeof m.organization_id === "string" ? [{ ...m, organization_id: m.organization_id }] : [],
      )
    : [];
  return {
    userId: body.user_id,
    email: typeof body.email === "string" ? body.email : "",
    isActive: body.is_active !== false,
    memberships,
  };
}

/** What the catalog must give an entry for the run to use it (the rest it reads defensively). */
function isUsableEntry(entry: unknown): entry is CatalogEntry {
  return (
    !!entry &&
    typeof entry === "object" &&
    "integration_name" in entry &&
    typeof entry.integration_name === "string" &&
    "auth_types" in entry &&
    Array.isArray(entry.auth_types)
  );
}

/** Stops the run unless the --api-key is accepted and is an owner of --org. */
async function verifyOwner(ctx: RunContext): Promise<Identity> {
  const { session, options } = ctx;
  const where = (path: string) => `GET ${printableUrl(options.baseUrl + path)}`;
  const me = await session.send({ operationId: "getMe", principal: ctx.principals.owner, intent: "valid" });
  if (me.status === 0) throw new FatalRunError(`${where("/me")} ${me.noAnswer ?? "got no answer"}`);
  if (me.status === 401) throw new FatalRunError(`the --api-key was refused: ${where("/me")} answered 401`);
  expectStatus(ctx, "positive_data_acceptance", me, 200, "GET /me as owner");
  const identity = identityOf(me);
  if (!identity) {
    const hint =
      me.status === 404
        ? " (is --base-url the root of the API?)"
        : me.status === 200
          ? " (is this a ModuleX server?)"
          : "";
    throw new FatalRunError(`${where("/me")} with the --api-key answered ${me.status}, not 200 with the caller${hint}`);
  }
  const org = options.org;
  const role = roleIn(identity, org);
  // A key locked to another organization may see only that one on GET /me (the mock does so).
  if (role === null)
    throw new FatalRunError(
      `the --api-key is not an owner of --org ${org}: its user is not a member of that organization (or the key is locked to another one)`,
    );
  if (role !== "owner")
    throw new FatalRunError(`the --api-key is not an owner of --org ${org}: its user's role there is '${role}'`);
  if (!identity.isActive)
    throw new FatalRunError(
      `the --api-key is not usable: its user's account is inactive (refused everywhere but GET /me)`,
    );
  // A key locked to another organization lists only that one (and is refused on --org).
  const orgs = await session.send({
    operationId: "listOrganizations",
    principal: ctx.principals.owner,
    intent: "valid",
  });
  expectStatus(ctx, "positive_data_acceptance", orgs, 200, "GET /organizations as owner");
  const listed = bodyAs(orgs, 200)?.organizations;
  if (Array.isArray(listed) && !listed.some((o) => o?.organization_id === org)) {
    throw new FatalRunError(
      `the --api-key is not usable on --org ${org}: it is locked to another organization (GET /organizations does not list --org)`,
    );
  }
  return identity;
}

export async function discover(ctx: RunContext): Promise<void> {
  const { session, options } = ctx;
  const owner = await verifyOwner(ctx);
  ctx.identities.set("owner", owner);
  for (const role of OTHER_ROLES) {
    const principal = ctx.principals[role];
    if (!principal) continue;
    const me = await session.send({ operationId: "getMe", principal, intent: "valid" });
    expectStatus(ctx, "positive_data_acceptance", me, 200, `GET /me as ${role}`);
    const identity = identityOf(me);
    if (identity) ctx.identities.set(role, identity);
  }
  const jwtIdentity = ctx.identities.get("jwt");
  if (ctx.principals.jwt && jwtIdentity?.userId !== owner.userId)
    ctx.notes.push("--jwt does not belong to the --api-key's user");

  const catalog = await session.send({
    operationId: "listIntegrations",
    principal: ctx.principals.owner,
    intent: "valid",
  });
  expectStatus(ctx, "positive_data_acceptance", catalog, 200, "GET /integrations");
  const entries: unknown = bodyAs(catalog, 200)?.integrations;
  ctx.catalog = Array.isArray(entries) ? entries.filter(isUsableEntry) : [];
  if (ctx.catalog.length === 0) throw new FatalRunError("GET /integrations returned no integrations to work with");

  const list = await session.send({
    operationId: "listCredentials",
    principal: ctx.principals.owner,
    query: { limit: 500 },
    intent: "valid",
  });
  expectStatus(ctx, "positive_data_acceptance", list, 200, "GET /credentials");
  for (const group of Object.values(bodyAs(list, 200)?.integrations ?? {})) {
    for (const c of group?.credentials ?? [])
      if (c.is_default && c.credential_id) ctx.originalDefaults.set(c.integration_name ?? "", c.credential_id);
  }

  ctx.fixture = await createFixture(ctx, options.org, ctx.principals.owner, "fixture");
}

/** The integration fixtures use: one that takes an api_key, preferring one the run will not make default. */
function fixtureIntegration(ctx: RunContext): CatalogEntry | undefined {
  return ctx.catalog.find((e) => e.auth_types.includes("api_key"));
}

async function createFixture(
  ctx: RunContext,
  org: string,
  principal: Principal,
  label: string,
): Promise<Fixture | null> {
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
    body: {
      integration_name: integration.integration_name,
      auth_data: { api_key: secret },
      display_name: `modulex-contract ${label}`,
    },
    intent: "valid",
  });
  const body = bodyAs(created, 201);
  const id = body?.credential_id;
  if (!expectStatus(ctx, "positive_data_acceptance", created, 201, `creating the ${label} credential`) || !id)
    return null;
  ctx.secrets.addCredential(id, { authType: "api_key", authData: { api_key: secret } });
  expectThat(
    ctx,
    "positive_data_acceptance",
    created,
    body.auth_type === "api_key" ? null : "auth_data.api_key was not detected as api_key",
  );
  return { credentialId: id, integrationName: integration.integration_name, org, principal };
}
