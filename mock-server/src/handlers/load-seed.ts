import type { MockEnv } from "../core/env.js";
import type { Seed } from "../core/seed.js";
import type { AuthData, OAuthConfig } from "../model/wire.js";
import { iso } from "../policy/wire-time.js";
import { sha256, toHex, utf8 } from "../policy/encoding.js";
import { findIntegration } from "../model/catalog.js";
import { detectAuthType } from "../policy/detect-auth-type.js";
import { apiKeyDisplayPrefix } from "../policy/generate-api-key.js";
import { insertCredential, secretOf } from "./insert-credential.js";
import { parseTimestamp } from "@modulex/spec/contract";

/** A stable UUID for a seed entry that names none, so ids survive reset and restarts. */
async function seedId(kind: string, index: number): Promise<string> {
  const hex = toHex(await sha256(utf8(`modulex-mock-seed:${kind}:${index}`)));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Loads a (parsed) seed into an empty store. Plaintext keys are hashed and secrets encrypted on
 * the way in, like everything else. Entries without a created_at are spaced a minute apart before
 * now, in file order, so "newest first" follows the file.
 */
export async function loadSeed(env: MockEnv, seed: Seed): Promise<void> {
  const now = env.now();
  const stamp = (given: string | undefined, index: number, count: number) =>
    given ? iso(parseTimestamp(given)) : iso(now - (count - index) * 60_000);
  const normalize = (given: string | null | undefined) => (given ? iso(parseTimestamp(given)) : null);
  const { store } = env;
  const orgs = seed.organizations ?? [];
  for (const [i, o] of orgs.entries()) {
    await store.organizations.create({
      organization_id: o.organization_id,
      name: o.name,
      created_at: stamp(o.created_at, i, orgs.length),
    });
  }
  const users = seed.users ?? [];
  for (const [i, u] of users.entries()) {
    const created = stamp(u.created_at, i, users.length);
    await store.users.create({
      user_id: u.user_id,
      email: u.email,
      name: u.name,
      is_active: u.is_active ?? true,
      created_at: created,
    });
    for (const m of u.memberships ?? []) {
      await store.memberships.create({
        organization_id: m.organization_id,
        user_id: u.user_id,
        role: m.role,
        joined_at: m.joined_at ?? created,
      });
    }
  }
  const keys = seed.api_keys ?? [];
  for (const [i, k] of keys.entries()) {
    await store.api_keys.create({
      api_key_id: k.api_key_id ?? (await seedId("api_key", i)),
      user_id: k.user_id,
      name: k.name,
      key_hash: await env.keyring.hash(k.key),
      prefix: apiKeyDisplayPrefix(k.key),
      organization_id: k.organization_id ?? null,
      created_at: stamp(k.created_at, i, keys.length),
      expires_at: normalize(k.expires_at),
      last_used_at: null,
      revoked_at: null,
    });
  }
  const credentials = seed.credentials ?? [];
  const ids = await Promise.all(credentials.map((c, i) => c.credential_id ?? seedId("credential", i)));
  // The seed's free JSON, in the shapes parseSeed checked (auth_data and oauth_config objects).
  const secrets = credentials.map((c) => ({
    auth_data: (c.auth_data as AuthData | undefined) ?? null,
    oauth_config: (c.oauth_config as OAuthConfig | undefined) ?? null,
  }));
  // Every secret sealed up front, the keys derived side by side (a third of a 10,000-credential start).
  const withSecret = secrets.flatMap((secret, i) => {
    const value = secretOf(secret);
    return value ? [{ index: i, organizationId: credentials[i]!.organization_id, scopeId: ids[i]!, value }] : [];
  });
  const sealed = new Map((await env.keyring.sealMany(withSecret)).map((text, n) => [withSecret[n]!.index, text]));
  for (const [i, c] of credentials.entries()) {
    const integration = findIntegration(c.integration_name)!;
    // parseSeed checked the entry; its zod schema types auth_data as free JSON.
    const detection = detectAuthType(c as Parameters<typeof detectAuthType>[0], integration);
    if (!detection.ok) throw new Error(`credentials[${i}]: ${detection.problem}`); // parseSeed already refused this
    await insertCredential(
      env,
      {
        credential_id: ids[i]!,
        organization_id: c.organization_id,
        integration_name: c.integration_name,
        auth_type: detection.authType,
        ...secrets[i]!,
        encrypted_secret: sealed.get(i) ?? null,
        display_name: c.display_name ?? `${integration.display_name} (${detection.authType})`,
        metadata: c.metadata ?? null,
        is_default: c.is_default ?? false,
        expires_at: normalize(c.expires_at),
        created_by: c.created_by,
        created_at: stamp(c.created_at, i, credentials.length),
      },
      null,
    );
  }
}
