// The two list shapes of GET /credentials, exactly as the docs' example: grouped by integration
// (ordered by integration name, then newest first) or flat for one integration (newest first).
// Pagination applies to credentials; totals count every match, not just the page.
import type { MockEnv } from "../core/env.js";
import type { CredentialRow } from "../core/store.js";
import type { AuthType, CredentialGroup } from "../model/wire.js";
import { newerFirst } from "../policy/wire-time.js";
import { integrationOf, toCredential } from "./views.js";

const newestFirst = (a: CredentialRow, b: CredentialRow) => newerFirst(a.created_at, b.created_at) || b.seq - a.seq;

export interface Page {
  limit: number;
  offset: number;
  authType: AuthType | null;
}

export function listFlat(env: MockEnv, integrationName: string, matches: CredentialRow[], page: Page) {
  const sorted = [...matches].sort(newestFirst);
  return {
    integration_name: integrationName,
    credentials: sorted.slice(page.offset, page.offset + page.limit).map((row) => toCredential(env, row)),
    total_count: sorted.length,
    limit: page.limit,
    offset: page.offset,
    filters: { auth_type: page.authType },
  };
}

export function listGrouped(env: MockEnv, matches: CredentialRow[], page: Page) {
  const sorted = [...matches].sort((a, b) => a.integration_name.localeCompare(b.integration_name) || newestFirst(a, b));
  const byIntegration = new Map<string, CredentialRow[]>();
  for (const row of sorted) {
    const group = byIntegration.get(row.integration_name);
    if (group) group.push(row);
    else byIntegration.set(row.integration_name, [row]);
  }
  const integrations: Record<string, CredentialGroup> = {};
  for (const row of sorted.slice(page.offset, page.offset + page.limit)) {
    const all = byIntegration.get(row.integration_name)!;
    const entry = integrationOf(row);
    const group = integrations[row.integration_name] ?? {
      integration_name: row.integration_name,
      integration_type: entry.integration_type,
      logo: entry.logo,
      credentials: [],
      total_count: all.length,
      auth_types: [...new Set(all.map((c) => c.auth_type))],
    };
    integrations[row.integration_name] = group;
    group.credentials.push(toCredential(env, row));
  }
  return {
    integrations,
    total_credentials: sorted.length,
    total_integrations: byIntegration.size,
    filters: { auth_type: page.authType },
  };
}
