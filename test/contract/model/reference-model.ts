// The reference model for the model-based tests: what the credentials of two organizations
// should be after any sequence of commands, written from the spec's descriptions (access,
// defaults, precedence, audit), independently of the mock's code.

export type PrincipalName = "owner" | "ownerJwt" | "admin" | "member" | "inactive" | "outsider";
export type OrgName = "acme" | "globex";

export interface ModelCredential {
  id: string;
  org: OrgName;
  integration: string;
  authType: string;
  isDefault: boolean;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms, or null. */
  expiresAt: number | null;
}

interface ModelEvent {
  operation: string;
  credentialId: string;
  actor: string;
}

export interface Model {
  credentials: Map<string, ModelCredential>;
  /** Expected audit events per organization, oldest first. */
  audit: Record<OrgName, ModelEvent[]>;
  /** Every id the run has seen, deleted ones included, for commands to pick from. */
  knownIds: string[];
  /** Every plaintext secret submitted, for the state-dump invariant. */
  secrets: string[];
}

/** Who may manage credentials where (the demo seed's roles, active flags and key locks). */
const ALLOWED: Record<PrincipalName, OrgName[]> = {
  owner: ["acme", "globex"], // owner of Acme, admin of Globex
  ownerJwt: ["acme", "globex"],
  admin: ["acme"], // admin of Acme, key locked to Acme
  member: [], // legacy member role: refused
  inactive: [], // inactive account: refused
  outsider: ["globex"], // owner of Globex only
};

export function allowed(principal: PrincipalName, org: OrgName): boolean {
  return ALLOWED[principal].includes(org);
}

export function inOrg(model: Model, id: string, org: OrgName): ModelCredential | undefined {
  const c = model.credentials.get(id);
  return c && c.org === org ? c : undefined;
}

export function defaultOf(model: Model, org: OrgName, integration: string): ModelCredential | undefined {
  return [...model.credentials.values()].find((c) => c.org === org && c.integration === integration && c.isDefault);
}

export interface ExpectedResolution {
  rule: "explicit" | "default" | "most_recent_user" | "most_recent_modulex_key" | null;
  /** Acceptable ids (several only when creation times tie, which only seeded records can). */
  ids: string[];
}

/**
 * The documented precedence: the explicit id (of this organization and integration, else
 * none), the default unless expired, the newest unexpired non-modulex_key credential, the
 * newest unexpired modulex_key one.
 */
export function expectedResolution(
  model: Model,
  org: OrgName,
  integration: string,
  now: number,
  explicitId?: string,
): ExpectedResolution {
  const candidates = [...model.credentials.values()].filter((c) => c.org === org && c.integration === integration);
  if (explicitId) {
    const explicit = candidates.find((c) => c.id === explicitId);
    return explicit ? { rule: "explicit", ids: [explicit.id] } : { rule: null, ids: [] };
  }
  const live = candidates.filter((c) => c.expiresAt === null || c.expiresAt > now);
  const byDefault = live.find((c) => c.isDefault);
  if (byDefault) return { rule: "default", ids: [byDefault.id] };
  const newest = (list: ModelCredential[]) => {
    const top = Math.max(...list.map((c) => c.createdAt));
    return list.filter((c) => c.createdAt === top).map((c) => c.id);
  };
  const users = live.filter((c) => c.authType !== "modulex_key");
  if (users.length) return { rule: "most_recent_user", ids: newest(users) };
  const managed = live.filter((c) => c.authType === "modulex_key");
  if (managed.length) return { rule: "most_recent_modulex_key", ids: newest(managed) };
  return { rule: null, ids: [] };
}

/** Makes `id` its integration's default, recording the events the spec describes. */
export function makeDefault(model: Model, credential: ModelCredential, actor: string): void {
  const prior = defaultOf(model, credential.org, credential.integration);
  if (prior && prior.id !== credential.id) {
    prior.isDefault = false;
    model.audit[credential.org].push({ operation: "CREDENTIAL_DEACTIVATED", credentialId: prior.id, actor });
  }
  credential.isDefault = true;
}
