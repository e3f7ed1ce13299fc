// Who may manage credentials in an organization, of the principals the run was given.
import type { Principal } from "../http/request-spec.js";
import { roleIn } from "./role-in.js";
import type { PrincipalRole, RunContext } from "../run-context.js";

/** The principals that may write in an organization, in the order they are tried. */
const WRITERS: PrincipalRole[] = ["owner", "outsider"];

/** A principal allowed to manage credentials in `org` (owner first, then the outsider). */
export function writerIn(ctx: RunContext, org: string): Principal | null {
  for (const role of WRITERS) {
    const principal = ctx.principals[role];
    if (principal && ["owner", "admin"].includes(roleIn(ctx.identities.get(role), org) ?? "")) return principal;
  }
  return null;
}
