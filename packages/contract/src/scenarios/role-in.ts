// A principal's role in an organization, as GET /me showed it.
import type { Identity } from "../run-context.js";

/** The role `identity` has in `org`, or null. */
export function roleIn(identity: Identity | undefined, org: string | undefined): string | null {
  return identity?.memberships.find((m) => m.organization_id === org)?.role ?? null;
}
