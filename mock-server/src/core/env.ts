// What every handler can reach: the store, the keyring, the identity provider, the clock and the
// configured limits. Built once per createMock; reset() reloads the store from the seed.
import type { Store } from "./store.js";
import type { Keyring } from "./keyring.js";
import type { IdentityProvider } from "./identity-provider.js";
import type { RateLimiter } from "../policy/rate-limiter.js";
import type { Faults } from "./faults.js";

export interface MockEnv {
  store: Store;
  keyring: Keyring;
  idp: IdentityProvider;
  now: () => number;
  limits: { perKey: number; perUser: number };
  limiter: RateLimiter;
  faults: Faults;
  sleep: (ms: number) => Promise<void>;
  reset: () => Promise<void>;
  /** Told about an unexpected error (a bug) before the 500 goes out. */
  onError: (error: unknown, operationId: string) => void;
}

export const iso = (ms: number) => new Date(ms).toISOString();
