// What every handler can reach: the store, the keyring, the identity provider, the clock and the
// configured limits. Built once per createMock; reset() reloads the store from the seed.
import type { Store } from "./store.js";
import type { Keyring } from "./keyring.js";
import type { IdentityProvider } from "./identity-provider.js";
import type { RateLimiter } from "../policy/rate-limiter.js";
import type { Faults } from "./faults.js";
import type { Caps } from "./caps.js";
import type { ReadWriteLock } from "./read-write-lock.js";
import type { TimestampFormat } from "../policy/wire-time.js";

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
