// What every handler can reach: the store, the keyring, the identity provider, the clock and the
// configured limits. Built once per createMock; reset() reloads the store from the seed.
import type { Store } from "./store.js";
import type { Keyring } from "./keyring.js";
import type { IdentityProvider } from "./identity-provider.js";
import type { RateLimiter } from "../policy/rate-limiter.js";
import type { Faults } from "./faults.js";
import type { Caps } from "./caps.js";
import type { ReadWriteLock } from "./read-write-lock.js";
import { parseTimestamp } from "@modulex/spec/contract";

export interface MockEnv {
  store: Store;
  /** Reads side by side, writes alone (the request pipeline and reset take it). */
  lock: ReadWriteLock;
  /** Told after anything may have changed the store (persistence saves on it). */
  changed: () => void;
  keyring: Keyring;
  idp: IdentityProvider;
  now: () => number;
  limits: { perKey: number; perUser: number; perOrg: number };
  /** How large the stores the mock grows on its own may get. */
  caps: Caps;
  /**
   * Strict mode (our stricter reading of the docs): unknown body fields are refused, timestamps
   * are RFC 3339, and test-temporary answers invalid bodies with a 400 rather than the docs' 500.
   */
  strict: boolean;
  /** How timestamps go on the wire; the store keeps RFC 3339 UTC either way. */
  timestamps: TimestampFormat;
  limiter: RateLimiter;
  faults: Faults;
  sleep: (ms: number) => Promise<void>;
  reset: () => Promise<void>;
  /** Told about an unexpected error (a bug) before the 500 goes out. */
  onError: (error: unknown, operationId: string) => void;
}

export const iso = (ms: number) => new Date(ms).toISOString();

/**
 * `naive`: what the docs print, UTC without a zone (`2026-01-19T12:00:00`, microseconds only
 * when there are some, as Python's isoformat writes them); `rfc3339`: `2026-01-19T12:00:00.000Z`.
 */
export type TimestampFormat = "naive" | "rfc3339";

/** A stored (RFC 3339 UTC) timestamp as the mock prints it. */
export function wireTime<T extends string | null>(env: Pick<MockEnv, "timestamps">, stored: T): T {
  if (stored === null || env.timestamps === "rfc3339") return stored;
  const ms = parseTimestamp(stored);
  if (Number.isNaN(ms)) return stored;
  const text = new Date(ms).toISOString(); // 2026-01-19T12:00:00.123Z
  const fraction = text.slice(20, 23);
  return (fraction === "000" ? text.slice(0, 19) : `${text.slice(0, 19)}.${fraction}000`) as T;
}
