import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { CompleteOAuth2Params, Credential, OAuth2Authorization, StartOAuth2Params } from "../core/types.js";
import { APIResource } from "./api-resource.js";

/** The OAuth2 connect flow (PKCE; the server keeps the code verifier). Org-scoped. */
export class OAuth2 extends APIResource {
  /**
   * Start an OAuth2 connection.
   *
   * Starts the OAuth2 authorization-code flow with PKCE for an integration that supports
   * `oauth2`. The server creates and keeps the `code_verifier`; the provider sees only its
   * S256 challenge. Send the user to `authorization_url`; the provider redirects to
   * `redirect_uri` with `code` and `state`, which go to the callback. `state` is single-use
   * and expires at `expires_at`.
   *
   * Operation `authorizeCredentialOAuth2`: `POST /credentials/oauth2/authorize`.
   * @example
   * ```ts
   * const { authorizationUrl } = await mx.credentials.oauth2.start({
   *   integrationName: "github",
   *   redirectUri: "https://app.example.com/oauth/callback",
   *   makeDefault: true,
   * });
   * window.location.assign(authorizationUrl);
   * ```
   */
  start(body: StartOAuth2Params, options?: RequestOptions): APIPromise<OAuth2Authorization> {
    return this.call("authorizeCredentialOAuth2", { body }, options);
  }

  /**
   * Complete an OAuth2 connection.
   *
   * Exchanges the provider's `code` for tokens, sending the kept `code_verifier`, and stores
   * the result as an `oauth2` credential (201). An unknown, reused or expired `state`, a
   * `state` from another organization, or a code the provider refuses is a 400.
   *
   * Operation `completeCredentialOAuth2`: `POST /credentials/oauth2/callback`.
   * @example
   * ```ts
   * // on https://app.example.com/oauth/callback?code=…&state=…
   * const params = new URL(location.href).searchParams;
   * const credential = await mx.credentials.oauth2.complete({ state: params.get("state")!, code: params.get("code")! });
   * ```
   */
  complete(body: CompleteOAuth2Params, options?: RequestOptions): APIPromise<Credential> {
    return this.call("completeCredentialOAuth2", { body }, options);
  }
}
