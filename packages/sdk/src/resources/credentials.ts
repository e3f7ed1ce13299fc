import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { PagePromise } from "../core/pagination.js";
import type {
  Credential,
  CredentialDetail,
  CredentialList,
  CredentialResolution,
  CredentialTestResult,
  CredentialUsage,
  CreateCredentialParams,
  ListCredentialsParams,
  ResolveCredentialParams,
  RetrieveCredentialParams,
  TestTemporaryCredentialParams,
  UpdateCredentialParams,
} from "../core/types.js";
import type { Transport } from "../internal/call-operation.js";
import { OAuth2 } from "./oauth2.js";
import { APIResource } from "./resource.js";
import { rotateCredential, type RotateCredentialParams, type RotationResult } from "./rotate-credential.js";

/** Both list shapes hold credentials: grouped by integration name, or flat. */
const credentialsOf = (page: CredentialList) =>
  "integrations" in page
    ? { items: Object.values(page.integrations).flatMap((group) => group.credentials), total: page.totalCredentials }
    : { items: page.credentials, total: page.totalCount };

/** Encrypted, organization-scoped credentials. Org-scoped; owner or admin only. */
export class Credentials extends APIResource {
  /** Connecting an integration through the provider's OAuth2 flow. */
  readonly oauth2: OAuth2;

  constructor(transport: Transport) {
    super(transport);
    this.oauth2 = new OAuth2(transport);
  }

  /**
   * Operation `listCredentials`: `GET /credentials`.
   *
   * Await it for one page (grouped, or flat with `integrationName`); iterate it with `for await`
   * for every credential of every page.
   * @example
   * ```ts
   * for await (const credential of mx.credentials.list({ authType: "oauth2" })) console.log(credential.displayName);
   * const page = await mx.credentials.list({ limit: 10 });
   * ```
   */
  list(query?: ListCredentialsParams, options?: RequestOptions): PagePromise<CredentialList, Credential> {
    return this.paginate("listCredentials", { query }, credentialsOf, options);
  }

  /**
   * Operation `createCredential`: `POST /credentials`.
   * @example
   * ```ts
   * const credential = await mx.credentials.create({
   *   integrationName: "slack",
   *   displayName: "Production Slack",
   *   makeDefault: true,
   *   authData: { api_key: "xoxb-your-slack-token" },
   * });
   * ```
   */
  create(body: CreateCredentialParams, options?: RequestOptions): APIPromise<Credential> {
    return this.call("createCredential", { body }, options);
  }

  /**
   * Operation `getCredential`: `GET /credentials/{credential_id}`.
   * @example
   * ```ts
   * const detail = await mx.credentials.retrieve(credentialId, { includeMasked: true });
   * console.log(detail.authSummary, detail.authDataMasked);
   * ```
   */
  retrieve(credentialId: string, query?: RetrieveCredentialParams, options?: RequestOptions): APIPromise<CredentialDetail> {
    return this.call("getCredential", { path: { credentialId }, query }, options);
  }

  /**
   * Operation `updateCredential`: `PUT /credentials/{credential_id}`.
   * @example
   * ```ts
   * await mx.credentials.update(credentialId, { displayName: "Production Slack (EU)", metadata: { Team_Name: "Platform" } });
   * ```
   */
  update(credentialId: string, body: UpdateCredentialParams, options?: RequestOptions): APIPromise<Credential> {
    return this.call("updateCredential", { path: { credentialId }, body }, options);
  }

  /**
   * Operation `deleteCredential`: `DELETE /credentials/{credential_id}`.
   * @example
   * ```ts
   * await mx.credentials.delete(credentialId);
   * ```
   */
  delete(credentialId: string, options?: RequestOptions): APIPromise<void> {
    return this.call("deleteCredential", { path: { credentialId } }, options);
  }

  /**
   * Operation `testTemporaryCredential`: `POST /credentials/test-temporary`.
   * @example
   * ```ts
   * const result = await mx.credentials.testTemporary({ integrationName: "tavily", authType: "api_key", authData: { api_key: "tvly-your-key" } });
   * if (!result.isValid) console.log(result.message);
   * ```
   */
  testTemporary(body: TestTemporaryCredentialParams, options?: RequestOptions): APIPromise<CredentialTestResult> {
    return this.call("testTemporaryCredential", { body }, options);
  }

  /**
   * Operation `testCredential`: `POST /credentials/{credential_id}/test`.
   * @example
   * ```ts
   * const { isValid, message } = await mx.credentials.test(credentialId);
   * ```
   */
  test(credentialId: string, options?: RequestOptions): APIPromise<CredentialTestResult> {
    return this.call("testCredential", { path: { credentialId } }, options);
  }

  /**
   * Operation `setDefaultCredential`: `POST /credentials/{credential_id}/set-default`.
   * @example
   * ```ts
   * await mx.credentials.setDefault(credentialId);
   * ```
   */
  setDefault(credentialId: string, options?: RequestOptions): APIPromise<Credential> {
    return this.call("setDefaultCredential", { path: { credentialId } }, options);
  }

  /**
   * Operation `getCredentialUsage`: `GET /credentials/{credential_id}/usage`.
   * @example
   * ```ts
   * const { usageCount, lastUsedAt } = await mx.credentials.usage(credentialId);
   * ```
   */
  usage(credentialId: string, options?: RequestOptions): APIPromise<CredentialUsage> {
    return this.call("getCredentialUsage", { path: { credentialId } }, options);
  }

  /**
   * Operation `resolveCredential`: `POST /credentials/resolve`.
   * @example
   * ```ts
   * const { resolvedBy, credential } = await mx.credentials.resolve({ integrationName: "slack" });
   * ```
   */
  resolve(body: ResolveCredentialParams, options?: RequestOptions): APIPromise<CredentialResolution> {
    return this.call("resolveCredential", { body }, options);
  }

  /**
   * Operation `refreshCredentialOAuth2`: `POST /credentials/{credential_id}/oauth2/refresh`.
   * @example
   * ```ts
   * // Don't: reconnect instead.
   * const { authorizationUrl } = await mx.credentials.oauth2.start({ integrationName: "github", redirectUri });
   * ```
   */
  refreshOAuth2(credentialId: string, options?: RequestOptions): APIPromise<never> {
    return this.call("refreshCredentialOAuth2", { path: { credentialId } }, options);
  }

  /**
   * Rotates a credential's secret with the documented three steps, without an outage and without
   * losing the old secret to a bad new one:
   *
   * 1. create the replacement for the same integration (same auth type, display name and
   *    metadata unless given), not yet default;
   * 2. test it; if the test fails (or throws), delete the replacement and stop, so nothing of the
   *    old setup changes;
   * 3. make it the default if the old one was (or as `makeDefault` says), then delete the old one.
   *
   * The result's `status` says what happened: `rotated`, `test_failed` (old untouched) or
   * `old_not_deleted` (the replacement is in place but deleting the old one failed; see `error`).
   * An error in steps 1 or 3 before the old one is deleted removes the replacement and is rethrown.
   * @example
   * ```ts
   * const result = await mx.credentials.rotate(oldId, { authData: { api_key: "xoxb-new-token" } });
   * if (result.status === "rotated") console.log("now using", result.credential.credentialId);
   * else console.warn(result.status, result.test?.message);
   * ```
   */
  rotate(credentialId: string, params: RotateCredentialParams, options?: RequestOptions): Promise<RotationResult> {
    return rotateCredential(this, credentialId, params, options);
  }
}
