// Valid requests per operation, generated from the spec's parameter and body schemas, with
// the values a server can only accept when they are real (catalog names, the run's own ids)
// filled in from what the run knows. Every sample is checked with the spec's own validators.
import fc from "fast-check";
import { createCredentialArbitrary, type CreateCase } from "./create-credential-arbitrary.js";
import { displayNameArbitrary } from "./display-name-arbitrary.js";
import { JWT_ONLY } from "../spec/jwt-only.js";
import { operationSpec } from "../spec/operation-spec.js";
import type { RequestSpec } from "../http/request-spec.js";
import { resolveRef } from "../spec/resolve-ref.js";
import type { RunContext } from "../run-context.js";
import { RUN_TAG } from "./run-tag.js";
import { schemaArbitrary } from "./schema-arbitrary.js";
import { parameterSchema, requestBodySchema } from "../spec/spec-schemas.js";
import { testTemporaryArbitrary } from "./test-temporary-arbitrary.js";
import type { OperationId, Schema } from "../spec/wire-types.js";

/** A valid request, and for the operations whose answer is followed up, what was sent (typed). */
export type PositiveCase =
  | { kind: "createCredential"; request: RequestSpec; created: CreateCase }
  | { kind: "createApiKey"; request: RequestSpec; body: Partial<Schema<"CreateApiKeyRequest">> }
  | { kind: "updateCredential"; request: RequestSpec; body: Schema<"UpdateCredentialRequest"> }
  | { kind: "plain"; request: RequestSpec };

type Query = NonNullable<RequestSpec["query"]>;

/** Optional query parameters from their schemas, with `overrides` for values that must be real. */
function queryArbitrary(
  operationId: OperationId,
  overrides: Record<string, fc.Arbitrary<Query[string]>> = {},
): fc.Arbitrary<Query> {
  const model: Record<string, fc.Arbitrary<Query[string]>> = {};
  for (const p of operationSpec(operationId).parameters) {
    if (p.in !== "query") continue;
    model[p.name] = fc.option(
      overrides[p.name] ?? schemaArbitrary(parameterSchema(operationId, p.name)).filter(isQueryValue),
      { nil: undefined },
    );
  }
  return fc.record(model);
}

/** Query parameters are scalars (the spec declares no array or object one). */
const isQueryValue = (value: unknown): value is Query[string] =>
  ["string", "number", "boolean", "undefined"].includes(typeof value);

/**
 * Bodies for `operationId` from its request schema, with `overrides` for fields that must be real.
 * Typed as the spec's body: generation approximates the schema, and every sample is checked with
 * the spec's own validator (isSchemaValid) before it is sent as valid.
 */
function bodyArbitrary<Body extends object = Record<string, unknown>>(
  operationId: OperationId,
  overrides: Record<string, fc.Arbitrary<unknown>> = {},
): fc.Arbitrary<Body> {
  const schema = requestBodySchema(operationId);
  if (!schema) throw new Error(`${operationId} takes no body`);
  const names = Object.keys(overrides);
  const base = schemaArbitrary(schema).filter(
    (b): b is Record<string, unknown> => !!b && typeof b === "object" && !Array.isArray(b),
  );
  const merged =
    names.length === 0
      ? base
      : fc.tuple(base, fc.record(overrides, { requiredKeys: [] })).map(([b, o]) => {
          const out = { ...b };
          for (const name of names) {
            if (name in o && o[name] !== undefined) out[name] = o[name];
            else delete out[name];
          }
          return out;
        });
  // The types give up here: a JSON Schema read at run time cannot type its samples, and the
  // spec's validator, not the compiler, is what keeps them valid (see above).
  return merged as unknown as fc.Arbitrary<Body>;
}

/** Operations the generated phase leaves to the lifecycles (their valid inputs are ids the run must create first). */
const LIFECYCLE_ONLY = new Set([
  "deleteMember",
  "getApiKey",
  "deleteApiKey",
  "deleteCredential",
  "completeCredentialOAuth2",
  "refreshCredentialOAuth2",
]);

