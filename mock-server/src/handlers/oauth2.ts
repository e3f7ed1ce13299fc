// OAuth2 connect with PKCE (spec tag "OAuth2"): authorize keeps the code_verifier (encrypted) and a
// single-use, 10-minute state bound to the organization and user; callback redeems the code at the
// mock provider with that verifier and stores the tokens as an oauth2 credential.
import { route } from "../core/route.js";
import { iso, wireTime } from "../policy/wire-time.js";
import { badRequest } from "../core/errors.js";
import { toBase64Url } from "../policy/encoding.js";
import { insertCredential } from "./insert-credential.js";
import { makeRoom } from "../core/make-room.js";
import { toCredential } from "./views.js";
import { findOAuthIntegration } from "../model/catalog.js";
import { PROVIDER_CLIENT_ID, redeemCode } from "./oauth-provider.js";
import { createCodeVerifier, s256Challenge } from "../policy/pkce.js";
import { knownIntegration } from "./credentials.js";

const STATE_TTL_MS = 10 * 60_000;

function oauthIntegration(name: string) {
  knownIntegration(name); // 400 for an unknown integration
  const integration = findOAuthIntegration(name);
  if (!integration) throw badRequest(`integration ${name} does not support auth type oauth2`);
  return integration;
}

export const oauth2Routes = [
  route({
    operationId: "authorizeCredentialOAuth2",
    handle: async ({ env, org, caller, body, url, json }) => {
      const input = body;
      const integration = oauthIntegration(input.integration_name);
      // The validator's "uri" format admits what URL refuses (a port past 65535, an IPv4 past 255).
      if (!URL.canParse(input.redirect_uri) || !/^https?:$/.test(new URL(input.redirect_uri).protocol))
        throw badRequest("redirect_uri must be an http(s) URL");
      const state = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
      const verifier = createCodeVerifier();
      const stateHash = await env.keyring.hash(state);
      const expiresAt = iso(env.now() + STATE_TTL_MS);
      makeRoom(env.store.oauth_sessions, env.caps.oauthSessions, env.now(), (s) =>
        env.keyring.forget(s.organization_id, `oauth:${s.state_hash}`),
      );
      await env.store.oauth_sessions.create({
        state_hash: stateHash,
        organization_id: org.organizationId,
        user_id: caller.user.user_id,
        integration_name: integration.integration_name,
        redirect_uri: input.redirect_uri,
        display_name: input.display_name ?? null,
        make_default: input.make_default ?? false,
        encrypted_verifier: await env.keyring.seal(org.organizationId, `oauth:${stateHash}`, verifier),
        expires_at: expiresAt,
        used_at: null,
      });
      const authorizationUrl = new URL(`/__mock/oauth/${integration.integration_name}/authorize`, url.origin);
      authorizationUrl.search = new URLSearchParams({
        response_type: "code",
        client_id: PROVIDER_CLIENT_ID,
        redirect_uri: input.redirect_uri,
        state,
        code_challenge: await s256Challenge(verifier),
        code_challenge_method: "S256",
      }).toString();
      return json({ authorization_url: authorizationUrl.toString(), state, expires_at: wireTime(env, expiresAt) });
    },
  }),
  route({
    operationId: "completeCredentialOAuth2",
    handle: async ({ env, org, caller, body, json }) => {
      const input = body;
      const stateHash = await env.keyring.hash(input.state);
      const session = env.store.oauth_sessions.get(stateHash);
      if (!session || session.organization_id !== org.organizationId || session.user_id !== caller.user.user_id) {
        throw badRequest("Invalid OAuth2 state: unknown, or started in another organization or by another user");
      }
      if (session.used_at) throw badRequest("OAuth2 state has already been used; start the connection again");
      if (Date.parse(session.expires_at) <= env.now())
        throw badRequest("OAuth2 state has expired; start the connection again");
      const integration = oauthIntegration(session.integration_name);
      const verifier = await env.keyring.open<string>(
        org.organizationId,
        `oauth:${stateHash}`,
        session.encrypted_verifier,
      );
      const redemption = await redeemCode(env, {
        integration,
        code: input.code,
        codeVerifier: verifier,
        redirectUri: session.redirect_uri,
      });
      if (!redemption.ok)
        throw badRequest(`The provider refused the code: ${redemption.error} (${redemption.error_description})`);
      const now = env.now();
      // Kept until it expires, so a second use is told "already used"; its verifier is not needed again.
      await env.store.oauth_sessions.update(session, {
        data: (s) => {
          s.used_at = iso(now);
        },
      });
      env.keyring.forget(org.organizationId, `oauth:${stateHash}`);
      const row = await insertCredential(
        env,
        {
          organization_id: org.organizationId,
          integration_name: integration.integration_name,
          auth_type: "oauth2",
          auth_data: { ...redemption.tokens },
          oauth_config: null,
          display_name: session.display_name ?? `${integration.display_name} (oauth2)`,
          metadata: null,
          is_default: session.make_default,
          expires_at: iso(now + redemption.tokens.expires_in * 1000),
          created_by: caller.user.user_id,
        },
        caller,
      );
      return json(toCredential(env, row), 201);
    },
  }),
];
