import type { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import type { CompleteOAuth2Params, Credential, OAuth2Authorization, StartOAuth2Params } from "../core/types.js";
import { APIResource } from "./resource.js";

/** The OAuth2 connect flow (PKCE; the server keeps the code verifier). Org-scoped. */
export class OAuth2 extends APIResource {
  /**
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
