// What every scenario of a run shares: the session, the principals and what was learned about
// them, the catalog, the credentials the run created as fixtures, and notes on what was skipped.
import type { CheckName } from "./checks.js";
import type { NormalizedOptions } from "./options.js";
import type { Results } from "./Results.js";
import type { SecretRegistry } from "./SecretRegistry.js";
import type { Exchange, Principal, Session } from "./Session.js";

export interface Identity {
  userId: string;
  email: string;
  isActive: boolean;
  memberships: Array<{ organization_id: string; role: string }>;
}

export interface CatalogEntry {
  integration_name: string;
  integration_type: string;
  auth_types: string[];
  test_endpoint: string | null;
  custom_fields: Array<{ name: string; required: boolean; secret: boolean }> | null;
}

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

/** Records whether `exchange` answered one of `expected`, under `check`. */
export function expectStatus(ctx: RunContext, check: CheckName, exchange: Exchange, expected: number | number[], what: string): boolean {
  if (exchange.skipped) return false; // an operation outside the run (--exclude-operation): nothing to judge
  const allowed = Array.isArray(expected) ? expected : [expected];
  const problem = allowed.includes(exchange.status) ? null : `${what}: expected ${allowed.join(" or ")}, got ${exchange.status}`;
  return ctx.results.verdict(check, exchange.operationId, problem, ctx.session.context(exchange));
}

/** Records a semantic expectation about an exchange (null problem = it held). */
export function expectThat(ctx: RunContext, check: CheckName, exchange: Exchange, problem: string | null): boolean {
  if (exchange.skipped) return false;
  return ctx.results.verdict(check, exchange.operationId, problem, ctx.session.context(exchange));
}

/**
 * A semantic expectation about a response whose shape the docs call TBD (audit, usage): a
 * warning in the default profile, a failure under --strict.
 */
export function expectShapeTbd(ctx: RunContext, check: CheckName, exchange: Exchange, problem: string | null): boolean {
  if (exchange.skipped) return false;
  if (problem === null || ctx.options.profile === "strict") return expectThat(ctx, check, exchange, problem);
  ctx.results.warn({ check, operationId: exchange.operationId, message: `${problem} (the docs mark this response's shape TBD)`, ...ctx.session.context(exchange) });
  ctx.results.pass(check, exchange.operationId);
  return true;
}

/** Is `body` the `{"detail": "<string>"}` error envelope? */
export function hasDetail(body: unknown): boolean {
  return !!body && typeof body === "object" && typeof (body as { detail?: unknown }).detail === "string" && (body as { detail: string }).detail.length > 0;
}

/** A seed derived from `seed` and `label` (FNV-1a), so adding a scenario does not shift the others. */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h | 0;
}
