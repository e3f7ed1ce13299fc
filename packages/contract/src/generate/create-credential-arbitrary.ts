// Valid `POST /credentials` requests, generated from the spec's schemas and made meaningful with
// the server's own catalog (an integration name that exists, an auth type it supports, the
// manifest's fields for `custom`).
import fc from "fast-check";
import { authDataArbitrary, clientSecretArbitrary } from "./auth-data-arbitrary.js";
import { displayNameArbitrary } from "./display-name-arbitrary.js";
import { resolveRef } from "../spec/resolve-ref.js";
import type { CatalogEntry } from "../run-context.js";
import { schemaArbitrary } from "./schema-arbitrary.js";

export interface CreateCase {
  body: Record<string, unknown>;
  /** The auth type the server must detect and store. */
  authType: string;
  authData: Record<string, unknown>;
  /** oauth_config.client_secret, which is a secret too. */
  clientSecret?: string;
}

/** The optional fields a generated create carries when it draws them. */
const OPTIONAL_FIELDS: Array<"display_name" | "metadata" | "make_default" | "expires_at"> = [
  "display_name",
  "metadata",
  "make_default",
  "expires_at",
];

const metadataArbitrary = schemaArbitrary(resolveRef("#/components/schemas/Metadata"));

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
                fc
                  .date({
                    min: new Date("2031-01-01T00:00:00Z"),
                    max: new Date("2035-01-01T00:00:00Z"),
                    noInvalidDate: true,
                  })
                  .map((d) => d.toISOString()),
              ),
              { nil: undefined },
            ),
            clientSecret: authType === "oauth2" ? clientSecretArbitrary : fc.constant(undefined),
          },
          { requiredKeys: ["authData", "explicit", "legacyBearer", "clientSecret", "display_name"] },
        )
        .map((r): CreateCase => {
          const body: Record<string, unknown> = { integration_name: entry.integration_name };
          if (authType !== "modulex_key") body.auth_data = r.authData;
          if (r.explicit) body.auth_type = authType === "bearer_token" && r.legacyBearer ? "bearer" : authType;
          for (const key of OPTIONAL_FIELDS) if (r[key] !== undefined) body[key] = r[key];
          if (r.clientSecret)
            body.oauth_config = {
              client_id: "modulex-contract",
              client_secret: r.clientSecret,
              token_url: "https://provider.example.com/token",
            };
          return {
            body,
            authType,
            authData: authType === "modulex_key" ? {} : r.authData,
            clientSecret: r.clientSecret,
          };
        }),
    );
}
