// The runner's options, and the one place defaults are filled in.
import type { Exchange } from "./Session.js";
import { CHECK_NAMES, type CheckName } from "./checks.js";
import { OPERATIONS } from "@modulex/spec/contract";

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

type Optional = "jwt" | "adminKey" | "memberKey" | "inactiveKey" | "outsiderKey" | "lockedKey" | "otherOrg" | "onExchange" | "onProgress" | "signal";
type Derived = "ratePerSecond" | "maxDurationMs" | "checks" | "excludeOperations" | "includeOperations";
export type NormalizedOptions = Required<Omit<ContractOptions, Optional | Derived>> &
  Pick<ContractOptions, Optional> & {
    ratePerSecond: number | null;
    maxDurationMs: number | null;
    /** The checks the run judges. */
    checks: CheckName[];
    /** The operations it leaves out (tags resolved), in document order. */
    excludedOperations: string[];
  };

export const DEFAULT_MAX_REQUESTS = 5000;

export type Profile = "default" | "strict";

export const DEFAULT_SEED = 424242;
export const DEFAULT_RUNS = 5;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why `raw` cannot be the server's base URL, or null. Never quotes a user name or password. */
export function baseUrlProblem(raw: string, name = "--base-url"): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return /[@\s]/.test(raw) || raw.length > 200 ? `${name} is not a URL` : `${name} is not a URL: '${raw}'`;
  }
  if (url.username || url.password) return `${name} must not contain a user name or password: the run authenticates with the API key (MODULEX_CONTRACT_API_KEY)`;
  if (url.protocol !== "http:" && url.protocol !== "https:") return `${name} must be an http:// or https:// URL`;
  if (url.search || url.hash) return `${name} must not have a query or a fragment: it is the root the API's paths are appended to`;
  return null;
}

/** Why `value` cannot be an organization id, or null. The value is not quoted (a misplaced key would be). */
export function organizationIdProblem(value: string, name: string): string | null {
  return UUID.test(value) ? null : `${name} must be an organization id (a UUID such as 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60)`;
}

export function normalizeOptions(options: ContractOptions): NormalizedOptions {
  if (!options.baseUrl) throw new Error("baseUrl is required");
  if (!options.org) throw new Error("org is required");
  if (!options.apiKey) throw new Error("apiKey is required");
  const problem =
    baseUrlProblem(options.baseUrl, "baseUrl") ??
    organizationIdProblem(options.org, "org") ??
    (options.otherOrg === undefined ? null : organizationIdProblem(options.otherOrg, "otherOrg")) ??
    (options.otherOrg !== undefined && options.otherOrg.toLowerCase() === options.org.toLowerCase() ? "otherOrg must be another organization than org" : null);
  if (problem) throw new Error(problem);
  const runs = options.runs ?? DEFAULT_RUNS;
  if (!Number.isInteger(runs) || runs < 1 || runs > 1000) throw new Error("runs must be an integer from 1 to 1000");
  if (options.profile !== undefined && options.profile !== "default" && options.profile !== "strict") throw new Error('profile must be "default" or "strict"');
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new Error("seed must be an integer");
  const positive = (name: string, value: number | undefined, integer: boolean) => {
    if (value !== undefined && !(Number.isFinite(value) && value > 0 && (!integer || Number.isInteger(value)))) throw new Error(`${name} must be a positive ${integer ? "integer" : "number"}`);
  };
  positive("maxRequests", options.maxRequests, true);
  positive("ratePerSecond", options.ratePerSecond, false);
  positive("concurrency", options.concurrency, true);
  positive("maxDurationMs", options.maxDurationMs, false);
  const unknownCheck = options.checks?.find((c) => !CHECK_NAMES.includes(c));
  if (unknownCheck) throw new Error(`unknown check '${unknownCheck}' (checks: ${CHECK_NAMES.join(", ")})`);
  if (options.checks?.length === 0) throw new Error("checks must name at least one check");
  return {
    ...options,
    maxRequests: options.maxRequests ?? DEFAULT_MAX_REQUESTS,
    ratePerSecond: options.ratePerSecond ?? null,
    concurrency: options.concurrency ?? 1,
    maxDurationMs: options.maxDurationMs ?? null,
    checks: options.checks ?? CHECK_NAMES,
    excludedOperations: excludedOperations(options.includeOperations, options.excludeOperations),
    now: options.now ?? Date.now,
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    seed,
    runs,
    profile: options.profile ?? "default",
    rateLimit: options.rateLimit ?? true,
    requireCoverage: options.requireCoverage ?? false,
    maxRetryWaitMs: options.maxRetryWaitMs ?? 65_000,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
}

/** The operations the run must start with: without them it cannot tell whom it works for or what there is. */
export const REQUIRED_OPERATIONS = ["getMe", "listIntegrations"];

/**
 * The public operations left out by --include-operation / --exclude-operation (each an
 * operationId or a tag, case-insensitive; an inclusion always keeps getMe and listIntegrations,
 * which the run starts with). Throws on a name that is neither, or when --exclude-operation
 * names an operation the run cannot start without.
 */
export function excludedOperations(include: string[] | undefined, exclude: string[] | undefined): string[] {
  const publicOps = Object.entries(OPERATIONS).filter(([, op]) => op.spec === "modulex");
  const matching = (name: string) => {
    const key = name.trim().toLowerCase();
    const found = publicOps.filter(([id, op]) => id.toLowerCase() === key || (op.tag ?? "").toLowerCase() === key).map(([id]) => id);
    if (found.length === 0) throw new Error(`'${name}' is neither an operationId nor a tag of the spec`);
    return found;
  };
  // The operations a run starts with are always in: `--include-operation Credentials` means "and what it needs".
  const included = include?.length ? new Set([...include.flatMap(matching), ...REQUIRED_OPERATIONS]) : null;
  const excluded = new Set(exclude?.flatMap(matching) ?? []);
  const out = publicOps.map(([id]) => id).filter((id) => excluded.has(id) || (included !== null && !included.has(id)));
  const needed = REQUIRED_OPERATIONS.filter((id) => out.includes(id));
  if (needed.length) throw new Error(`the run cannot leave out ${needed.join(" and ")}: it starts with them (who the key is, what the catalog holds)`);
  return out;
}
