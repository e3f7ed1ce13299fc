// A valid, harmless request for any operation: real ids where the run has them, so that the
// only thing wrong with a probe is the one thing the probe changes (its bearer, its
// organization header, its principal).
import type { RequestSpec } from "./Session.js";
import type { RunContext } from "./RunContext.js";

/** A well-formed UUID that no server has issued (version nibble 4, fixed variant). */
export const UNUSED_UUID = "00000000-0000-4000-8000-00000000c0de";

export function probeRequest(ctx: RunContext, operationId: string, overrides: Partial<RequestSpec> = {}): RequestSpec {
  const credentialId = ctx.fixture?.credentialId ?? UNUSED_UUID;
  const integration = ctx.fixture?.integrationName ?? ctx.catalog[0]?.integration_name ?? "slack";
  const oauthIntegration = ctx.catalog.find((e) => e.auth_types.includes("oauth2"))?.integration_name ?? integration;
  const base = ((): Omit<RequestSpec, "principal" | "intent"> => {
    switch (operationId) {
      case "createOrganization":
        return { operationId, body: { name: "modulex-contract probe" } };
      case "createMemberInvitation":
        return { operationId, body: { email: "contract-probe@example.com" } };
      case "deleteMember":
        return { operationId, pathParams: { user_id: UNUSED_UUID } };
      case "createApiKey":
        return { operationId, body: { name: "modulex-contract probe", expires_in_seconds: 3600 } };
      case "getApiKey":
      case "deleteApiKey":
        return { operationId, pathParams: { api_key_id: UNUSED_UUID } };
      case "getIntegration":
        return { operationId, pathParams: { integration_name: integration } };
      case "createCredential":
        return { operationId, body: { integration_name: integration, auth_data: { api_key: "sk-mxcProbeNeverStored01" } } };
      case "testTemporaryCredential":
        return { operationId, body: { integration_name: integration, auth_type: "api_key", auth_data: { api_key: "sk-mxcProbeNeverStored02" } } };
      case "resolveCredential":
        return { operationId, body: { integration_name: integration } };
      case "authorizeCredentialOAuth2":
        return { operationId, body: { integration_name: oauthIntegration, redirect_uri: "https://app.example.com/oauth/callback" } };
      case "completeCredentialOAuth2":
        return { operationId, body: { state: "modulex-contract-probe-state", code: "modulex-contract-probe-code" } };
      case "updateCredential":
        return { operationId, pathParams: { credential_id: credentialId }, body: { display_name: "modulex-contract probe" } };
      default: {
        const op = ctx.session.operation(operationId);
        return op.path.includes("{credential_id}") ? { operationId, pathParams: { credential_id: credentialId } } : { operationId };
      }
    }
  })();
  return { ...base, principal: ctx.principals.owner, intent: "probe", ...overrides };
}
