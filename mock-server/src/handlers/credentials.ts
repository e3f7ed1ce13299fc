// Credentials (spec tag "Credentials"): org-scoped, owner/admin only. A credential of another
// organization is a 404 exactly like a missing one, because every lookup is scoped to the org.
import { route, type RouteContext } from "../core/route.js";
import { iso, wireTime } from "../policy/wire-time.js";
import { ApiError, badRequest, noContent, notFound } from "../core/errors.js";
import { findIntegration, type CatalogEntry } from "../model/catalog.js";
import { insertCredential, unsetDefault } from "./insert-credential.js";
import { writeAudit } from "./write-audit.js";
import { integrationOf, openSecret, toCredential, toCredentialDetail } from "./views.js";
import { listFlat, listGrouped } from "./list-credentials.js";
import type { CredentialRow } from "../core/store.js";
import { detectAuthType } from "../policy/detect-auth-type.js";
import { evaluateCredentialTest } from "../policy/evaluate-credential-test.js";
import { resolveCredential } from "../policy/resolve-credential.js";
import { parseTimestamp } from "@modulex/spec/contract";

export function credentialInOrg({
  env,
  org,
  params,
}: Pick<RouteContext, "env" | "org"> & { params: { credential_id: string } }): CredentialRow {
  const row = env.store.credentials.get(params.credential_id);
  // One of another organization is a 404 exactly like a missing one.
  if (!row || row.organization_id !== org.organizationId) throw notFound("Credential not found");
  return row;
}

export function knownIntegration(name: string): CatalogEntry {
  const integration = findIntegration(name);
  if (!integration) throw badRequest(`Unknown integration: ${name} (see GET /integrations)`);
  return integration;
}

const expiresAtMs = (row: CredentialRow) => (row.expires_at ? Date.parse(row.expires_at) : null);

