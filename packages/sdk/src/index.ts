// @modulex/sdk: the typed client of the ModuleX access and credentials API.
export { ModuleX } from "./client.js";
export type { RawClient, RawPaths } from "./core/raw-client.js";
export { APIPromise, type WithResponse } from "./core/api-promise.js";
export {
  ModuleXError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  InternalServerError,
  ConnectionError,
  TimeoutError,
} from "./core/errors.js";
export type { ClientOptions, RequestOptions, LogEvent, TokenProvider } from "./core/options.js";
export { PagePromise, type PageContents } from "./core/pagination.js";
export { readRateLimit, type RateLimitInfo } from "./core/rate-limit.js";
export { parseTimestamp } from "./core/timestamp.js";
export type * from "./core/types.js";
export type { RotateCredentialParams, RotationResult } from "./resources/rotate-credential.js";
export type { Me as MeResource } from "./resources/me.js";
export type { Organizations } from "./resources/organizations.js";
export type { Members } from "./resources/members.js";
export type { ApiKeys } from "./resources/api-keys.js";
export type { Integrations } from "./resources/integrations.js";
export type { Credentials } from "./resources/credentials.js";
export type { OAuth2 } from "./resources/oauth2.js";
export type { Audit } from "./resources/audit.js";
export type { paths as WirePaths, components as WireComponents } from "../../../openapi/generated/types.js";
