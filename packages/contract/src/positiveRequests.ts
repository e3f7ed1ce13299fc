// Valid requests per operation, generated from the spec's parameter and body schemas, with
// the values a server can only accept when they are real (catalog names, the run's own ids)
// filled in from what the run knows. Every sample is checked with the spec's own validators.
import fc from "fast-check";
import { check, coerceParameter } from "@modulex/spec/contract";
import { createCredentialArbitrary, displayNameArbitrary, RUN_TAG, testTemporaryArbitrary, type CreateCase } from "./credentialRequests.js";
import type { RunContext } from "./RunContext.js";
import { schemaArbitrary } from "./schemaArbitrary.js";
import type { RequestSpec } from "./Session.js";
import { parameterSchema, requestBodySchema, resolveRef } from "./spec.js";
import { JWT_ONLY } from "./scenarios/forbiddenPrincipals.js";

export interface PositiveCase {
  request: RequestSpec;
  /** For createCredential: what was sent, so the lifecycle can check what comes back. */
  created?: CreateCase;
  /** Secrets in the request the response must not echo. */
  secrets: string[];
}

/** Optional query parameters from their schemas, with `overrides` for values that must be real. */
function queryArbitrary(ctx: RunContext, operationId: string, overrides: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<Record<string, string | number | boolean | undefined>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of ctx.session.operation(operationId).parameters) {
    if (p.in !== "query") continue;
    model[p.name] = fc.option(overrides[p.name] ?? schemaArbitrary(parameterSchema(operationId, p.name)), { nil: undefined });
  }
  return fc.record(model) as fc.Arbitrary<Record<string, string | number | boolean | undefined>>;
}

