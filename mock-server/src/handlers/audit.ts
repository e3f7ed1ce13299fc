// The credential audit log (spec tag "Audit"), newest first. GET /audit outlives deleted credentials.
import { route } from "../core/route.js";
import { toAuditEvent } from "./views.js";
import type { AuditRow } from "../core/store.js";
import type { MockEnv } from "../core/env.js";
import { credentialInOrg } from "./credentials.js";
import { newerFirst } from "../policy/wire-time.js";

function page(env: MockEnv, events: AuditRow[], query: { limit?: number; offset?: number }) {
  const limit = query.limit ?? 100;
  const offset = query.offset ?? 0;
  const sorted = [...events].sort((a, b) => newerFirst(a.occurred_at, b.occurred_at) || b.seq - a.seq);
  return {
    events: sorted.slice(offset, offset + limit).map((row) => toAuditEvent(env, row)),
    total: sorted.length,
    limit,
    offset,
  };
}

export const auditRoutes = [
  route({
    operationId: "listCredentialAudit",
    find: credentialInOrg,
    handle: ({ env, query, json }, row) =>
      json(
        page(
          env,
          env.store.audit_events
            .group("credential", row.credential_id)
            .filter((e) => e.organization_id === row.organization_id),
          query,
        ),
      ),
  }),
  route({
    operationId: "listAuditEvents",
    handle: ({ env, org, query, json }) =>
      json(
        page(
          env,
          env.store.audit_events
            .group("organization", org.organizationId)
            .filter(
              (e) =>
                (!query.credential_id || e.credential_id === query.credential_id) &&
                (!query.operation || e.operation === query.operation),
            ),
          query,
        ),
      ),
  }),
];
