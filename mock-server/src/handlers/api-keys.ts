// API keys for code (spec tag "API keys"): a person's sign-in (JWT) manages them; keys are stored
// as a hash plus a display prefix, and the full value is returned by POST only.
import { memberKey } from "../core/store.js";
import { route } from "../core/route.js";
import { iso } from "../policy/wire-time.js";
import { forbidden, noContent, notFound } from "../core/errors.js";
import { toApiKey } from "./views.js";
import type { RouteContext } from "../core/route.js";
import { apiKeyDisplayPrefix, generateApiKey } from "../policy/generate-api-key.js";

const ownKey = ({ env, caller, params }: RouteContext<"getApiKey" | "deleteApiKey">) => {
  const key = env.store.api_keys.get(params.api_key_id);
  if (!key || key.user_id !== caller.user.user_id || key.revoked_at) throw notFound("API key not found");
  return key;
};

export const apiKeyRoutes = [
  route({
    operationId: "createApiKey",
    handle: async ({ env, caller, body, json }) => {
      const input = body;
      const lock = input.organization_id ?? null;
      if (lock && !env.store.memberships.get(memberKey(lock, caller.user.user_id))) {
        throw forbidden("You can only lock a key to an organization you belong to");
      }
      const key = generateApiKey();
      const now = env.now();
      const row = await env.store.api_keys.create({
        api_key_id: crypto.randomUUID(),
        user_id: caller.user.user_id,
        name: input.name,
        key_hash: await env.keyring.hash(key),
        prefix: apiKeyDisplayPrefix(key),
        organization_id: lock,
        created_at: iso(now),
        expires_at: input.expires_in_seconds ? iso(now + input.expires_in_seconds * 1000) : null,
        last_used_at: null,
        revoked_at: null,
      });
      return json({ ...toApiKey(env, row), key }, 201);
    },
  }),
  route({
    operationId: "listApiKeys",
    handle: ({ env, caller, json }) => {
      const keys = env.store.api_keys
        .group("user", caller.user.user_id)
        .filter((row) => row.revoked_at === null)
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .map((row) => toApiKey(env, row));
      return json({ api_keys: keys, total: keys.length });
    },
  }),
  route({
    operationId: "getApiKey",
    find: ownKey,
    handle: ({ env, json }, key) => json(toApiKey(env, key)),
  }),
  route({
    operationId: "deleteApiKey",
    find: ownKey,
    handle: async ({ env }, key) => {
      await env.store.api_keys.update(key, {
        data: (k) => {
          k.revoked_at = iso(env.now());
        },
      });
      return noContent();
    },
  }),
];
