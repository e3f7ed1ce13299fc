// Who may manage credentials in an organization, of the principals the run was given.
import type { Principal } from "./request-spec.js";
import { roleIn } from "./role-in.js";
import type { RunContext } from "./run-context.js";

/** A principal allowed to manage credentials in `org` (owner first, then the outsider). */
export function writerIn(ctx: RunContext, org: string): Principal | null {
  for (const role of ["owner", "outsider"] as const) {
    const principal = ctx.principals[role];
    if (principal && ["owner", "admin"].includes(roleIn(ctx.identities.get(role), org) ?? "")) return principal;
  }
  return null;
}
