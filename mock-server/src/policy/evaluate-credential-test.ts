import type { AuthData, AuthType, CredentialTestResult } from "../model/wire.js";
import type { CatalogEntry } from "../model/catalog.js";
import { primarySecretField } from "./summarize-auth.js";

export interface TestSubject {
  integration: CatalogEntry;
  authType: AuthType;
  authData: AuthData | null;
  expiresAt: number | null;
  now: number;
}

export type TestOutcome =
  | { kind: "result"; result: Omit<CredentialTestResult, "tested_at" | "credential_id"> }
  /** The simulated endpoint could not be reached (a secret containing `unreachable`). */
  | { kind: "unreachable"; message: string };

/**
 * The mock's deterministic stand-in for calling an integration's test endpoint. In order:
 * expired → invalid ("Credential has expired"); modulex_key → valid (basic); no test endpoint →
 * valid (none); a secret containing "unreachable" → endpoint unreachable; a secret containing
 * "invalid" → rejected (401); a primary secret without one of the integration's prefixes
 * (e.g. tavily `tvly-`) → rejected (401); otherwise valid (200).
 */
export function evaluateCredentialTest({ integration, authType, authData, expiresAt, now }: TestSubject): TestOutcome {
  const name = integration.integration_name;
  const base = { integration_name: name, auth_type: authType, test_endpoint: integration.test_endpoint };
  const result = (
    r: Pick<CredentialTestResult, "is_valid" | "message" | "test_method" | "status_code" | "cost_level">,
  ): TestOutcome => ({ kind: "result", result: { ...base, ...r } });

  if (expiresAt !== null && expiresAt <= now) {
    return result({
      is_valid: false,
      message: "Credential has expired",
      test_method: "none",
      status_code: null,
      cost_level: null,
    });
  }
  if (authType === "modulex_key") {
    return result({
      is_valid: true,
      message: `ModuleX manages the ${name} key; nothing to test`,
      test_method: "basic",
      status_code: null,
      cost_level: null,
    });
  }
  if (!integration.test_endpoint) {
    return result({
      is_valid: true,
      message: `${name} declares no test endpoint; the credential was not tested`,
      test_method: "none",
      status_code: null,
      cost_level: null,
    });
  }
  const secrets = Object.values(authData ?? {}).filter((v): v is string => typeof v === "string");
  if (secrets.some((s) => s.toLowerCase().includes("unreachable"))) {
    return { kind: "unreachable", message: `${name} test endpoint unreachable (simulated)` };
  }
  const rejected = (why: string) =>
    result({
      is_valid: false,
      message: `Credential was rejected by ${name}: ${why}`,
      test_method: "api_call",
      status_code: 401,
      cost_level: "minimal",
    });
  if (secrets.some((s) => s.toLowerCase().includes("invalid"))) return rejected("invalid credential");
  const field = primarySecretField(authType, integration);
  const primary = field ? String(authData?.[field] ?? "") : "";
  const prefixes = integration.acceptedPrefixes;
  if (prefixes.length && !prefixes.some((p) => primary.startsWith(p))) {
    return rejected(`a ${integration.display_name} secret starts with ${prefixes.join(" or ")}`);
  }
  return result({
    is_valid: true,
    message: `Credential is valid for ${name} (test cost: minimal)`,
    test_method: "api_call",
    status_code: 200,
    cost_level: "minimal",
  });
}
