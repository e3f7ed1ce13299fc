import type { MockEnv } from "./env.js";
import type { CoreRequest, Principal } from "./route.js";
import { unauthorized } from "./errors.js";
import { API_KEY_PATTERN } from "../policy/generate-api-key.js";

/**
 * Who is calling: `Authorization: Bearer <mx_live_ API key | JWT>`. API keys are found by their
 * hash; revoked and expired keys, bad JWTs and unknown users are 401. Inactive users pass here
 * (GET /me still answers them); authorization refuses them everywhere else.
 */
export async function authenticate(request: CoreRequest, env: MockEnv): Promise<Principal> {
  const header = request.headers.get("authorization");
  if (!header) throw unauthorized("Missing Authorization header (expected: Bearer <API key or token>)");
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized("Malformed Authorization header (expected: Bearer <API key or token>)");
  const token = match[1]!;
  const now = env.now();

  if (token.startsWith("mx_live_")) {
    if (!API_KEY_PATTERN.test(token)) throw unauthorized("Malformed API key");
    const hash = await env.keyring.hash(token);
    const apiKey = env.store.api_keys.unique("hash", hash);
    if (!apiKey) throw unauthorized("Invalid or expired API key");
    if (apiKey.revoked_at) throw unauthorized("API key has been revoked");
    if (apiKey.expires_at && Date.parse(apiKey.expires_at) <= now) throw unauthorized("API key has expired");
    const user = env.store.users.get(apiKey.user_id);
    if (!user) throw unauthorized("Invalid or expired API key");
    return { user, authMethod: "api_key", apiKey };
  }

  if (token.split(".").length !== 3) throw unauthorized("Malformed token: neither an mx_live_ API key nor a JWT");
  const userId = await env.idp.verify(token, now);
  const user = env.store.users.get(userId);
  if (!user) throw unauthorized("Invalid token: unknown user");
  return { user, authMethod: "jwt", apiKey: null };
}
