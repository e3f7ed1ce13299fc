import type { MockEnv } from "../core/env.js";
import type { CredentialRow } from "../core/store.js";
import type { AuditOperation } from "../model/wire.js";
import type { Principal } from "../core/route.js";
import { iso } from "../policy/wire-time.js";

/**
 * Appends one audit event about a credential: who (user and auth method), what and when. Never a
 * secret. An organization keeps its newest env.caps.auditEventsPerOrganization events.
 */
export async function writeAudit(
  env: MockEnv,
  caller: Principal,
  credential: Pick<CredentialRow, "organization_id" | "credential_id" | "integration_name">,
  operation: AuditOperation,
  details: Record<string, unknown> | null,
): Promise<void> {
  await env.store.audit_events.create({
    audit_id: crypto.randomUUID(),
    organization_id: credential.organization_id,
    credential_id: credential.credential_id,
    integration_name: credential.integration_name,
    operation,
    actor_user_id: caller.user.user_id,
    actor_email: caller.user.email,
    auth_method: caller.authMethod,
    occurred_at: iso(env.now()),
    details,
    seq: env.store.nextSeq(),
  });
  const over =
    env.store.audit_events.groupSize("organization", credential.organization_id) - env.caps.auditEventsPerOrganization;
  if (over <= 0) return;
  // The oldest only: an organization at its cap drops one event a write, not a copy of all of them.
  for (const oldest of env.store.audit_events.groupHead("organization", credential.organization_id, over))
    env.store.audit_events.delete(oldest);
}
