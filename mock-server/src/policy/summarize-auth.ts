import type { AuthData, AuthType, Integration } from "../model/wire.js";
import { PRIMARY_SECRET_FIELD } from "./detect-auth-type.js";
import { maskSecret } from "./mask-secret.js";

/** The field holding a credential's main secret: by auth type, or a custom manifest's first secret field. */
export function primarySecretField(
  authType: AuthType,
  integration: Pick<Integration, "custom_fields">,
): string | undefined {
  if (authType === "custom") return integration.custom_fields?.find((f) => f.secret)?.name;
  return PRIMARY_SECRET_FIELD[authType];
}

/**
 * `auth_summary`: a label for OAuth2 and ModuleX-managed keys, the masked secret for API-key and
 * bearer credentials, and the masked first secret field for custom ones.
 */
export function summarizeAuth(
  authType: AuthType,
  authData: AuthData | null,
  integration: Pick<Integration, "custom_fields">,
): string {
  if (authType === "oauth2") return "OAuth2 connection";
  if (authType === "modulex_key") return "ModuleX-managed key";
  const field = primarySecretField(authType, integration);
  const value = field ? authData?.[field] : undefined;
  if (value === undefined) return authType === "custom" ? "Custom credential" : "***";
  return maskSecret(String(value));
}

/** `auth_data_masked`: every stored auth_data field mapped to its masked value. */
export function maskAuthData(authData: AuthData | null): Record<string, string> | null {
  if (!authData) return null;
  return Object.fromEntries(Object.entries(authData).map(([k, v]) => [k, maskSecret(String(v))]));
}
