// Wire types, generated from the spec (openapi/generated/*). Never hand-copy a shape: alias it here.
import type { components } from "@modulex/spec/types";
import type { components as controlComponents } from "@modulex/spec/control-types";

type S = components["schemas"];
export type AuthType = S["AuthType"];
export type AuthTypeInput = S["AuthTypeInput"];
export type AuditOperation = S["AuditOperation"];
export type Role = S["Role"];
export type Integration = S["Integration"];
export type Credential = S["Credential"];
export type CredentialDetail = S["CredentialDetail"];
export type CredentialGroup = S["CredentialGroup"];
export type CredentialTestResult = S["CredentialTestResult"];
export type OAuthConfig = S["OAuthConfig"];
export type AuditEvent = S["AuditEvent"];
export type ApiKey = S["ApiKey"];
export type AuthData = S["AuthData"];
export type FaultRequest = controlComponents["schemas"]["FaultRequest"];
export type Fault = controlComponents["schemas"]["Fault"];
