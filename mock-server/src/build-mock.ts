// The mock itself: its store, keys, clock and request pipeline, loaded from the seed. Adapters
// put it on the wire: msw's handlers (create-mock.ts) or the standalone HTTP server (node.ts).
import type { RequestHandler } from "msw";
import { Store } from "./core/store.js";
import { ReadWriteLock } from "./core/read-write-lock.js";
import { Keyring, randomMasterKey } from "./core/keyring.js";
import { IdentityProvider } from "./core/identity-provider.js";
import { Faults, type FaultInput } from "./core/faults.js";
import { normalizeCaps, type Caps } from "./core/caps.js";
import { parseSeed, type Seed } from "./core/seed.js";
import { loadSeed } from "./handlers/load-seed.js";
import { createRequestHandler, type RequestHandlerFn } from "./core/handle-request.js";
import { createSaver, loadSavedState, type StateStorage } from "./core/saved-state.js";
import { apiPath, parseApiBase, type ApiBase } from "./policy/api-base.js";
import type { MockEnv } from "./core/env.js";
import type { CoreRequest } from "./core/route.js";
import type { TimestampFormat } from "./policy/wire-time.js";
import type { Fault } from "./model/wire.js";
import { FixedWindowRateLimiter, type RateLimiter } from "./policy/rate-limiter.js";
import { ROUTES } from "./handlers/index.js";
import { demoSeed } from "./demo.js";
import { toResponse, type Answer } from "./core/answer.js";

export interface CreateMockOptions {
  /** The data to start from (and to return to on reset). Default: the demo seed. */
  seed?: Seed;
  /**
   * Master key for credential encryption and API-key hashing (≥ 16 characters). Default: a random
   * key for this mock's lifetime, kept nowhere, so no dump of its state can be decrypted. An HKDF
   * CryptoKey works too (the browser's persistence keeps a non-extractable one).
   */
  masterKey?: string | CryptoKey;
  /** The clock in epoch ms (expiry, rate-limit windows, JWT exp, timestamps). Default: Date.now. */
  now?: () => number;
  /** How fault delays wait. Default: setTimeout. Tests pass a recorder instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  /** The rate limiter. Default: fixed 60-second windows per key and per user. */
  rateLimiter?: RateLimiter;
  /**
   * Where the API lives for `handlers` (setupServer, setupWorker): only requests under this base
   * URL to a path the API has are answered, from the root of the base URL (`/me`, not `/v1/me`);
   * any other origin or path passes through untouched. Default: `https://api.modulex.dev`, the
   * SDK's default. Give the SDK and the mock the same one.
   */
  baseUrl?: string;
  /**
   * Our stricter reading of the docs, for teams that want typos caught: unknown body fields are a
   * 400 (by default they are ignored and named in a `Warning` header, as the real server reads the
   * body raw), timestamps are RFC 3339 (by default UTC without a zone, as the docs print them),
   * and test-temporary refuses an invalid body with a 400 (by default the docs' 500 wrapper).
   * Default: false. `modulex-contract --strict` verifies this mode.
   */
  strict?: boolean;
  /** How timestamps are printed: `naive` (`2026-01-19T12:00:00`, UTC) or `rfc3339`. Default: `rfc3339` when strict, else `naive`. */
  timestamps?: TimestampFormat;
  /** Told about unexpected errors (bugs) answered with 500. Default: one console.error line (the message only). */
  onError?: (error: unknown, operationId: string) => void;
  /**
   * Keep the store across restarts: loaded from here at start (the seed is used only when nothing
   * is saved yet), saved after every change. `./node`'s `stateFile(path)` and the browser's
   * `startWorker({ persist: true })` provide one. The saved state is sealed under `masterKey`, so
   * give the same master key on every start. Default: none, every start begins from the seed.
   */
  persistence?: StateStorage;
  /** Bounds of the stores the mock grows on its own (pending OAuth2 sessions and codes, armed faults, audit events, cached keys). Default: `CAPS`. */
  caps?: Partial<Caps>;
}

export interface Mock extends ServerMock {
  /** msw request handlers for setupServer / setupWorker: the API's paths under `baseUrl`, nothing else. */
  handlers: RequestHandler[];
}

/**
 * A mock without msw's handlers: what the standalone server runs (`startServer`'s `mock`), which
 * answers over HTTP and so never loads msw (a third of its cold start).
 */
