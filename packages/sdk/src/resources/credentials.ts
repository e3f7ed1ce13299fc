import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { PagePromise } from "../core/pagination.js";
import type {
  Credential,
  CredentialDetail,
  CredentialList,
  CredentialListFlat,
  CredentialListGrouped,
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
import type { Transport } from "../internal/transport.js";
import { OAuth2 } from "./oauth2.js";
import { APIResource } from "./api-resource.js";
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
   * List credentials.
   *
   * Lists the organization's credentials, newest first. Without `integration_name` the
   * answer is grouped by integration (`integrations` keyed by integration name, each group
   * with its logo, `total_count` and the `auth_types` present); with `integration_name` it is
   * a flat list for that one integration. `auth_type` filters either shape.
   *
   * Pagination (`limit` 1–500, default 100; `offset` ≥ 0) applies to the credentials, ordered
   * by integration name and then newest first in the grouped shape, newest first in the flat
   * one. Totals (`total_credentials`, `total_integrations`, each group's `total_count`, the
   * flat `total_count`) count every match, not just this page; a page holds fewer than
   * `limit` credentials only when it is the last. Secrets are never included.
   *
   * Operation `listCredentials`: `GET /credentials`.
   *
   * Await it for one page: `CredentialListGrouped`, or `CredentialListFlat` when `integrationName`
   * is given (the types follow). Iterate it with `for await` for every credential of every page.
   * @example
   * ```ts
   * for await (const credential of mx.credentials.list({ authType: "oauth2" })) console.log(credential.displayName);
   * const page = await mx.credentials.list({ limit: 10 });
   * ```
   */
  list(
    query: ListCredentialsParams & { integrationName: string },
    options?: RequestOptions,
  ): PagePromise<CredentialListFlat, Credential>;
  list(
    query?: ListCredentialsParams & { integrationName?: undefined },
    options?: RequestOptions,
  ): PagePromise<CredentialListGrouped, Credential>;
  list(query?: ListCredentialsParams, options?: RequestOptions): PagePromise<CredentialList, Credential>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the overloads above are the public types
  // biome-ignore lint/suspicious/noExplicitAny: the implementation of the three overloads above, which type each call.
  list(query?: ListCredentialsParams, options?: RequestOptions): PagePromise<any, Credential> {
    return this.paginate("listCredentials", { query }, credentialsOf, options);
  }

  /**
   * Create a credential.
   *
   * Stores a credential for a live integration in the organization from `X-Organization-ID`
   * (never from the body). The secret part (`auth_data`, and `oauth_config.client_secret`) is
   * encrypted at rest and never returned.
   *
   * The auth type is detected, not sent as a type field: an explicit `auth_type` wins (the
   * legacy `bearer` means `bearer_token`); otherwise `auth_data.access_token` means `oauth2`,
   * then `auth_data.api_key` means `api_key`, then `auth_data.token` means `bearer_token`.
   * `modulex_key` must be explicit and takes no `auth_data`; `custom` must be explicit and
   * `auth_data` must carry the integration manifest's required fields. An auth type the
   * integration does not support, an unknown integration, or `auth_data` that does not fit
   * the type is a 400.
   *
   * `make_default: true` makes this the integration's default and unsets any prior default
   * (at most one default per integration). Writes a `CREDENTIAL_CREATED` audit event (and
   * `CREDENTIAL_DEACTIVATED` for a default it replaced).
   *
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
   * Get one credential.
   *
   * One credential with its detail fields (`organization_id`, `created_by`,
   * `created_by_email`, `auth_data_masked`). The secret itself is never returned:
   * `auth_data_masked` is a label for OAuth2 and managed keys, or the masked secret for
   * API-key and bearer credentials. `include_masked=true` adds the per-field masked values:
   * the mock then answers `auth_data_masked` as an object mapping each stored `auth_data`
   * field to its masked value (a server may instead add that object beside the label; both
   * are accepted). A credential of another organization is a 404, exactly like a missing one.
   *
   * Operation `getCredential`: `GET /credentials/{credential_id}`.
   * @example
   * ```ts
   * const detail = await mx.credentials.retrieve(credentialId, { includeMasked: true });
   * // A string (a label or the masked secret), or per field: { api_key: "xoxb***oken" }.
   * const masked = detail.authDataMasked;
   * console.log(typeof masked === "string" ? masked : Object.entries(masked ?? {}));
   * ```
   */
  retrieve(
    credentialId: string,
    query?: RetrieveCredentialParams,
    options?: RequestOptions,
  ): APIPromise<CredentialDetail> {
    return this.call("getCredential", { path: { credentialId }, query }, options);
  }

  /**
   * Update a credential's label or metadata.
   *
   * Changes `display_name` and/or `metadata` in place (metadata is replaced, not merged).
   * Secrets are not updatable here; to change a secret, rotate (create the replacement as
   * default, test it, delete the old one). The body is read like a create's: a field other
   * than these two (`auth_data` included) is ignored, and the mock says so in a `Warning`
   * header (its strict mode refuses it with a 400). Either way the stored secret is
   * unchanged. Writes `CREDENTIAL_UPDATED` when something changed.
   *
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
   * Delete (revoke) a credential.
   *
   * Deletes the credential permanently (no soft delete, no undo). If it was the default,
   * resolution falls through to the next valid credential, or finds none. Its audit history
   * stays readable through `GET /audit`. Writes `CREDENTIAL_DELETED`.
   *
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
   * Test an unsaved credential.
   *
   * Validates a credential before it is stored (the app's test-before-save step) against
   * the integration's declared test endpoint. Nothing is stored. If the integration declares
   * no test endpoint the answer is `is_valid: true` with `test_method: none`.
   *
   * The docs: "test-temporary wraps any failure as 500 (Failed to test credential: ...)". The
   * organization header and the bearer are checked before the route runs and keep their
   * 400/401/403; a failure with the body (an unknown integration, `auth_data` that does not
   * fit, an endpoint that cannot be reached) is that documented 500 wrapper. A stricter
   * server may answer invalid bodies with a 400 instead; both are accepted.
   *
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
   * Test a saved credential.
   *
   * Validates a stored credential against the integration's test endpoint. A credential
   * past its `expires_at` answers `is_valid: false` with `Credential has expired`. An
   * integration without a test endpoint answers `is_valid: true` with `test_method: none`.
   *
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
   * Make a credential its integration's default.
   *
   * Marks the credential as the default for its integration and unsets any prior default
   * (at most one default per integration). Idempotent. Writes `CREDENTIAL_ACTIVATED` for this
   * credential and `CREDENTIAL_DEACTIVATED` for the default it replaced.
   *
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
   * Get a credential's usage statistics.
   *
   * How often the credential has been used (resolved for a run) and when it was last used. The docs mark this response's fields as TBD until verified against a live response.
   *
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
   * Resolve which credential an integration will use.
   *
   * An extension of the documented API: answers which credential a workflow in this
   * organization would use for `integration_name`, by the documented precedence:
   * 1. `explicit` — the requested `credential_id` (it must belong to this organization and
   *    integration, else 404);
   * 2. `default` — the credential marked default, unless it has expired;
   * 3. `most_recent_user` — the newest unexpired credential that is not `modulex_key`;
   * 4. `most_recent_modulex_key` — the newest unexpired `modulex_key` credential.
   * `resolved_by` says which rule chose it. No match is a 404 (`No credential found`). The
   * answer is masked like the detail view. Resolution counts as a use: the credential's
   * `last_used_at` and usage counters move.
   *
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
   * Refresh an OAuth2 credential (deprecated, broken).
   *
   * **Deprecated.** The manual OAuth2 token-refresh endpoint is known to be broken and must
   * not be relied on to rotate or refresh OAuth2 credentials. To refresh an expired OAuth2
   * connection, reconnect the integration through the OAuth connect flow (which creates a
   * fresh credential), then revoke the stale one. ModuleX refreshes OAuth2 tokens
   * automatically at execution time when a token is within 5 minutes of expiry. The server
   * answers this route with a 400 whose `detail` says to reconnect.
   *
   * @deprecated See above.
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