/** An arbitrary of valid requests for `operationId`, or null when the run cannot make one. */
export function positiveArbitrary(ctx: RunContext, operationId: OperationId): fc.Arbitrary<PositiveCase> | null {
  if (LIFECYCLE_ONLY.has(operationId)) return null;
  const { principals } = ctx;
  const principal = JWT_ONLY.includes(operationId) ? principals.jwt : principals.owner;
  if (!principal) return null;
  const fixture = ctx.fixture;
  const names = ctx.catalog.map((e) => e.integration_name);
  const plain = (a: fc.Arbitrary<Partial<RequestSpec>>): fc.Arbitrary<PositiveCase> =>
    a.map((r) => ({ kind: "plain", request: { operationId, principal, intent: "valid", ...r } }));
  const onFixture = (a: fc.Arbitrary<Partial<RequestSpec>>): fc.Arbitrary<PositiveCase> | null =>
    fixture ? plain(a.map((r) => ({ ...r, pathParams: { credential_id: fixture.credentialId } }))) : null;
  const memberOf = (ctx.identities.get("owner")?.memberships ?? []).map((m) => m.organization_id);

  switch (operationId) {
    case "getMe":
    case "listOrganizations":
      return plain(
        fc
          .constantFrom(...[principals.owner, principals.jwt].filter((p) => p !== undefined))
          .map((p) => ({ principal: p })),
      );
    case "listMembers":
    case "listApiKeys":
      return plain(fc.constant({}));
    case "testCredential":
    case "getCredentialUsage":
    case "setDefaultCredential":
      return onFixture(fc.constant({}));
    case "createOrganization":
      return plain(
        bodyArbitrary(operationId, { name: fc.stringMatching(/^modulex-contract [a-z0-9]{4,10}$/) }).map((body) => ({
          body,
        })),
      );
    case "createMemberInvitation":
      return plain(
        fc.stringMatching(/^[a-z]{4,12}$/).map((local) => ({ body: { email: `contract-${local}@example.com` } })),
      );
    case "createApiKey":
      return bodyArbitrary<Partial<Schema<"CreateApiKeyRequest">>>(operationId, {
        organization_id: fc.constantFrom(null, ...memberOf),
        name: fc.stringMatching(/^[a-z0-9]{4,10}$/).map((s) => `${RUN_TAG} ${s}`),
      }).map((body) => ({ kind: "createApiKey", request: { operationId, principal, intent: "valid", body }, body }));
    case "listIntegrations":
      return plain(queryArbitrary(operationId).map((query) => ({ query })));
    case "getIntegration":
      return plain(fc.constantFrom(...names).map((name) => ({ pathParams: { integration_name: name } })));
    case "listCredentials":
      return plain(
        queryArbitrary(operationId, {
          integration_name: fc.constantFrom(...names),
          offset: fc.integer({ min: 0, max: 20 }),
        }).map((query) => ({ query })),
      );
    case "listAuditEvents": {
      // A random credential_id is valid but matches nothing; the fixture's shows real events.
      const overrides: Record<string, fc.Arbitrary<Query[string]>> = { offset: fc.integer({ min: 0, max: 20 }) };
      if (fixture) overrides.credential_id = fc.constant(fixture.credentialId);
      return plain(queryArbitrary(operationId, overrides).map((query) => ({ query })));
    }
    case "createCredential":
      return createCredentialArbitrary(ctx.catalog).map((created) => ({
        kind: "createCredential",
        request: { operationId, principal, intent: "valid", body: created.body },
        created,
      }));
    case "testTemporaryCredential":
      return plain(testTemporaryArbitrary(ctx.catalog).map((body) => ({ body })));
    case "resolveCredential":
      if (!fixture) return null;
      return plain(
        fc.option(fc.constant(fixture.credentialId), { nil: undefined }).map((credentialId) => ({
          body: credentialId
            ? { integration_name: fixture.integrationName, credential_id: credentialId }
            : { integration_name: fixture.integrationName },
        })),
      );
    case "authorizeCredentialOAuth2": {
      const oauth = ctx.catalog.filter((e) => e.auth_types.includes("oauth2")).map((e) => e.integration_name);
      if (oauth.length === 0) return null;
      return plain(
        bodyArbitrary(operationId, {
          integration_name: fc.constantFrom(...oauth),
          redirect_uri: fc.constant("https://app.example.com/oauth/callback"),
        }).map((body) => ({ body })),
      );
    }
    case "getCredential":
      return onFixture(queryArbitrary(operationId).map((query) => ({ query })));
    case "listCredentialAudit":
      return onFixture(
        queryArbitrary(operationId, { offset: fc.integer({ min: 0, max: 20 }) }).map((query) => ({ query })),
      );
    case "updateCredential": {
      // Both fields are optional, but an empty update changes nothing to check (and --strict refuses it).
      if (!fixture) return null;
      const metadata = schemaArbitrary(resolveRef("#/components/schemas/Metadata"));
      return bodyArbitrary<Schema<"UpdateCredentialRequest">>(operationId, {
        display_name: fc.option(displayNameArbitrary, { nil: undefined }),
        metadata: fc.option(metadata, { nil: undefined }),
      })
        .filter((body) => body.display_name !== undefined || body.metadata !== undefined)
        .map((body) => ({
          kind: "updateCredential",
          request: {
            operationId,
            principal,
            intent: "valid",
            pathParams: { credential_id: fixture.credentialId },
            body,
          },
          body,
        }));
    }
    default:
      return null;
  }
}