export interface ServerMock {
  /**
   * Answers one request by its path from the root (under `baseUrl`'s path when the request is on
   * its origin), whatever the origin: you chose to send it here. 404 for a path the API does not
   * have, 405 with Allow for another method. HEAD is GET without the body.
   */
  handle(request: Request): Promise<Response>;
  /** Back to the seed: drops every change, fault and rate-limit counter (as POST /__mock/reset). */
  reset(): Promise<void>;
  /** A JWT for a seeded user, as POST /__mock/sign-in issues it. Throws for an unknown email. */
  signIn(email: string, options?: { expiresInSeconds?: number }): Promise<string>;
  /** The raw stored records (as GET /__mock/state): hashes and ciphertext only. */
  state(): unknown;
  /** Arms a fault (as POST /__mock/faults). */
  armFault(fault: FaultInput): Fault;
  /** Disarms every fault (as DELETE /__mock/faults). */
  clearFaults(): void;
  /** Resolves once every change so far is saved (with `persistence`; at once without). */
  flush(): Promise<void>;
}

/** A mock's parts for an adapter: the mock, and how it routes (for msw's handlers). */
export interface BuiltMock {
  mock: ServerMock;
  handle: RequestHandlerFn;
  isApiPath(method: string, pathname: string): boolean;
  base: ApiBase;
}

/** Builds a mock of the ModuleX API with its own store, loaded from the seed; `createMock` adds msw's handlers. */
export async function buildMock(options: CreateMockOptions = {}): Promise<BuiltMock> {
  const seed = parseSeed(options.seed ?? demoSeed);
  const caps = normalizeCaps(options.caps);
  const store = new Store();
  const lock = new ReadWriteLock();
  const faults = new Faults(caps.armedFaults);
  const limiter = options.rateLimiter ?? new FixedWindowRateLimiter();
  const env: MockEnv = {
    store,
    lock,
    changed: () => {},
    keyring: await Keyring.create(options.masterKey ?? randomMasterKey(), caps.derivedKeys),
    idp: await IdentityProvider.create(),
    now: options.now ?? Date.now,
    limits: {
      perKey: seed.rate_limits?.per_key_per_minute ?? 600,
      perUser: seed.rate_limits?.per_user_per_minute ?? 1200,
      perOrg: seed.rate_limits?.per_org_per_minute ?? 6000,
    },
    caps,
    strict: options.strict ?? false,
    timestamps: options.timestamps ?? (options.strict ? "rfc3339" : "naive"),
    limiter,
    faults,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    onError:
      options.onError ??
      ((error, operationId) =>
        console.error(
          `[modulex-mock] ${operationId}: unexpected ${error instanceof Error ? error.message : String(error)}`,
        )),
    reset: async () => {
      store.clear();
      env.keyring.clearCache();
      faults.clear();
      limiter.clear();
      await loadSeed(env, seed);
    },
  };
  const saver = options.persistence
    ? createSaver(env, options.persistence, (error) => env.onError(error, "saving state"))
    : null;
  const restored = options.persistence ? await loadSavedState(env, options.persistence) : false;
  if (!restored) await env.reset();
  if (saver) {
    env.changed = saver.changed;
    if (!restored) env.changed(); // the seed's state is saved from the start
  }
  const base = parseApiBase(options.baseUrl ?? DEFAULT_BASE_URL);
  const { handle, isApiPath } = createRequestHandler(ROUTES, env);
  const answer = (request: CoreRequest, url = new URL(request.url)) =>
    handle(request, url, apiPath(url, base) ?? url.pathname);

  const mock: ServerMock = {
    async handle(request) {
      return toResponse(await answer(request));
    },
    reset: async () => {
      await lock.write(env.reset);
      env.changed();
    },
    async signIn(email, signInOptions) {
      const user = store.users.findFirst((q) => q.where({ email: (v) => v.toLowerCase() === email.toLowerCase() }));
      if (!user) throw new Error(`No seeded user with email ${email}`);
      return (await env.idp.sign(user, env.now(), signInOptions?.expiresInSeconds)).token;
    },
    state: () => store.dump(),
    armFault: (fault) => faults.arm(fault),
    clearFaults: () => faults.clear(),
    flush: async () => saver?.flush(),
  };
  ANSWERS.set(mock, answer);
  return { mock, handle, isApiPath, base };
}

/**
 * Each mock's answers as the core gives them (core/answer.ts), for the HTTP server in this
 * package, which writes them to node:http without a Response in between.
 */
const ANSWERS = new WeakMap<ServerMock, MockAnswer>();
/** A mock's answer to a request (whose URL the caller may pass parsed), before it is made a Response. */
type MockAnswer = (request: CoreRequest, url?: URL) => Promise<Answer>;

/** What `mock.handle` answers, before it is made a Response. */
export function answerOf(mock: ServerMock): MockAnswer {
  const answer = ANSWERS.get(mock);
  if (!answer) throw new Error("answerOf: not a mock from buildMock or createMock");
  return answer;
}

/** The SDK's default base URL, where the msw handlers answer unless `baseUrl` says otherwise. */
export const DEFAULT_BASE_URL = "https://api.modulex.dev";
