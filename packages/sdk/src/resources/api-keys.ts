import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { ApiKey, ApiKeyCreated, ApiKeyList, CreateApiKeyParams } from "../core/types.js";
import { APIResource } from "./resource.js";

/** API keys for code. User-scoped and managed with a person's sign-in: create the client with a JWT (`token`). */
export class ApiKeys extends APIResource {
  /**
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
