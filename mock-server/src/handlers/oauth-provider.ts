// The fake third-party OAuth2 provider: it consents at once, issues single-use codes bound to the
// S256 challenge, client and redirect_uri (10 minutes), and redeems them only with the matching
// code_verifier (RFC 7636 §4.6). Codes are stored hashed.
import type { MockEnv } from "../core/env.js";
import type { CatalogEntry } from "../model/catalog.js";
import { iso } from "../policy/wire-time.js";
import { makeRoom } from "../core/make-room.js";
import { randomBase62 } from "../policy/generate-api-key.js";
import { verifyCodeVerifier } from "../policy/pkce.js";

export const PROVIDER_CLIENT_ID = "modulex-mock";
const CODE_TTL_MS = 10 * 60_000;
const TOKEN_TTL_SECONDS = 8 * 3600;

interface TokenSet {
  access_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
}

export type Redemption = { ok: true; tokens: TokenSet } | { ok: false; error: string; error_description: string };

/**
 * The client's registered redirect URIs are those ModuleX is using: the redirect_uri of a
 * connection to this integration that was started and has neither completed nor expired.
 */
export function isRegisteredRedirectUri(env: MockEnv, integration: CatalogEntry, redirectUri: string): boolean {
  const now = env.now();
  return (
    env.store.oauth_sessions.findFirst((q) =>
      q.where(
        (s) =>
          s.integration_name === integration.integration_name &&
          s.redirect_uri === redirectUri &&
          s.used_at === null &&
          Date.parse(s.expires_at) > now,
      ),
    ) !== undefined
  );
}

export async function issueCode(
  env: MockEnv,
  input: { integration: CatalogEntry; clientId: string; redirectUri: string; codeChallenge: string },
): Promise<string> {
  const code = randomBase62(32);
  makeRoom(env.store.oauth_codes, env.caps.oauthCodes, env.now());
  await env.store.oauth_codes.create({
    code_hash: await env.keyring.hash(code),
    integration_name: input.integration.integration_name,
    client_id: input.clientId,
    redirect_uri: input.redirectUri,
    code_challenge: input.codeChallenge,
    expires_at: iso(env.now() + CODE_TTL_MS),
    used_at: null,
  });
  return code;
}

/** Exchanges a code for tokens; every refusal is an RFC 6749 §5.2 error and changes nothing. */
export async function redeemCode(
  env: MockEnv,
  input: { integration: CatalogEntry; code: string; codeVerifier: string; redirectUri: string },
): Promise<Redemption> {
  const refuse = (error_description: string): Redemption => ({ ok: false, error: "invalid_grant", error_description });
  const hash = await env.keyring.hash(input.code);
  const found = env.store.oauth_codes.get(hash);
  const code = found?.integration_name === input.integration.integration_name ? found : undefined;
  if (!code) return refuse("unknown authorization code");
  if (code.used_at) return refuse("authorization code has already been used");
  if (Date.parse(code.expires_at) <= env.now()) return refuse("authorization code has expired");
  if (code.redirect_uri !== input.redirectUri) return refuse("redirect_uri does not match the authorization request");
  if (!(await verifyCodeVerifier(input.codeVerifier, code.code_challenge)))
    return refuse("code_verifier does not match the challenge");
  await env.store.oauth_codes.update(code, {
    data: (c) => {
      c.used_at = iso(env.now());
    },
  });
  const prefix = input.integration.oauthTokenPrefix;
  return {
    ok: true,
    tokens: {
      access_token: `${prefix}${randomBase62(36)}`,
      refresh_token: `${prefix}refresh_${randomBase62(36)}`,
      token_type: "bearer",
      expires_in: TOKEN_TTL_SECONDS,
      scope: "read write",
    },
  };
}
