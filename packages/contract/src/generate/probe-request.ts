// A valid, harmless request for any operation: real ids where the run has them, so that the
// only thing wrong with a probe is the one thing the probe changes (its bearer, its
// organization header, its principal).
import { operationSpec } from "../spec/operation-spec.js";
import type { RequestSpec } from "../http/request-spec.js";
import type { RunContext } from "../run-context.js";
import type { OperationId } from "../spec/wire-types.js";

/** A well-formed UUID that no server has issued (version nibble 4, fixed variant). */
export const UNUSED_UUID = "00000000-0000-4000-8000-00000000c0de";

/** A probe for `operationId`, as the owner, with `overrides` (its bearer, organization, principal...). */
export function probeRequest<Op extends OperationId>(
  ctx: RunContext,
  operationId: Op,
  overrides: Partial<RequestSpec<Op>> = {},
): RequestSpec<Op> {
  const credentialId = ctx.fixture?.credentialId ?? UNUSED_UUID;
  const integration = ctx.fixture?.integrationName ?? ctx.catalog[0]?.integration_name ?? "slack";
  const oauthIntegration = ctx.catalog.find((e) => e.auth_types.includes("oauth2"))?.integration_name ?? integration;
  const base = ((): Pick<RequestSpec, "pathParams" | "body"> => {
    switch (operationId) {
      case "createOrganization":
        return { body: { name: "modulex-contract probe" } };
      case "createMemberInvitation":
        return { body: { email: "contract-probe@example.com" } };
      case "deleteMember":
        return { pathParams: { user_id: UNUSED_UUID } };
      case "createApiKey":
        return { body: { name: "modulex-contract probe", expires_in_seconds: 3600 } };
      case "getApiKey":
      case "deleteApiKey":
        return { pathParams: { api_key_id: UNUSED_UUID } };
      case "getIntegration":
        return { pathParams: { integration_name: integration } };
      case "createCredential":
        return { body: { integration_name: integration, auth_data: { api_key: "sk-mxcProbeNeverStored01" } } };
      case "testTemporaryCredential":
        return {
          body: {
            integration_name: integration,
            auth_type: "api_key",
            auth_data: { api_key: "sk-mxcProbeNeverStored02" },
          },
        };
      case "resolveCredential":
        return { body: { integration_name: integration } };
      case "authorizeCredentialOAuth2":
        return { body: { integration_name: oauthIntegration, redirect_uri: "https://app.example.com/oauth/callback" } };
      case "completeCredentialOAuth2":
        return { body: { state: "modulex-contract-probe-state", code: "modulex-contract-probe-code" } };
      case "updateCredential":
        return { pathParams: { credential_id: credentialId }, body: { display_name: "modulex-contract probe" } };
      default: {
        return operationSpec(operationId).path.includes("{credential_id}")
          ? { pathParams: { credential_id: credentialId } }
          : {};
      }
    }
  })();
  return { ...base, operationId, principal: ctx.principals.owner, intent: "probe", ...overrides };
}