export const credentialRoutes = [
  route({
    operationId: "listCredentials",
    handle: ({ env, org, query, json }) => {
      const page = { limit: query.limit ?? 100, offset: query.offset ?? 0, authType: query.auth_type ?? null };
      const integrationName = query.integration_name;
      const matches = env.store.credentials
        .group("organization", org.organizationId)
        .filter(
          (c) =>
            (!integrationName || c.integration_name === integrationName) &&
            (!page.authType || c.auth_type === page.authType),
        );
      return json(integrationName ? listFlat(env, integrationName, matches, page) : listGrouped(env, matches, page));
    },
  }),
  route({
    operationId: "createCredential",
    handle: async ({ env, org, caller, body, json }) => {
      const input = body;
      const integration = knownIntegration(input.integration_name);
      const detection = detectAuthType(input, integration);
      if (!detection.ok) throw badRequest(detection.problem);
      if (input.oauth_config && detection.authType !== "oauth2")
        throw badRequest("oauth_config is only accepted for oauth2 credentials");
      const expiresAt = input.expires_at ? parseTimestamp(input.expires_at) : null;
      if (Number.isNaN(expiresAt)) throw badRequest("body.expires_at is not a date-time the mock can read");
      const row = await insertCredential(
        env,
        {
          organization_id: org.organizationId,
          integration_name: integration.integration_name,
          auth_type: detection.authType,
          auth_data: input.auth_data ?? null,
          oauth_config: input.oauth_config ?? null,
          display_name: input.display_name ?? `${integration.display_name} (${detection.authType})`,
          metadata: input.metadata ?? null,
          is_default: input.make_default ?? false,
          expires_at: expiresAt === null ? null : iso(expiresAt),
          created_by: caller.user.user_id,
        },
        caller,
      );
      return json(toCredential(env, row), 201);
    },
  }),
  route({
    operationId: "getCredential",
    find: credentialInOrg,
    handle: async ({ env, query, json }, row) =>
      json(await toCredentialDetail(env, row, query.include_masked === true)),
  }),
  route({
    operationId: "updateCredential",
    find: credentialInOrg,
    handle: async ({ env, caller, body, json }, row) => {
      const input = body;
      if (input.display_name === undefined && input.metadata === undefined) {
        // Both fields are optional in the docs: an empty update (or one of ignored fields) changes nothing.
        if (env.strict) throw badRequest("body: nothing to update (send display_name and/or metadata)");
        return json(toCredential(env, row));
      }
      const updated = await env.store.credentials.update(row, {
        data: (c) => {
          if (input.display_name !== undefined) c.display_name = input.display_name;
          if (input.metadata !== undefined) c.metadata = input.metadata;
          c.updated_at = iso(env.now());
        },
      });
      await writeAudit(env, caller, row, "CREDENTIAL_UPDATED", {
        changed: Object.keys(input)
          .filter((k) => k === "display_name" || k === "metadata")
          .sort(),
      });
      return json(toCredential(env, updated!));
    },
  }),
  route({
    operationId: "deleteCredential",
    find: credentialInOrg,
    handle: async ({ env, caller }, row) => {
      env.store.credentials.delete(row);
      env.keyring.forget(row.organization_id, row.credential_id);
      await writeAudit(env, caller, row, "CREDENTIAL_DELETED", {
        display_name: row.display_name,
        auth_type: row.auth_type,
        was_default: row.is_default,
      });
      return noContent();
    },
  }),
  route({
    operationId: "testCredential",
    find: credentialInOrg,
    handle: async ({ env, json }, row) => {
      const now = env.now();
      const { auth_data } = await openSecret(env, row);
      const outcome = evaluateCredentialTest({
        integration: integrationOf(row),
        authType: row.auth_type,
        authData: auth_data,
        expiresAt: expiresAtMs(row),
        now,
      });
      const result =
        outcome.kind === "result"
          ? outcome.result
          : {
              integration_name: row.integration_name,
              auth_type: row.auth_type,
              test_endpoint: integrationOf(row).test_endpoint,
              is_valid: false,
              message: outcome.message,
              test_method: "api_call" as const,
              status_code: null,
              cost_level: null,
            };
      return json({ ...result, tested_at: wireTime(env, iso(now)), credential_id: row.credential_id });
    },
  }),
  route({
    operationId: "testTemporaryCredential",
    failureWrapper: "Failed to test credential: ",
    handle: ({ env, body, json }) => {
      const input = body;
      const integration = knownIntegration(input.integration_name);
      const detection = detectAuthType(input, integration);
      if (!detection.ok) throw badRequest(detection.problem);
      const now = env.now();
      const outcome = evaluateCredentialTest({
        integration,
        authType: detection.authType,
        authData: input.auth_data,
        expiresAt: null,
        now,
      });
      if (outcome.kind === "unreachable") throw new ApiError(500, `Failed to test credential: ${outcome.message}`);
      return json({ ...outcome.result, tested_at: wireTime(env, iso(now)) });
    },
  }),
  route({
    operationId: "setDefaultCredential",
    find: credentialInOrg,
    handle: async ({ env, caller, json }, row) => {
      if (row.is_default) return json(toCredential(env, row)); // idempotent: nothing changes, nothing is written
      await unsetDefault(env, caller, row.organization_id, row.integration_name, row.credential_id);
      const updated = await env.store.credentials.update(row, {
        data: (c) => {
          c.is_default = true;
          c.updated_at = iso(env.now());
        },
      });
      await writeAudit(env, caller, row, "CREDENTIAL_ACTIVATED", { is_default: true });
      return json(toCredential(env, updated!));
    },
  }),
  route({
    operationId: "getCredentialUsage",
    find: credentialInOrg,
    handle: ({ env, json }, row) =>
      json({
        credential_id: row.credential_id,
        usage_count: row.usage_count,
        first_used_at: wireTime(env, row.first_used_at),
        last_used_at: wireTime(env, row.last_used_at),
      }),
  }),
  route({
    operationId: "refreshCredentialOAuth2",
    find: credentialInOrg,
    handle: () => {
      throw badRequest(
        "Manual OAuth2 refresh is deprecated and known to be broken. Reconnect the integration through the OAuth connect flow " +
          "(POST /credentials/oauth2/authorize), which creates a fresh credential, then delete the stale one.",
      );
    },
  }),
  route({
    operationId: "resolveCredential",
    handle: async ({ env, org, body, json }) => {
      const input = body;
      knownIntegration(input.integration_name);
      const now = env.now();
      const candidates = env.store.credentials
        .group("organization", org.organizationId)
        .filter((row) => row.integration_name === input.integration_name)
        .map((row) => ({
          row,
          credential_id: row.credential_id,
          auth_type: row.auth_type,
          is_default: row.is_default,
          expiresAt: expiresAtMs(row),
          createdAt: Date.parse(row.created_at),
          seq: row.seq,
        }));
      const { credential, resolvedBy } = resolveCredential(candidates, now, input.credential_id);
      if (!credential) {
        throw notFound(
          input.credential_id ? "Credential not found" : `No credential found for ${input.integration_name}`,
        );
      }
      const used = await env.store.credentials.update(credential.row, {
        data: (c) => {
          c.usage_count += 1;
          c.first_used_at ??= iso(now);
          c.last_used_at = iso(now);
        },
      });
      return json({ resolved_by: resolvedBy, credential: await toCredentialDetail(env, used!, false) });
    },
  }),
];
