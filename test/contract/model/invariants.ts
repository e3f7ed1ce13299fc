// Invariants checked after every command: what each organization lists and counts is exactly
// its own credentials; at most one default per (organization, integration), the model's;
// exactly the audit events the model expects (one per state change, right operation, right
// actor), none about the other organization; and no plaintext secret or API key in the raw
// stored records (GET /__mock/state).
import { expect } from "vitest";
import type { Model, OrgName } from "./reference-model.js";
import { call, type Real } from "./real-system.js";

const key = (e: { operation: string; credentialId: string; actor: string }) =>
  `${e.operation} ${e.credentialId} ${e.actor}`;

export async function checkInvariants(model: Model, real: Real): Promise<void> {
  for (const org of ["acme", "globex"] as OrgName[]) {
    const list = await call(real, "owner", org, "GET", "/credentials?limit=500");
    expect(list.status).toBe(200);
    const listed = Object.values(list.body.integrations).flatMap((g: any) => g.credentials) as Array<{
      credential_id: string;
      integration_name: string;
      is_default: boolean;
    }>;
    const own = [...model.credentials.values()].filter((c) => c.org === org);
    expect(listed.map((c) => c.credential_id).sort(), `${org} lists exactly its own credentials`).toEqual(
      own.map((c) => c.id).sort(),
    );
    expect(list.body.total_credentials, `${org} counts exactly its own credentials`).toBe(own.length);
    const defaults = new Map<string, string[]>();
    for (const c of listed)
      if (c.is_default)
        defaults.set(c.integration_name, [...(defaults.get(c.integration_name) ?? []), c.credential_id]);
    for (const [integration, ids] of defaults) expect(ids.length, `defaults of ${integration} in ${org}`).toBe(1);
    expect(
      own
        .filter((c) => c.isDefault)
        .map((c) => c.id)
        .sort(),
      `${org}'s defaults`,
    ).toEqual(
      listed
        .filter((c) => c.is_default)
        .map((c) => c.credential_id)
        .sort(),
    );

    const audit = await call(real, "owner", org, "GET", "/audit?limit=500");
    expect(audit.status).toBe(200);
    const events = audit.body.events as Array<{
      operation: string;
      credential_id: string;
      actor_user_id: string;
      organization_id: string;
    }>;
    for (const e of events) expect(e.organization_id).toBe(real.orgs[org]);
    expect(audit.body.total, `${org}'s audit events`).toBe(model.audit[org].length);
    expect(
      events.map((e) => key({ operation: e.operation, credentialId: e.credential_id, actor: e.actor_user_id })).sort(),
      `${org}'s audit events`,
    ).toEqual(model.audit[org].map(key).sort());
  }
  const state = await real.fetch("http://mock.test/__mock/state");
  expect(state.status).toBe(200);
  const dump = await state.text();
  const leaked = [...model.secrets, ...Object.values(real.tokens)].filter((secret) => secret && dump.includes(secret));
  expect(leaked, "plaintext secrets or keys in GET /__mock/state").toEqual([]);
}