function bodyArbitrary(operationId: string, overrides: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<Record<string, unknown>> {
  const schema = requestBodySchema(operationId);
  if (!schema) throw new Error(`${operationId} takes no body`);
  const base = schemaArbitrary(schema) as fc.Arbitrary<Record<string, unknown>>;
  const names = Object.keys(overrides);
  if (names.length === 0) return base;
  return fc.tuple(base, fc.record(overrides, { requiredKeys: [] })).map(([b, o]) => {
    const out = { ...b };
    for (const name of names) {
      if (name in o && o[name] !== undefined) out[name] = o[name];
      else delete out[name];
    }
    return out;
  });
}

/** Does the request pass the spec's own validators (body and every parameter)? */
export function isSchemaValid(ctx: RunContext, request: RequestSpec): boolean {
  const op = ctx.session.operation(request.operationId);
  if (op.requestBody && check(op.requestBody.validator, request.body, "body").length > 0) return false;
  for (const p of op.parameters) {
    const raw = p.in === "query" ? request.query?.[p.name] : p.in === "path" ? request.pathParams?.[p.name] : undefined;
    if (raw === undefined) continue;
    if (check(p.validator, coerceParameter(String(raw), p.type), p.name).length > 0) return false;
  }
  return true;
}

/** Operations the generated phase leaves to the lifecycles (their valid inputs are ids the run must create first). */
export const LIFECYCLE_ONLY = new Set(["deleteMember", "getApiKey", "deleteApiKey", "deleteCredential", "completeCredentialOAuth2", "refreshCredentialOAuth2"]);

/** An arbitrary of valid requests for `operationId`, or null when the run cannot make one. */
export function positiveArbitrary(ctx: RunContext, operationId: string): fc.Arbitrary<PositiveCase> | null {
  if (LIFECYCLE_ONLY.has(operationId)) return null;
  const { principals } = ctx;
  const principal = JWT_ONLY.includes(operationId) ? principals.jwt : principals.owner;
  if (!principal) return null;
  const fixture = ctx.fixture;
  const names = ctx.catalog.map((e) => e.integration_name);
  const plain = (a: fc.Arbitrary<Partial<RequestSpec>>): fc.Arbitrary<PositiveCase> =>
    a.map((r) => ({ request: { operationId, principal, intent: "valid", ...r }, secrets: [] }));
  const onFixture = (a: fc.Arbitrary<Partial<RequestSpec>>): fc.Arbitrary<PositiveCase> | null =>
    fixture ? plain(a.map((r) => ({ ...r, pathParams: { credential_id: fixture.credentialId } }))) : null;
  const memberOf = (ctx.identities.get("owner")?.memberships ?? []).map((m) => m.organization_id);

  switch (operationId) {
    case "getMe":
    case "listOrganizations":
      return plain(fc.constantFrom(...[principals.owner, principals.jwt].filter((p) => p !== undefined)).map((p) => ({ principal: p })));
    case "listMembers":
    case "listApiKeys":
      return plain(fc.constant({}));
    case "testCredential":
    case "getCredentialUsage":
    case "setDefaultCredential":
      return onFixture(fc.constant({}));
    case "createOrganization":
      return plain(bodyArbitrary(operationId, { name: fc.stringMatching(/^modulex-contract [a-z0-9]{4,10}$/) }).map((body) => ({ body })));
    case "createMemberInvitation":
      return plain(fc.stringMatching(/^[a-z]{4,12}$/).map((local) => ({ body: { email: `contract-${local}@example.com` } })));
    case "createApiKey":
      return plain(
        bodyArbitrary(operationId, { organization_id: fc.constantFrom(null, ...memberOf), name: fc.stringMatching(/^[a-z0-9]{4,10}$/).map((s) => `${RUN_TAG} ${s}`) }).map((body) => ({ body })),
      );
    case "listIntegrations":
      return plain(queryArbitrary(ctx, operationId).map((query) => ({ query })));
    case "getIntegration":
      return plain(fc.constantFrom(...names).map((name) => ({ pathParams: { integration_name: name } })));
    case "listCredentials":
      return plain(
        queryArbitrary(ctx, operationId, { integration_name: fc.constantFrom(...names), offset: fc.integer({ min: 0, max: 20 }) }).map((query) => ({ query })),
      );
    case "listAuditEvents": {
      // A random credential_id is valid but matches nothing; the fixture's shows real events.
      const overrides: Record<string, fc.Arbitrary<unknown>> = { offset: fc.integer({ min: 0, max: 20 }) };
      if (fixture) overrides.credential_id = fc.constant(fixture.credentialId);
      return plain(queryArbitrary(ctx, operationId, overrides).map((query) => ({ query })));
    }
    case "createCredential":
      return createCredentialArbitrary(ctx.catalog).map((created) => ({
        request: { operationId, principal, intent: "valid", body: created.body },
        created,
        secrets: [...Object.values(created.authData).filter((v): v is string => typeof v === "string"), ...(created.clientSecret ? [created.clientSecret] : [])],
      }));
    case "testTemporaryCredential":
      return testTemporaryArbitrary(ctx.catalog).map(({ body, secrets }) => ({ request: { operationId, principal, intent: "valid", body }, secrets }));
    case "resolveCredential":
      if (!fixture) return null;
      return plain(
        fc.option(fc.constant(fixture.credentialId), { nil: undefined }).map((credentialId) => ({
          body: credentialId ? { integration_name: fixture.integrationName, credential_id: credentialId } : { integration_name: fixture.integrationName },
        })),
      );
    case "authorizeCredentialOAuth2": {
      const oauth = ctx.catalog.filter((e) => e.auth_types.includes("oauth2")).map((e) => e.integration_name);
      if (oauth.length === 0) return null;
      return plain(bodyArbitrary(operationId, { integration_name: fc.constantFrom(...oauth), redirect_uri: fc.constant("https://app.example.com/oauth/callback") }).map((body) => ({ body })));
    }
    case "getCredential":
      return onFixture(queryArbitrary(ctx, operationId).map((query) => ({ query })));
    case "listCredentialAudit":
      return onFixture(queryArbitrary(ctx, operationId, { offset: fc.integer({ min: 0, max: 20 }) }).map((query) => ({ query })));
    case "updateCredential":
      // Both fields are optional, but an empty update changes nothing to check (and --strict refuses it).
      return onFixture(
        bodyArbitrary(operationId, { display_name: fc.option(displayNameArbitrary, { nil: undefined }), metadata: fc.option(schemaArbitrary(resolveRef("#/components/schemas/Metadata")), { nil: undefined }) })
          .filter((body) => body.display_name !== undefined || body.metadata !== undefined)
          .map((body) => ({ body })),
      );
    default:
      return null;
  }
}
