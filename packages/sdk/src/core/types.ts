// Public names for the camelCase types generated from openapi/modulex.yaml (src/generated/camel.ts).
// Aliases only: every shape comes from the spec.
import type { components } from "../generated/camel.js";
import type { BodyOf, QueryOf } from "../internal/operation-types.js";

/** Every schema of the spec, in camelCase (free-form map keys as sent). */
export type Schemas = components["schemas"];

export type Me = Schemas["Me"];
export type Membership = Schemas["Membership"];
export type Role = Schemas["Role"];
export type Organization = Schemas["Organization"];
export type OrganizationList = Schemas["OrganizationList"];
export type Member = Schemas["Member"];
export type MemberList = Schemas["MemberList"];
export type Invitation = Schemas["Invitation"];
export type ApiKey = Schemas["ApiKey"];
export type ApiKeyCreated = Schemas["ApiKeyCreated"];
export type ApiKeyList = Schemas["ApiKeyList"];
export type Integration = Schemas["Integration"];
export type IntegrationList = Schemas["IntegrationList"];
export type IntegrationType = Schemas["IntegrationType"];
export type AuthType = Schemas["AuthType"];
export type AuthData = Schemas["AuthData"];
export type Metadata = Schemas["Metadata"];
export type Credential = Schemas["Credential"];
export type CredentialDetail = Schemas["CredentialDetail"];
export type CredentialGroup = Schemas["CredentialGroup"];
export type CredentialListGrouped = Schemas["CredentialListGrouped"];
export type CredentialListFlat = Schemas["CredentialListFlat"];
/** A page of `credentials.list`: grouped by integration, or flat when `integrationName` is given. */
export type CredentialList = CredentialListGrouped | CredentialListFlat;
export type CredentialTestResult = Schemas["CredentialTestResult"];
export type CredentialResolution = Schemas["CredentialResolution"];
export type CredentialUsage = Schemas["CredentialUsage"];
export type OAuth2Authorization = Schemas["OAuth2Authorization"];
export type AuditEvent = Schemas["AuditEvent"];
export type AuditEventList = Schemas["AuditEventList"];
export type AuditOperation = Schemas["AuditOperation"];

export type CreateOrganizationParams = BodyOf<"createOrganization">;
export type CreateInvitationParams = BodyOf<"createMemberInvitation">;
export type CreateApiKeyParams = BodyOf<"createApiKey">;
export type ListIntegrationsParams = QueryOf<"listIntegrations">;
export type ListCredentialsParams = QueryOf<"listCredentials">;
export type CreateCredentialParams = BodyOf<"createCredential">;
export type RetrieveCredentialParams = QueryOf<"getCredential">;
export type UpdateCredentialParams = BodyOf<"updateCredential">;
export type TestTemporaryCredentialParams = BodyOf<"testTemporaryCredential">;
export type ResolveCredentialParams = BodyOf<"resolveCredential">;
export type StartOAuth2Params = BodyOf<"authorizeCredentialOAuth2">;
export type CompleteOAuth2Params = BodyOf<"completeCredentialOAuth2">;
export type ListAuditEventsParams = QueryOf<"listAuditEvents">;
export type ListCredentialAuditParams = QueryOf<"listCredentialAudit">;
