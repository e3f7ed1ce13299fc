// The fake OAuth2 provider's endpoints (openapi/mock-control.yaml, tag "Mock OAuth2 provider").
// Its consent screen needs no auth, so, as a real provider does (RFC 6749 §3.1.2, §4.1.2.1), it
// sends a code only to its one client's registered redirect URIs, never to any URL it is given.
import { route } from "../core/route.js";
import { badRequest } from "../core/errors.js";
import { answer } from "../core/answer.js";
import { findOAuthIntegration } from "../model/catalog.js";
import { issueCode, isRegisteredRedirectUri, PROVIDER_CLIENT_ID, redeemCode } from "./oauth-provider.js";

const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

function providerFor(name: string) {
  const integration = findOAuthIntegration(name);
  if (!integration) throw badRequest(`No mock OAuth2 provider for ${name}`);
  return integration;
}

export const mockOAuthProviderRoutes = [
  route({
    operationId: "mockOAuthAuthorize",
    handle: async ({ env, params, query }) => {
      const integration = providerFor(params.integration_name);
      const clientId = query.client_id;
      if (clientId !== PROVIDER_CLIENT_ID)
        throw badRequest(`Unknown client_id: the mock provider's only client is ${PROVIDER_CLIENT_ID}`);
      const redirectUri = query.redirect_uri;
      // Checked before a code is issued: the validator's "uri" format admits what URL refuses.
      if (!URL.canParse(redirectUri)) throw badRequest("redirect_uri must be a URL");
      if (!/^https?:$/.test(new URL(redirectUri).protocol)) throw badRequest("redirect_uri must be an http(s) URL");
      if (!isRegisteredRedirectUri(env, integration, redirectUri)) {
        throw badRequest(
          "redirect_uri is not registered: the provider redirects only to the redirect_uri of a connection started with POST /credentials/oauth2/authorize, until it completes or expires",
        );
      }
      const challenge = query.code_challenge;
      if (!S256_CHALLENGE.test(challenge))
        throw badRequest("code_challenge must be a base64url S256 challenge (43 characters)");
      const code = await issueCode(env, { integration, clientId, redirectUri, codeChallenge: challenge });
      const location = new URL(redirectUri);
      location.searchParams.set("code", code);
      location.searchParams.set("state", query.state);
      return answer(302, { Location: location.toString() });
    },
  }),
  route({
    operationId: "mockOAuthToken",
    oauthErrors: true,
    handle: async ({ env, params, body, json }) => {
      const form = body;
      const integration = findOAuthIntegration(params.integration_name);
      if (!integration) {
        return json(
          { error: "invalid_client", error_description: `No mock OAuth2 provider for ${params.integration_name}` },
          400,
        );
      }
      const result = await redeemCode(env, {
        integration,
        code: form.code,
        codeVerifier: form.code_verifier,
        redirectUri: form.redirect_uri,
      });
      if (!result.ok) return json({ error: result.error, error_description: result.error_description }, 400);
      return json(result.tokens, 200, { "Cache-Control": "no-store" });
    },
  }),
];
