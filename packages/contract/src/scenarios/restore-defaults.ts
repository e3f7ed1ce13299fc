// Puts back each integration's default credential as it was when the run started, so a run
// against a shared organization leaves its defaults as it found them.
import { bodyAs } from "../spec/body-as.js";
import { expectStatus } from "./expect-status.js";
import type { RunContext } from "../run-context.js";

export async function restoreDefaults(ctx: RunContext): Promise<void> {
  if (ctx.originalDefaults.size === 0) return;
  const principal = ctx.principals.owner;
  const list = await ctx.session.send({
    operationId: "listCredentials",
    principal,
    query: { limit: 500 },
    intent: "valid",
  });
  const current = new Map<string, string>();
  const existing = new Set<string>();
  for (const group of Object.values(bodyAs(list, 200)?.integrations ?? {})) {
    for (const c of group?.credentials ?? []) {
      if (!c.credential_id) continue;
      existing.add(c.credential_id);
      if (c.is_default && c.integration_name) current.set(c.integration_name, c.credential_id);
    }
  }
  for (const [integration, id] of ctx.originalDefaults) {
    if (current.get(integration) === id || !existing.has(id)) continue;
    const set = await ctx.session.send({
      operationId: "setDefaultCredential",
      principal,
      pathParams: { credential_id: id },
      intent: "valid",
    });
    expectStatus(ctx, "positive_data_acceptance", set, 200, `restoring ${integration}'s original default`);
  }
}
