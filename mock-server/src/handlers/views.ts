// Store rows → wire shapes. Nothing here ever puts a secret in a response: credentials show only
// masked values and labels, API keys only their display prefix.
import type { MockEnv } from "../core/env.js";
import { wireTime } from "../policy/wire-time.js";
import type { ApiKeyRow, AuditRow, CredentialRow } from "../core/store.js";
import type { ApiKey, AuditEvent, AuthData, Credential, CredentialDetail, OAuthConfig } from "../model/wire.js";
import { findIntegration, type CatalogEntry } from "../model/catalog.js";
import { maskAuthData, summarizeAuth } from "../policy/summarize-auth.js";

export interface CredentialSecret {
  auth_data: AuthData | null;
  oauth_config: OAuthConfig | null;
}

export function integrationOf(row: { integration_name: string }): CatalogEntry {
  const entry = findIntegration(row.integration_name);
  if (!entry) throw new Error(`credential of an integration missing from the catalog: ${row.integration_name}`);
  return entry;
}

export function toCredential(env: MockEnv, row: CredentialRow): Credential {
  const hasMetadata = row.metadata && Object.keys(row.metadata).length > 0;
  return {
    credential_id: row.credential_id,
    integration_name: row.integration_name,
    integration_type: integrationOf(row).integration_type,
    display_name: row.display_name,
    auth_type: row.auth_type,
    is_default: row.is_default,
    created_at: wireTime(env, row.created_at),
    updated_at: wireTime(env, row.updated_at),
    last_used_at: wireTime(env, row.last_used_at),
    expires_at: wireTime(env, row.expires_at),
    credentials_metadata: hasMetadata ? { ...row.metadata } : null,
  };
}

/** Decrypts a credential's secret (in memory only, for masking, testing and resolving). */
export async function openSecret(env: MockEnv, row: CredentialRow): Promise<CredentialSecret> {
  if (!row.encrypted_secret) return { auth_data: null, oauth_config: null };
  return env.keyring.open<CredentialSecret>(row.organization_id, row.credential_id, row.encrypted_secret);
}

/** What the detail view shows of a secret: only masked forms, never the secret. */
interface MaskedViews {
  summary: CredentialDetail["auth_data_masked"];
  perField: ReturnType<typeof maskAuthData>;
}

/**
 * The masked views of each sealed secret, so reading a credential does not decrypt it every time.
 * Keyed by the ciphertext (a new secret is a new ciphertext, under a fresh nonce), its type and
 * integration; it holds what responses show anyway, in memory only, at most MAX_MASKED entries.
 */
const masked = new Map<string, MaskedViews>();
const MAX_MASKED = 10_000;

async function maskedViews(env: MockEnv, row: CredentialRow): Promise<MaskedViews> {
  const key = `${row.auth_type}\0${row.integration_name}\0${row.encrypted_secret}`;
  const known = masked.get(key);
  if (known) return known;
  const { auth_data } = await openSecret(env, row);
  const views = {
    summary: summarizeAuth(row.auth_type, auth_data, integrationOf(row)),
    perField: maskAuthData(auth_data),
  };
  if (masked.size >= MAX_MASKED) masked.delete(masked.keys().next().value!); // the oldest
  masked.set(key, views);
  return views;
}

/**
 * The detail view. `auth_data_masked` is what the docs call it: a label (OAuth2, managed keys) or
 * the masked secret; with include_masked, the per-field masked values in its place (the mock's
 * reading of "adds a dict of per-field masked auth values", docs/decisions/040).
 */
export async function toCredentialDetail(
  env: MockEnv,
  row: CredentialRow,
  includeMasked: boolean,
): Promise<CredentialDetail> {
  const views = await maskedViews(env, row);
  const creator = env.store.users.get(row.created_by);
  // The summary's fields with the detail's added one by one: V8 builds `{ ...summary, more }`
  // the slow way (~9 µs a credential here, a third of a GET by id's own work, profiled).
  const detail = toCredential(env, row) as CredentialDetail;
  detail.organization_id = row.organization_id;
  detail.created_by = row.created_by;
  detail.created_by_email = creator?.email ?? null;
  detail.auth_data_masked = (includeMasked && views.perField && { ...views.perField }) || views.summary;
  return detail;
}

export function toApiKey(env: MockEnv, row: ApiKeyRow): ApiKey {
  return {
    api_key_id: row.api_key_id,
    name: row.name,
    prefix: row.prefix,
    organization_id: row.organization_id,
    created_at: wireTime(env, row.created_at),
    expires_at: wireTime(env, row.expires_at),
    last_used_at: wireTime(env, row.last_used_at),
  };
}

/** An audit event as the API shows it, built field by field (not a rest-and-spread, which V8 builds slowly). */
export function toAuditEvent(env: MockEnv, row: AuditRow): AuditEvent {
  return {
    audit_id: row.audit_id,
    organization_id: row.organization_id,
    credential_id: row.credential_id,
    integration_name: row.integration_name,
    operation: row.operation,
    actor_user_id: row.actor_user_id,
    actor_email: row.actor_email,
    auth_method: row.auth_method,
    occurred_at: wireTime(env, row.occurred_at),
    details: row.details ? { ...row.details } : null,
  };
}
