// GENERATED FILE — do not edit. Source: openapi/modulex.yaml; regenerate with `npm run generate`.
/** Free-form maps by property name: "opaque" maps pass through untouched, "keyed" maps keep their keys and convert their values. */
export const MAP_PROPERTIES: Readonly<Record<string, "opaque" | "keyed">> = {"auth_data":"opaque","auth_data_masked":"opaque","credentials_metadata":"opaque","details":"opaque","integrations":"keyed","metadata":"opaque"};

/** Every operation of the spec: method, path template and whether it takes X-Organization-ID (from openapi/generated/operations.json). */
export const OPERATIONS = {
  "getMe": {
    "method": "GET",
    "path": "/me",
    "orgScoped": false
  },
  "listOrganizations": {
    "method": "GET",
    "path": "/organizations",
    "orgScoped": false
  },
  "createOrganization": {
    "method": "POST",
    "path": "/organizations",
    "orgScoped": false
  },
  "listMembers": {
    "method": "GET",
    "path": "/members",
    "orgScoped": true
  },
  "createMemberInvitation": {
    "method": "POST",
    "path": "/members/invitations",
    "orgScoped": true
  },
  "deleteMember": {
    "method": "DELETE",
    "path": "/members/{user_id}",
    "orgScoped": true
  },
  "listApiKeys": {
    "method": "GET",
    "path": "/api-keys",
    "orgScoped": false
  },
  "createApiKey": {
    "method": "POST",
    "path": "/api-keys",
    "orgScoped": false
  },
  "getApiKey": {
    "method": "GET",
    "path": "/api-keys/{api_key_id}",
    "orgScoped": false
  },
  "deleteApiKey": {
    "method": "DELETE",
    "path": "/api-keys/{api_key_id}",
    "orgScoped": false
  },
  "listIntegrations": {
    "method": "GET",
    "path": "/integrations",
    "orgScoped": false
  },
  "getIntegration": {
    "method": "GET",
    "path": "/integrations/{integration_name}",
    "orgScoped": false
  },
  "listCredentials": {
    "method": "GET",
    "path": "/credentials",
    "orgScoped": true
  },
  "createCredential": {
    "method": "POST",
    "path": "/credentials",
    "orgScoped": true
  },
  "testTemporaryCredential": {
    "method": "POST",
    "path": "/credentials/test-temporary",
    "orgScoped": true
  },
  "resolveCredential": {
    "method": "POST",
    "path": "/credentials/resolve",
    "orgScoped": true
  },
  "authorizeCredentialOAuth2": {
    "method": "POST",
    "path": "/credentials/oauth2/authorize",
    "orgScoped": true
  },
  "completeCredentialOAuth2": {
    "method": "POST",
    "path": "/credentials/oauth2/callback",
    "orgScoped": true
  },
  "getCredential": {
    "method": "GET",
    "path": "/credentials/{credential_id}",
    "orgScoped": true
  },
  "updateCredential": {
    "method": "PUT",
    "path": "/credentials/{credential_id}",
    "orgScoped": true
  },
  "deleteCredential": {
    "method": "DELETE",
    "path": "/credentials/{credential_id}",
    "orgScoped": true
  },
  "testCredential": {
    "method": "POST",
    "path": "/credentials/{credential_id}/test",
    "orgScoped": true
  },
  "setDefaultCredential": {
    "method": "POST",
    "path": "/credentials/{credential_id}/set-default",
    "orgScoped": true
  },
  "listCredentialAudit": {
    "method": "GET",
    "path": "/credentials/{credential_id}/audit",
    "orgScoped": true
  },
  "getCredentialUsage": {
    "method": "GET",
    "path": "/credentials/{credential_id}/usage",
    "orgScoped": true
  },
  "refreshCredentialOAuth2": {
    "method": "POST",
    "path": "/credentials/{credential_id}/oauth2/refresh",
    "orgScoped": true
  },
  "listAuditEvents": {
    "method": "GET",
    "path": "/audit",
    "orgScoped": true
  }
} as const;

export type OperationId = keyof typeof OPERATIONS;
