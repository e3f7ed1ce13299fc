// `auth_data` for one integration and auth type: distinctive secrets the run can recognise in any
// answer, and for `custom` the fields of the integration's manifest.
import fc from "fast-check";
import type { CatalogEntry } from "../run-context.js";

/** A secret the run can recognise anywhere: distinctive, and both under and over 16 characters. */
const secretArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("sk", "tok", "key", "pat"), fc.stringMatching(/^[A-Za-z0-9]{6,34}$/))
  .map(([prefix, body]) => `${prefix}-mxc${body}`);

/** An optional client secret for `oauth_config`. */
export const clientSecretArbitrary = fc.option(secretArbitrary, { nil: undefined });

export function authDataArbitrary(entry: CatalogEntry, authType: string): fc.Arbitrary<Record<string, unknown>> {
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
      return fc.record(model, { requiredKeys: fields.filter((f) => f.required).map((f) => f.name) });
    }
    default:
      return fc.constant({});
  }
}
