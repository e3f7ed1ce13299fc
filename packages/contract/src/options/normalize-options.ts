// The one place a run's options are checked and their defaults filled in: everything downstream
// reads a fully-required NormalizedOptions and never re-checks `undefined`.
import { CHECK_NAMES, type CheckName } from "../checks.js";
import type { ContractOptions } from "./contract-options.js";
import { excludedOperations } from "./excluded-operations.js";
import { optionsProblem } from "./options-problem.js";
import type { OperationId } from "../spec/wire-types.js";

type Optional =
  | "jwt"
  | "adminKey"
  | "memberKey"
  | "inactiveKey"
  | "outsiderKey"
  | "lockedKey"
  | "otherOrg"
  | "onExchange"
  | "onProgress"
  | "signal";
type Derived = "ratePerSecond" | "maxDurationMs" | "checks" | "excludeOperations" | "includeOperations";
export type NormalizedOptions = Required<Omit<ContractOptions, Optional | Derived>> &
  Pick<ContractOptions, Optional> & {
    ratePerSecond: number | null;
    maxDurationMs: number | null;
    /** The checks the run judges. */
    checks: CheckName[];
    /** The operations it leaves out (tags resolved), in document order. */
    excludedOperations: OperationId[];
  };

export const DEFAULT_MAX_REQUESTS = 5000;
export const DEFAULT_SEED = 424242;
export const DEFAULT_RUNS = 5;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** `options` checked (throws what optionsProblem finds) with every default filled in. */
export function normalizeOptions(options: ContractOptions): NormalizedOptions {
  if (!options.baseUrl) throw new Error("baseUrl is required");
  if (!options.org) throw new Error("org is required");
  if (!options.apiKey) throw new Error("apiKey is required");
  const problem = optionsProblem(options);
  if (problem) throw new Error(problem);
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
    seed: options.seed ?? DEFAULT_SEED,
    runs: options.runs ?? DEFAULT_RUNS,
    profile: options.profile ?? "default",
    rateLimit: options.rateLimit ?? true,
    requireCoverage: options.requireCoverage ?? false,
    maxRetryWaitMs: options.maxRetryWaitMs ?? 65_000,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
}
