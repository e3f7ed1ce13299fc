// The runner's options, and the one place defaults are filled in.
import type { Exchange } from "./Session.js";

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
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Called with every exchange (the Prism oracle reads its headers). */
  onExchange?: (exchange: Exchange) => void;
}

export type NormalizedOptions = Required<Omit<ContractOptions, "jwt" | "adminKey" | "memberKey" | "inactiveKey" | "outsiderKey" | "lockedKey" | "otherOrg" | "onExchange">> &
  Pick<ContractOptions, "jwt" | "adminKey" | "memberKey" | "inactiveKey" | "outsiderKey" | "lockedKey" | "otherOrg" | "onExchange">;

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
  return {
    ...options,
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
