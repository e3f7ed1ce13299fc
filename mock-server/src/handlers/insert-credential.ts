import type { MockEnv } from "../core/env.js";
import type { CredentialRow } from "../core/store.js";
import type { Principal } from "../core/route.js";
import type { AuthData, AuthType, OAuthConfig } from "../model/wire.js";
import { iso } from "../policy/wire-time.js";
import { writeAudit } from "./write-audit.js";

export interface NewCredential {
  credential_id?: string;
  organization_id: string;
  integration_name: string;
  auth_type: AuthType;
  auth_data: AuthData | null;
  oauth_config: OAuthConfig | null;
  display_name: string;
  metadata: Record<string, unknown> | null;
  is_default: boolean;
  expires_at: string | null;
  created_by: string;
  created_at?: string;
  /** auth_data and oauth_config already sealed for this credential (`keyring.sealMany`, seeds); sealed here when absent. */
  encrypted_secret?: string | null;
}

/** What a credential keeps sealed: its auth_data and oauth_config, or null when it has neither. */
export function secretOf(input: Pick<NewCredential, "auth_data" | "oauth_config">) {
  const { auth_data, oauth_config } = input;
  return auth_data !== null || oauth_config !== null ? { auth_data, oauth_config } : null;
}

/**
 * Stores a credential with its secret encrypted under its own derived key. As the default it
 * first unsets the integration's prior default. With a caller (not for seeds) it writes
 * CREDENTIAL_CREATED, and CREDENTIAL_DEACTIVATED for a default it replaced.
 */
export async function insertCredential(
  env: MockEnv,
  input: NewCredential,
  caller: Principal | null,
): Promise<CredentialRow> {
  const credentialId = input.credential_id ?? crypto.randomUUID();
  const created = input.created_at ?? iso(env.now());
  const secret = secretOf(input);
  const encrypted =
    input.encrypted_secret !== undefined
      ? input.encrypted_secret
      : secret && (await env.keyring.seal(input.organization_id, credentialId, secret));
  if (input.is_default) await unsetDefault(env, caller, input.organization_id, input.integration_name, credentialId);
  const row = await env.store.credentials.create({
    credential_id: credentialId,
    organization_id: input.organization_id,
    integration_name: input.integration_name,
    auth_type: input.auth_type,
    display_name: input.display_name,
    is_default: input.is_default,
    created_by: input.created_by,
    created_at: created,
    updated_at: created,
    expires_at: input.expires_at,
    metadata: input.metadata,
    encrypted_secret: encrypted,
    usage_count: 0,
    first_used_at: null,
    last_used_at: null,
    seq: env.store.nextSeq(),
  });
  if (caller) {
    await writeAudit(env, caller, row, "CREDENTIAL_CREATED", {
      display_name: row.display_name,
      auth_type: row.auth_type,
      is_default: row.is_default,
    });
  }
  return row;
}

/** Clears the integration's current default (at most one per organization and integration). */
export async function unsetDefault(
  env: MockEnv,
  caller: Principal | null,
  organizationId: string,
  integrationName: string,
  replacedBy: string,
): Promise<void> {
  const prior = env.store.credentials
    .group("organization", organizationId)
    .find((c) => c.integration_name === integrationName && c.is_default);
  if (!prior) return;
  await env.store.credentials.update(prior, {
    data: (c) => {
      c.is_default = false;
      c.updated_at = iso(env.now());
    },
  });
  if (caller)
    await writeAudit(env, caller, prior, "CREDENTIAL_DEACTIVATED", { is_default: false, replaced_by: replacedBy });
}
