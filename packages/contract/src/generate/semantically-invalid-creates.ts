// The schema-valid `POST /credentials` bodies the spec still calls a 400.
import type { CatalogEntry } from "../run-context.js";

/** Schema-valid `POST /credentials` bodies that the spec still calls a 400, each with a name. */
export function semanticallyInvalidCreates(
  catalog: CatalogEntry[],
): Array<{ name: string; body: Record<string, unknown> }> {
  const out: Array<{ name: string; body: Record<string, unknown> }> = [];
  const names = new Set(catalog.map((e) => e.integration_name));
  let unknown = "no_such_integration";
  for (let i = 0; names.has(unknown); i++) unknown = `no_such_integration_${i}`;
  out.push({
    name: "unknown integration",
    body: { integration_name: unknown, auth_data: { api_key: "sk-mxcUnknownIntegration01" } },
  });
  const withoutApiKey = catalog.find((e) => !e.auth_types.includes("api_key"));
  if (withoutApiKey) {
    out.push({
      name: `auth type api_key, which ${withoutApiKey.integration_name} does not support`,
      body: {
        integration_name: withoutApiKey.integration_name,
        auth_type: "api_key",
        auth_data: { api_key: "sk-mxcUnsupportedType0001" },
      },
    });
  }
  const custom = catalog.find(
    (e) => e.auth_types.includes("custom") && (e.custom_fields ?? []).some((f) => f.required),
  );
  if (custom) {
    out.push({
      name: `custom without the manifest's required fields (${custom.integration_name})`,
      body: {
        integration_name: custom.integration_name,
        auth_type: "custom",
        auth_data: { not_a_manifest_field: "x" },
      },
    });
  }
  const apiKeyIntegration = catalog.find((e) => e.auth_types.includes("api_key"));
  if (apiKeyIntegration) {
    out.push({
      name: "auth_type api_key whose auth_data has no api_key",
      body: {
        integration_name: apiKeyIntegration.integration_name,
        auth_type: "api_key",
        auth_data: { something_else: "sk-mxcWrongShape000001" },
      },
    });
    out.push({ name: "no auth_data and no auth_type", body: { integration_name: apiKeyIntegration.integration_name } });
  }
  return out;
}
