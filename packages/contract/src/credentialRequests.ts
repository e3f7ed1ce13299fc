// Valid credential requests, generated from the spec's schemas and made meaningful with the
// server's own catalog (an integration name that exists, an auth type it supports, the
// manifest's fields for `custom`), plus the semantically invalid ones the spec calls 400s.
import fc from "fast-check";
import type { CatalogEntry } from "./RunContext.js";
import { schemaArbitrary } from "./schemaArbitrary.js";
import { resolveRef } from "./spec.js";

/** A secret the run can recognise anywhere: distinctive, and both under and over 16 characters. */
export const secretArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("sk", "tok", "key", "pat"), fc.stringMatching(/^[A-Za-z0-9]{6,34}$/))
  .map(([prefix, body]) => `${prefix}-mxc${body}`);

export interface CreateCase {
  body: Record<string, unknown>;
  /** The auth type the server must detect and store. */
  authType: string;
  authData: Record<string, unknown>;
  /** oauth_config.client_secret, which is a secret too. */
  clientSecret?: string;
}

const metadataArbitrary = schemaArbitrary(resolveRef("#/components/schemas/Metadata"));
/** Every credential the run creates is named "modulex-contract …", so `modulex-contract cleanup` can find what a crashed run left. */
export const RUN_TAG = "modulex-contract";
export const displayNameArbitrary = fc.stringMatching(/^[A-Za-z0-9 ()._-]{0,40}$/).map((s) => `${RUN_TAG} ${s}`.trimEnd());

function authDataArbitrary(entry: CatalogEntry, authType: string): fc.Arbitrary<Record<string, unknown>> {
  switch (authType) {
    case "api_key":
      return secretArbitrary.map((s) => ({ api_key: s }));
    case "bearer_token":
      return secretArbitrary.map((s) => ({ token: s }));
    case "oauth2":
      return fc.record(
        { access_token: secretArbitrary, refresh_token: secretArbitrary, token_type: fc.constant("bearer") },
        { requiredKeys: ["access_token"] },
      );
    case "custom": {
      const fields = entry.custom_fields ?? [];
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const f of fields) model[f.name] = f.secret ? secretArbitrary : fc.stringMatching(/^[a-z][a-z0-9.-]{2,20}$/);
      return fc.record(model, { requiredKeys: fields.filter((f) => f.required).map((f) => f.name) }) as fc.Arbitrary<Record<string, unknown>>;
    }
    default:
      return fc.constant({});
  }
}

/** Valid `POST /credentials` bodies over the catalog. */
export function createCredentialArbitrary(catalog: CatalogEntry[]): fc.Arbitrary<CreateCase> {
  const usable = catalog.filter((e) => e.auth_types.length > 0);
  return fc
    .constantFrom(...usable)
    .chain((entry) => fc.constantFrom(...entry.auth_types).map((authType) => ({ entry, authType })))
    .chain(({ entry, authType }) =>
      fc
        .record(
          {
            authData: authDataArbitrary(entry, authType),
            // api_key, bearer_token and oauth2 may rely on detection; modulex_key and custom must be explicit.
            explicit: ["modulex_key", "custom"].includes(authType) ? fc.constant(true) : fc.boolean(),
            legacyBearer: fc.boolean(),
            display_name: displayNameArbitrary,
            metadata: fc.option(metadataArbitrary, { nil: undefined }),
            make_default: fc.option(fc.boolean(), { nil: undefined }),
            expires_at: fc.option(
              fc.oneof(
                fc.constant(null),
                fc.date({ min: new Date("2031-01-01T00:00:00Z"), max: new Date("2035-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
              ),
              { nil: undefined },
            ),
            clientSecret: authType === "oauth2" ? fc.option(secretArbitrary, { nil: undefined }) : fc.constant(undefined),
          },
          { requiredKeys: ["authData", "explicit", "legacyBearer", "clientSecret", "display_name"] },
        )
        .map((r): CreateCase => {
          const body: Record<string, unknown> = { integration_name: entry.integration_name };
          if (authType !== "modulex_key") body.auth_data = r.authData;
          if (r.explicit) body.auth_type = authType === "bearer_token" && r.legacyBearer ? "bearer" : authType;
          for (const key of ["display_name", "metadata", "make_default", "expires_at"] as const) if (r[key] !== undefined) body[key] = r[key];
          if (r.clientSecret) body.oauth_config = { client_id: "modulex-contract", client_secret: r.clientSecret, token_url: "https://provider.example.com/token" };
          return { body, authType, authData: authType === "modulex_key" ? {} : r.authData, clientSecret: r.clientSecret };
        }),
    );
}

/** Valid `POST /credentials/test-temporary` bodies: integrations with api_key, bearer_token or oauth2. */
export function testTemporaryArbitrary(catalog: CatalogEntry[]): fc.Arbitrary<{ body: Record<string, unknown>; secrets: string[] }> {
  const testable = ["api_key", "bearer_token", "oauth2"];
  const usable = catalog.filter((e) => e.auth_types.some((t) => testable.includes(t)));
  return fc
    .constantFrom(...usable)
    .chain((entry) => fc.constantFrom(...entry.auth_types.filter((t) => testable.includes(t))).map((authType) => ({ entry, authType })))
    .chain(({ entry, authType }) =>
      authDataArbitrary(entry, authType).map((authData) => ({
        body: { integration_name: entry.integration_name, auth_type: authType, auth_data: authData },
        secrets: Object.values(authData).filter((v): v is string => typeof v === "string"),
      })),
    );
}

/** Schema-valid `POST /credentials` bodies that the spec still calls a 400, each with a name. */
export function semanticallyInvalidCreates(catalog: CatalogEntry[]): Array<{ name: string; body: Record<string, unknown> }> {
  const out: Array<{ name: string; body: Record<string, unknown> }> = [];
  const names = new Set(catalog.map((e) => e.integration_name));
  let unknown = "no_such_integration";
  for (let i = 0; names.has(unknown); i++) unknown = `no_such_integration_${i}`;
  out.push({ name: "unknown integration", body: { integration_name: unknown, auth_data: { api_key: "sk-mxcUnknownIntegration01" } } });
  const withoutApiKey = catalog.find((e) => !e.auth_types.includes("api_key"));
  if (withoutApiKey) {
    out.push({
      name: `auth type api_key, which ${withoutApiKey.integration_name} does not support`,
      body: { integration_name: withoutApiKey.integration_name, auth_type: "api_key", auth_data: { api_key: "sk-mxcUnsupportedType0001" } },
    });
  }
  const custom = catalog.find((e) => e.auth_types.includes("custom") && (e.custom_fields ?? []).some((f) => f.required));
  if (custom) {
    out.push({
      name: `custom without the manifest's required fields (${custom.integration_name})`,
      body: { integration_name: custom.integration_name, auth_type: "custom", auth_data: { not_a_manifest_field: "x" } },
    });
  }
  const apiKeyIntegration = catalog.find((e) => e.auth_types.includes("api_key"));
  if (apiKeyIntegration) {
    out.push({
      name: "auth_type api_key whose auth_data has no api_key",
      body: { integration_name: apiKeyIntegration.integration_name, auth_type: "api_key", auth_data: { something_else: "sk-mxcWrongShape000001" } },
    });
    out.push({ name: "no auth_data and no auth_type", body: { integration_name: apiKeyIntegration.integration_name } });
  }
  return out;
}
