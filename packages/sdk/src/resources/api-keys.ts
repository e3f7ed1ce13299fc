import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { ApiKey, ApiKeyCreated, ApiKeyList, CreateApiKeyParams } from "../core/types.js";
import { APIResource } from "./api-resource.js";

/** API keys for code. User-scoped and managed with a person's sign-in: create the client with a JWT (`token`). */
export class ApiKeys extends APIResource {
  /**
   * Create an API key.
   *
   * Creates an API key for code. Requires a person's sign-in (JWT): an API key gets 403.
   * The full key (`mx_live_` + at least 256 bits of randomness in base62) is in this response
   * only; ModuleX keeps a one-way hash and a short displayable `prefix`. `organization_id`
   * locks the key to one organization the caller belongs to (403 otherwise); requests with
   * the key for any other organization are refused. `expires_in_seconds` (one hour to one
   * year) is required: API tokens have an explicit expiration time. Keys loaded from a seed may
   * have none (`expires_at: null`).
   *
   * Operation `createApiKey`: `POST /api-keys`.
   * @example
   * ```ts
   * const created = await mx.apiKeys.create({ name: "ci", organizationId: acmeId, expiresInSeconds: 30 * 86400 });
   * saveSecret(created.key); // shown this once
   * ```
   */
  create(body: CreateApiKeyParams, options?: RequestOptions): APIPromise<ApiKeyCreated> {
    return this.call("createApiKey", { body }, options);
  }

  /**
   * List the caller's API keys.
   *
   * The caller's own API keys, newest first. Never includes a key's value or hash. Requires a person's sign-in (JWT).
   *
   * Operation `listApiKeys`: `GET /api-keys`.
   * @example
   * ```ts
   * const { apiKeys } = await mx.apiKeys.list();
   * ```
   */
  list(options?: RequestOptions): APIPromise<ApiKeyList> {
    return this.call("listApiKeys", {}, options);
  }

  /**
   * Get one of the caller's API keys.
   *
   * One of the caller's keys, without its value. Another user's key is a 404. Requires a person's sign-in (JWT).
   *
   * Operation `getApiKey`: `GET /api-keys/{api_key_id}`.
   * @example
   * ```ts
   * const key = await mx.apiKeys.retrieve(apiKeyId);
   * console.log(key.prefix, key.lastUsedAt);
   * ```
   */
  retrieve(apiKeyId: string, options?: RequestOptions): APIPromise<ApiKey> {
    return this.call("getApiKey", { path: { apiKeyId } }, options);
  }

  /**
   * Revoke an API key.
   *
   * Revokes one of the caller's keys. It stops working at once (401 from then on). Requires a person's sign-in (JWT).
   *
   * Operation `deleteApiKey`: `DELETE /api-keys/{api_key_id}`.
   * @example
   * ```ts
   * await mx.apiKeys.delete(apiKeyId);
   * ```
   */
  delete(apiKeyId: string, options?: RequestOptions): APIPromise<void> {
    return this.call("deleteApiKey", { path: { apiKeyId } }, options);
  }
}
