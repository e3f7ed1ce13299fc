// Merges the caller's options with the environment and the defaults once, into a fully-required
// config; nothing downstream checks for undefined again.
import type { ClientOptions, LogEvent } from "../core/options.js";
import { ModuleXError } from "../core/errors.js";
import { tokenProblem } from "./token-problem.js";

export interface Config {
  /** The bearer token for the next request (validated). */
  token: () => string | Promise<string>;
  organizationId: string | undefined;
  baseUrl: string;
  maxRetries: number;
  maxRetryDelay: number;
  timeout: number;
  fetch: typeof fetch;
  /** The caller's hook, if any (events are only built when there is one). */
  logger: ((event: LogEvent) => void) | undefined;
}

const DEFAULTS = { baseUrl: "https://api.modulex.dev", maxRetries: 2, maxRetryDelay: 60_000, timeout: 60_000 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The caller's options with the environment's values filled in (what a clone starts from). */
export function withEnvironment(options: ClientOptions): ClientOptions {
  const auth =
    options.apiKey === undefined && options.token === undefined ? { apiKey: readEnv("MODULEX_API_KEY") } : {};
  return {
    ...auth,
    ...options,
    organizationId: options.organizationId ?? readEnv("MODULEX_ORGANIZATION_ID"),
    baseUrl: options.baseUrl ?? readEnv("MODULEX_BASE_URL"),
  };
}

/** No `node:` imports: the environment is read only where one exists (Node, Bun, Deno); a runtime that refuses access (Deno without --allow-env) counts as unset. */
function readEnv(name: string): string | undefined {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  } catch {
    return undefined;
  }
}

export function normalizeOptions(options: ClientOptions): Config {
  const { apiKey, token, organizationId } = options;
  if (apiKey !== undefined && token !== undefined) throw new ModuleXError("Pass either apiKey or token, not both.");
  if (apiKey === undefined && token === undefined)
    throw new ModuleXError("No credentials: pass apiKey or token, or set MODULEX_API_KEY.");
  const secret = apiKey ?? token;
  // A fixed token needs no promise: most clients have one, and every attempt asks for it.
  const fixed = typeof secret === "function" ? "" : check(secret, apiKey !== undefined ? "apiKey" : "token");
  if (organizationId !== undefined && !UUID.test(organizationId))
    throw new ModuleXError("organizationId must be a UUID.");
  const baseUrl = (options.baseUrl ?? DEFAULTS.baseUrl).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]/.test(baseUrl))
    throw new ModuleXError(`baseUrl must be an http(s) URL, got ${JSON.stringify(baseUrl)}.`);
  return {
    token: typeof secret === "function" ? async () => check(await secret(), "token() result") : () => fixed,
    organizationId,
    baseUrl,
    maxRetries: count("maxRetries", options.maxRetries ?? DEFAULTS.maxRetries),
    maxRetryDelay: count("maxRetryDelay", options.maxRetryDelay ?? DEFAULTS.maxRetryDelay),
    timeout: count("timeout", options.timeout ?? DEFAULTS.timeout, 1),
    // Looked up per request, so a fetch patched later (msw, test doubles) is used.
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    logger: options.logger,
  };
}

function check(token: unknown, what: string): string {
  const problem = tokenProblem(token);
  if (problem) throw new ModuleXError(`The ${what} is not a valid ModuleX token: ${problem}.`);
  return token as string;
}

/** A whole number of at least `min`: the rule for maxRetries, maxRetryDelay and timeout, per client and per call. */
export function count(name: string, value: number, min = 0): number {
  if (!Number.isInteger(value) || value < min)
    throw new ModuleXError(`${name} must be a whole number of ${min} or more.`);
  return value;
}
