// The one place a run's options are validated: runContract throws what this finds, and the CLI
// prints it as a usage error, each naming the option the way its caller spells it.
import { CHECK_NAMES } from "../checks.js";
import type { ContractOptions } from "./contract-options.js";
import { excludedOperations } from "./excluded-operations.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why `raw` cannot be the server's base URL, or null. Never quotes a user name or password. */
function baseUrlProblem(raw: string, name: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return /[@\s]/.test(raw) || raw.length > 200 ? `${name} is not a URL` : `${name} is not a URL: '${raw}'`;
  }
  if (url.username || url.password)
    return `${name} must not contain a user name or password: the run authenticates with the API key (MODULEX_CONTRACT_API_KEY)`;
  if (url.protocol !== "http:" && url.protocol !== "https:") return `${name} must be an http:// or https:// URL`;
  if (url.search || url.hash)
    return `${name} must not have a query or a fragment: it is the root the API's paths are appended to`;
  return null;
}

/** Why `value` cannot be an organization id, or null. The value is not quoted (a misplaced key would be). */
function organizationIdProblem(value: string, name: string): string | null {
  return UUID.test(value)
    ? null
    : `${name} must be an organization id (a UUID such as 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60)`;
}

/** How a caller spells an option in its messages: `baseUrl` for the library, `--base-url` for the CLI. */
export type OptionName = (option: keyof ContractOptions) => string;

/** An integer from `min` to `max` (no upper bound when `max` is omitted). */
function integerProblem(value: number | undefined, name: string, min: number, max?: number): string | null {
  if (value === undefined) return null;
  if (!Number.isInteger(value)) return `${name} must be an integer`;
  if (value >= min && (max === undefined || value <= max)) return null;
  return max === undefined ? `${name} must be at least ${min}` : `${name} must be from ${min} to ${max}`;
}

const positive = (value: number | undefined, name: string, unit: string): string | null =>
  value === undefined || (Number.isFinite(value) && value > 0) ? null : `${name} must be a positive ${unit}`;

/**
 * The first thing wrong with `options`, or null. Given options are checked; missing required
 * ones are the caller's to name (the CLI lists every missing flag at once).
 */
export function optionsProblem(
  options: Partial<ContractOptions>,
  name: OptionName = (option) => option,
): string | null {
  const { baseUrl, org, otherOrg } = options;
  const checks = (): string | null => {
    const unknown = options.checks?.find((c) => !CHECK_NAMES.includes(c));
    if (unknown) return `unknown check '${unknown}' (checks: ${CHECK_NAMES.join(", ")})`;
    return options.checks?.length === 0 ? `${name("checks")} must name at least one check` : null;
  };
  const operations = (): string | null => {
    try {
      excludedOperations(options.includeOperations, options.excludeOperations);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
  return (
    (baseUrl === undefined ? null : baseUrlProblem(baseUrl, name("baseUrl"))) ??
    (org === undefined ? null : organizationIdProblem(org, name("org"))) ??
    (otherOrg === undefined ? null : organizationIdProblem(otherOrg, name("otherOrg"))) ??
    (otherOrg !== undefined && org !== undefined && otherOrg.toLowerCase() === org.toLowerCase()
      ? `${name("otherOrg")} must be another organization than ${name("org")}`
      : null) ??
    (options.seed === undefined || Number.isInteger(options.seed) ? null : `${name("seed")} must be an integer`) ??
    integerProblem(options.runs, name("runs"), 1, 1000) ??
    (options.profile === undefined || options.profile === "default" || options.profile === "strict"
      ? null
      : `${name("profile")} must be "default" or "strict"`) ??
    positive(options.requestTimeoutMs, name("requestTimeoutMs"), "number of milliseconds") ??
    (options.maxRetryWaitMs === undefined || options.maxRetryWaitMs >= 0
      ? null
      : `${name("maxRetryWaitMs")} must be 0 or more milliseconds`) ??
    integerProblem(options.maxRequests, name("maxRequests"), 1) ??
    integerProblem(options.concurrency, name("concurrency"), 1, 64) ??
    positive(options.ratePerSecond, name("ratePerSecond"), "number") ??
    positive(options.maxDurationMs, name("maxDurationMs"), "number") ??
    checks() ??
    operations()
  );
}
