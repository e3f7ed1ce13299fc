// Valid `POST /credentials/test-temporary` requests over the server's catalog.
import fc from "fast-check";
import { authDataArbitrary } from "./auth-data-arbitrary.js";
import type { CatalogEntry } from "../run-context.js";

/** Valid `POST /credentials/test-temporary` bodies: integrations with api_key, bearer_token or oauth2. */
export function testTemporaryArbitrary(catalog: CatalogEntry[]): fc.Arbitrary<Record<string, unknown>> {
  const testable = ["api_key", "bearer_token", "oauth2"];
  const usable = catalog.filter((e) => e.auth_types.some((t) => testable.includes(t)));
  return fc
    .constantFrom(...usable)
    .chain((entry) =>
      fc.constantFrom(...entry.auth_types.filter((t) => testable.includes(t))).map((authType) => ({ entry, authType })),
    )
    .chain(({ entry, authType }) =>
      authDataArbitrary(entry, authType).map((authData) => ({
        integration_name: entry.integration_name,
        auth_type: authType,
        auth_data: authData,
      })),
    );
}
