// An API key's life (needs a person's sign-in): the full key is shown once and works at once,
// is listed and fetchable without its value, a key locked to one organization is refused on
// another the user belongs to, and after its revocation it is a 404 and its bearer a 401.
import { bodyAs } from "../spec/body-as.js";
import type { Exchange } from "../http/exchange.js";
import { expectStatus } from "./expect-status.js";
import { expectThat } from "./expect-that.js";
import type { Principal } from "../http/request-spec.js";
import type { RunContext } from "../run-context.js";
import type { Schema } from "../spec/wire-types.js";

/** Checks a 201 from createApiKey against the body sent, uses the key, then revokes it. */
export async function checkApiKeyCreated(
  ctx: RunContext,
  created: Exchange<"createApiKey">,
  sent: Partial<Schema<"CreateApiKeyRequest">>,
): Promise<void> {
  const jwt = ctx.principals.jwt;
  const body = bodyAs(created, 201);
  if (!jwt || !body?.api_key_id || !body.key) return;
  // Registered only now: this response is the one place the full key may appear.
  ctx.secrets.add(body.key, "API key created by the run");
  const problems: string[] = [];
  if (!body.prefix || !body.key.startsWith(body.prefix)) problems.push("prefix is not the start of the key");
  if ((body.organization_id ?? null) !== (sent.organization_id ?? null))
    problems.push("organization_id differs from the one sent");
  expectThat(ctx, "documented_effects", created, problems.length ? problems.join("; ") : null);

  const keyPrincipal: Principal = { name: "created-key", token: body.key };
  const on = { principal: jwt, pathParams: { api_key_id: body.api_key_id } };
  const me = await ctx.session.send({ operationId: "getMe", principal: keyPrincipal, intent: "valid" });
  if (expectStatus(ctx, "documented_effects", me, 200, "GET /me with the new key")) {
    const m = bodyAs(me, 200);
    expectThat(
      ctx,
      "documented_effects",
      me,
      m?.auth_method === "api_key" && m.api_key_id === body.api_key_id
        ? null
        : "GET /me with the new key does not report it",
    );
  }
  const got = await ctx.session.send({ ...on, operationId: "getApiKey", intent: "valid" });
  expectStatus(ctx, "ensure_resource_availability", got, 200, "GET /api-keys/{id} after create");
  const list = await ctx.session.send({ operationId: "listApiKeys", principal: jwt, intent: "valid" });
  const listed = (bodyAs(list, 200)?.api_keys ?? []).some((k) => k.api_key_id === body.api_key_id);
  expectThat(ctx, "ensure_resource_availability", list, listed ? null : "the new key is not listed");

  if (body.organization_id) {
    const lockedTo = body.organization_id;
    const other = ctx.identities
      .get("jwt")
      ?.memberships.find((m) => m.organization_id !== lockedTo && ["owner", "admin"].includes(m.role ?? ""));
    const home = await ctx.session.send({
      operationId: "listCredentials",
      principal: keyPrincipal,
      org: lockedTo,
      query: { limit: 1 },
      intent: "valid",
    });
    expectStatus(ctx, "documented_effects", home, 200, "a locked key in its own organization");
    const orgs = await ctx.session.send({ operationId: "listOrganizations", principal: keyPrincipal, intent: "valid" });
    const seen = (bodyAs(orgs, 200)?.organizations ?? []).map((o) => o.organization_id);
    expectThat(
      ctx,
      "documented_effects",
      orgs,
      orgs.status === 200 && seen.join() !== lockedTo
        ? `a key locked to ${lockedTo} sees organizations ${JSON.stringify(seen)}`
        : null,
    );
    if (other) {
      const away = await ctx.session.send({
        operationId: "listCredentials",
        principal: keyPrincipal,
        org: other.organization_id,
        query: { limit: 1 },
        intent: "probe",
      });
      expectStatus(
        ctx,
        "forbidden_principals",
        away,
        403,
        "a key locked to another organization, whose user is an admin or owner here",
      );
    }
  }

  const revoked = await ctx.session.send({ ...on, operationId: "deleteApiKey", intent: "valid" });
  if (!expectStatus(ctx, "positive_data_acceptance", revoked, 204, "DELETE /api-keys/{id}")) return;
  const again = await ctx.session.send({ ...on, operationId: "getApiKey", intent: "probe" });
  expectStatus(ctx, "use_after_free", again, 404, "GET /api-keys/{id} after revocation");
  const deleteAgain = await ctx.session.send({ ...on, operationId: "deleteApiKey", intent: "probe" });
  expectStatus(ctx, "use_after_free", deleteAgain, 404, "DELETE /api-keys/{id} after revocation");
  const used = await ctx.session.send({ operationId: "getMe", principal: keyPrincipal, intent: "probe" });
  expectStatus(ctx, "use_after_free", used, 401, "a revoked key as bearer");
}
