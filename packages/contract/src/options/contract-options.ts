// What a run is given: the options of runContract (and, through parseCliArgs, of the CLI).
import type { CheckName } from "../checks.js";
import type { Exchange } from "../http/exchange.js";

export type Profile = "default" | "strict";

export interface ContractOptions {
  /** Where the server under test listens, e.g. http://127.0.0.1:4010. */
  baseUrl: string;
  /** The organization the run works in (X-Organization-ID). */
  org: string;
  /** An API key of an owner of `org`. Required. */
  apiKey: string;
  /** A person's sign-in token (JWT) for the same owner: API-key management and organization creation need one. */
  jwt?: string;
  /** An API key of an admin of `org` (owner-only actions must be refused to it). */
  adminKey?: string;
  /** An API key of a legacy `member` of `org` (refused on every owner/admin route). */
  memberKey?: string;
  /** An API key of an inactive user who is a member of `org` (refused everywhere but GET /me). */
  inactiveKey?: string;
  /** An API key of someone who is not a member of `org`, ideally an owner of `otherOrg`. */
  outsiderKey?: string;
  /** An API key locked to `org`, whose user is also a member of `otherOrg` or not: refused on `otherOrg`. */
  lockedKey?: string;
  /** A second organization, for tenant isolation and locked-key checks. */
  otherOrg?: string;
  /** fast-check seed for generated requests (default 424242: same requests every run). */
  seed?: number;
  /** Generated requests per operation and polarity (default 5). */
  runs?: number;
  /**
   * `default`: what the product docs guarantee, accepting every reading they allow (zoneless
   * timestamps, unknown body fields ignored, rate-limit headers only on 429, test-temporary's 500
   * wrapper, audit/usage shapes TBD). `strict`: our stricter choices on top (unknown fields and
   * empty updates refused, rate-limit headers on every authenticated answer, RFC 3339 timestamps,
   * WWW-Authenticate on 401, 400 rather than the wrapper, audit/usage shapes as specified).
   */
  profile?: Profile;
  /** Exhaust the rate limit at the end to see 429 on every operation (default true). */
  rateLimit?: boolean;
  /** Fail unless every operation and every documented non-5xx status was observed (default false). */
  requireCoverage?: boolean;
  /** Longest Retry-After the runner waits out on an unexpected 429 (ms, default 65 000). */
  maxRetryWaitMs?: number;
  /** How long one request may take before it fails not_a_server_error (ms, default 30 000). */
  requestTimeoutMs?: number;
  /** The most requests the whole run may send (default 5000); the rate-limit phase runs only if it fits. */
  maxRequests?: number;
  /** At most this many requests per second (default: no pacing). */
  ratePerSecond?: number;
  /** Requests in flight at once (default 1; the invalid requests of an operation and the rate-limit phase use it). */
  concurrency?: number;
  /** Stop after this long (ms) with a partial report (default: no limit). */
  maxDurationMs?: number;
  /** Abort it (reason "SIGINT" or "SIGTERM") to stop the run: it cleans up and reports what it saw. */
  signal?: AbortSignal;
  /** Only these checks (default: all of them). */
  checks?: CheckName[];
  /** Operations to leave out, by operationId or tag: never sent, listed in the report. */
  excludeOperations?: string[];
  /** Only these operations, by operationId or tag (default: all). */
  includeOperations?: string[];
  /** Told as each phase starts and ends (the CLI prints progress from it). */
  onProgress?: (event: ProgressEvent) => void;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** The clock (epoch ms) for --rate and --max-duration; defaults to Date.now. */
  now?: () => number;
  /** Called with every exchange (the Prism oracle reads its headers). */
  onExchange?: (exchange: Exchange) => void;
}

export interface ProgressEvent {
  phase: string;
  /** A phase began or ended, or one of its requests was answered. */
  state: "start" | "end" | "request";
  /** Requests sent so far, failures so far, and ms since the run began. */
  requests: number;
  failures: number;
  elapsedMs: number;
}
