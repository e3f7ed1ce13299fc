// How large each store the mock grows on its own may get (docs/decisions/052). Records a caller
// creates and owns (organizations, credentials, API keys, members) are not capped: delete or reset.
export interface Caps {
  oauthSessions: number;
  oauthCodes: number;
  armedFaults: number;
  auditEventsPerOrganization: number;
  derivedKeys: number;
}

/** The defaults (createMock's `caps` option overrides any of them). */
export const CAPS: Caps = {
  /** OAuth2 connections started and not yet expired (10 minutes); past it the oldest is dropped. */
  oauthSessions: 1000,
  /** Codes the mock provider issued and that have not expired (10 minutes); past it the oldest is dropped. */
  oauthCodes: 1000,
  /** Faults armed at once; arming one more is a 400 until some are used up or cleared. */
  armedFaults: 100,
  /** Audit events kept per organization; past it the oldest is dropped. */
  auditEventsPerOrganization: 10_000,
  /** Derived encryption keys kept in memory (each is derived again when needed). */
  derivedKeys: 1000,
};

/** The caps with a caller's overrides; each must be a positive integer. */
export function normalizeCaps(overrides: Partial<Caps> = {}): Caps {
  const caps = { ...CAPS, ...overrides };
  for (const [name, value] of Object.entries(caps)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`caps.${name} must be a positive integer`);
  }
  return caps;
}
