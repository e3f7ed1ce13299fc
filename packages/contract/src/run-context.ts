// What every scenario of a run shares: the session, the principals and what was learned about
// them, the catalog, the credential the run created as a fixture, and notes on what was skipped.
import type { NormalizedOptions } from "./options/normalize-options.js";
import type { Principal } from "./http/request-spec.js";
import type { Results } from "./report/results.js";
import type { SecretRegistry } from "./http/secret-registry.js";
import type { Session } from "./http/session.js";
import type { Schema } from "./spec/wire-types.js";

export interface Identity {
  userId: string;
  email: string;
  isActive: boolean;
  /** The organizations GET /me lists, with the user's role in each (as the server named it). */
  memberships: Array<{ organization_id: string; role?: string }>;
}

/** An integration of the server's catalog (GET /integrations), as the spec types it. */
export type CatalogEntry = Schema<"Integration">;

export interface Fixture {
  credentialId: string;
  integrationName: string;
  org: string;
  principal: Principal;
}

export type PrincipalRole = "owner" | "jwt" | "admin" | "member" | "inactive" | "outsider" | "locked";

export interface RunContext {
  options: NormalizedOptions;
  session: Session;
  results: Results;
  secrets: SecretRegistry;
  principals: Partial<Record<PrincipalRole, Principal>> & { owner: Principal };
  identities: Map<PrincipalRole, Identity>;
  catalog: CatalogEntry[];
  /** A credential the run created in the organization, for routes that need a real id. */
  fixture: Fixture | null;
  /** Integration → the default credential at the start, so the run can put them back. */
  originalDefaults: Map<string, string>;
  /** What the run could not do and why (missing principal, unreachable status...). */
  notes: string[];
  /** A seed for one scenario, derived from the run's seed and a label. */
  seedFor(label: string): number;
}
