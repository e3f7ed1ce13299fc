import type { AuthData, AuthType, AuthTypeInput, Integration } from "../model/wire.js";

export type Detection = { ok: true; authType: AuthType } | { ok: false; problem: string };

/** The auth_data field that holds the secret of each auth type detected from its keys. */
export const PRIMARY_SECRET_FIELD: Partial<Record<AuthType, string>> = {
  oauth2: "access_token",
  api_key: "api_key",
  bearer_token: "token",
};

const fail = (problem: string): Detection => ({ ok: false, problem });

/**
 * The auth type of a new credential, as the spec documents it: an explicit `auth_type` wins
 * (legacy `bearer` = `bearer_token`); otherwise `access_token` → oauth2, `api_key` → api_key,
 * `token` → bearer_token. `modulex_key` and `custom` must be explicit; the integration must
 * support the result, and `auth_data` must fit it.
 */
export function detectAuthType(
  input: { auth_type?: AuthTypeInput | undefined; auth_data?: AuthData | undefined },
  integration: Pick<Integration, "integration_name" | "auth_types" | "custom_fields">,
): Detection {
  const data = input.auth_data;
  const explicit: AuthType | undefined = input.auth_type === "bearer" ? "bearer_token" : input.auth_type;
  let authType: AuthType;
  if (explicit) authType = explicit;
  else if (!data) return fail("auth_data is required unless auth_type is modulex_key");
  else if ("access_token" in data) authType = "oauth2";
  else if ("api_key" in data) authType = "api_key";
  else if ("token" in data) authType = "bearer_token";
  else
    return fail(
      "cannot detect the auth type: auth_data needs access_token, api_key or token (or send auth_type: custom)",
    );

  if (!integration.auth_types.includes(authType)) {
    return fail(
      `integration ${integration.integration_name} does not support auth type ${authType} (supported: ${integration.auth_types.join(", ")})`,
    );
  }
  if (authType === "modulex_key") {
    return data
      ? fail("auth_type modulex_key is a ModuleX-managed key and takes no auth_data")
      : { ok: true, authType };
  }
  if (!data) return fail(`auth_data is required for auth type ${authType}`);
  if (authType === "custom") return checkCustom(data, integration);
  const field = PRIMARY_SECRET_FIELD[authType]!;
  const secret = data[field];
  if (secret === undefined) return fail(`auth_data.${field} is required for auth type ${authType}`);
  if (typeof secret !== "string") return fail(`auth_data.${field} must be a string`);
  return { ok: true, authType };
}

function checkCustom(data: AuthData, integration: Pick<Integration, "integration_name" | "custom_fields">): Detection {
  const fields = integration.custom_fields ?? [];
  const missing = fields.filter((f) => f.required && data[f.name] === undefined).map((f) => f.name);
  if (missing.length)
    return fail(
      `auth_data is missing the ${integration.integration_name} manifest's required field(s): ${missing.join(", ")}`,
    );
  const known = new Set(fields.map((f) => f.name));
  const unknown = Object.keys(data).filter((k) => !known.has(k));
  if (unknown.length)
    return fail(
      `auth_data has field(s) the ${integration.integration_name} manifest does not declare: ${unknown.join(", ")}`,
    );
  return { ok: true, authType: "custom" };
}
