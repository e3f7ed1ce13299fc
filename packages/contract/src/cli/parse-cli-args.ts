// `modulex-contract` flags → ContractOptions. Keys can also come from the environment
// (MODULEX_CONTRACT_API_KEY, ..._JWT, ..._ADMIN_KEY, ...), which keeps them out of process lists.
// The options are checked by the library's optionsProblem, named as flags.
import { parseArgs } from "node:util";
import { CHECK_NAMES, type CheckName } from "../checks.js";
import type { ContractOptions } from "../options/contract-options.js";
import type { CleanupOptions } from "./find-leftovers.js";
import { optionsProblem, type OptionName } from "../options/options-problem.js";

export type CliCommand =
  | { kind: "help" }
  | { kind: "error"; message: string }
  | {
      kind: "run";
      options: ContractOptions;
      json: boolean;
      reportFile: string | null;
      junitFile: string | null;
      quiet: boolean;
    }
  | { kind: "cleanup"; options: CleanupOptions };

/** A flag's value that cannot be read; becomes `{ kind: "error" }`. */
class UsageError extends Error {}

const FLAG_OF: Partial<Record<keyof ContractOptions, string>> = {
  baseUrl: "--base-url",
  otherOrg: "--other-org",
  requestTimeoutMs: "--timeout",
  maxRequests: "--max-requests",
  ratePerSecond: "--rate",
  maxDurationMs: "--max-duration",
  includeOperations: "--include-operation",
  excludeOperations: "--exclude-operation",
  profile: "--strict",
  rateLimit: "--no-rate-limit",
  requireCoverage: "--require-coverage",
};
const asFlag: OptionName = (option) => FLAG_OF[option] ?? `--${option}`;

function integer(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${name} must be an integer, got '${raw}'`);
  return Number(raw);
}

const UNIT_MS: Record<"ms" | "s" | "m" | "h", number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `5m`, `90s`, `300` (seconds) → ms. */
function duration(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(raw.trim());
  const unit = m?.[2] === "ms" || m?.[2] === "m" || m?.[2] === "h" ? m[2] : "s";
  const ms = m ? Number(m[1]) * UNIT_MS[unit] : NaN;
  if (!(ms > 0)) throw new UsageError(`--max-duration must be a duration such as 300, 90s or 5m, got '${raw}'`);
  return ms;
}

/** `20`, `20/s`, `600/m` → requests per second. */
function rate(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(?:\/(s|m))?$/.exec(raw.trim());
  const perSecond = m ? Number(m[1]) / (m[2] === "m" ? 60 : 1) : NaN;
  if (!(perSecond > 0))
    throw new UsageError(`--rate must be requests per second or minute, such as 20, 20/s or 600/m, got '${raw}'`);
  return perSecond;
}

const list = (values: string[] | undefined) =>
  values
    ?.flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
const isCheckName = (name: string): name is CheckName => CHECK_NAMES.some((c) => c === name);

const FLAGS = {
  "base-url": { type: "string" },
  org: { type: "string" },
  "api-key": { type: "string" },
  jwt: { type: "string" },
  "admin-key": { type: "string" },
  "member-key": { type: "string" },
  "inactive-key": { type: "string" },
  "outsider-key": { type: "string" },
  "locked-key": { type: "string" },
  "other-org": { type: "string" },
  seed: { type: "string" },
  runs: { type: "string" },
  timeout: { type: "string" },
  "no-rate-limit": { type: "boolean" },
  "require-coverage": { type: "boolean" },
  json: { type: "boolean" },
  report: { type: "string" },
  junit: { type: "string" },
  strict: { type: "boolean" },
  "max-requests": { type: "string" },
  rate: { type: "string" },
  concurrency: { type: "string" },
  "max-duration": { type: "string" },
  quiet: { type: "boolean" },
  "include-operation": { type: "string", multiple: true },
  "exclude-operation": { type: "string", multiple: true },
  checks: { type: "string" },
  "exclude-checks": { type: "string" },
  yes: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const; // literal types, which parseArgs reads the flags' kinds from (not a cast)

type KeyFlag = "api-key" | "jwt" | "admin-key" | "member-key" | "inactive-key" | "outsider-key" | "locked-key";

export function parseCliArgs(argv: string[], env: Record<string, string | undefined> = {}): CliCommand {
  try {
    return parse(argv, env);
  } catch (error) {
    // parseArgs's own errors (unknown option, missing value) are usage errors too.
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
}

function parse(argv: string[], env: Record<string, string | undefined>): CliCommand {
  const cleanup = argv[0] === "cleanup";
  const { values } = parseArgs({
    args: cleanup ? argv.slice(1) : argv,
    strict: true,
    allowPositionals: false,
    options: FLAGS,
  });
  if (values.help) return { kind: "help" };
  const fromEnv = (flag: KeyFlag): string | undefined =>
    values[flag] ?? (env[`MODULEX_CONTRACT_${flag.toUpperCase().replace(/-/g, "_")}`] || undefined);
  const baseUrl = values["base-url"];
  const org = values.org;
  const apiKey = fromEnv("api-key");
  if (!baseUrl || !org || !apiKey) {
    const missing = [!baseUrl && "--base-url", !org && "--org", !apiKey && "--api-key"].filter(Boolean);
    return { kind: "error", message: `missing ${missing.join(", ")}` };
  }
  const otherOrg = values["other-org"];
  const where = optionsProblem({ baseUrl, org, otherOrg }, asFlag);
  if (where) return { kind: "error", message: where };
  if (cleanup) {
    return {
      kind: "cleanup",
      options: {
        baseUrl,
        org,
        apiKey,
        jwt: fromEnv("jwt"),
        otherOrg,
        outsiderKey: fromEnv("outsider-key"),
        yes: values.yes === true,
      },
    };
  }
  if (values.yes) return { kind: "error", message: "--yes belongs to `modulex-contract cleanup`" };
  const named = list(values.checks ? [values.checks] : undefined);
  const unnamed = list(values["exclude-checks"] ? [values["exclude-checks"]] : undefined);
  const unknownCheck = [...(named ?? []), ...(unnamed ?? [])].find((c) => !isCheckName(c));
  if (unknownCheck)
    return { kind: "error", message: `unknown check '${unknownCheck}' (checks: ${CHECK_NAMES.join(", ")})` };
  const checks = (named ?? CHECK_NAMES).filter(isCheckName).filter((c) => !unnamed?.includes(c));
  if (checks.length === 0) return { kind: "error", message: "--checks and --exclude-checks leave no check to run" };
  const options: ContractOptions = {
    baseUrl,
    org,
    apiKey,
    jwt: fromEnv("jwt"),
    adminKey: fromEnv("admin-key"),
    memberKey: fromEnv("member-key"),
    inactiveKey: fromEnv("inactive-key"),
    outsiderKey: fromEnv("outsider-key"),
    lockedKey: fromEnv("locked-key"),
    otherOrg,
    seed: integer("seed", values.seed),
    runs: integer("runs", values.runs),
    requestTimeoutMs: integer("timeout", values.timeout),
    rateLimit: values["no-rate-limit"] !== true,
    requireCoverage: values["require-coverage"] === true,
    profile: values.strict === true ? "strict" : "default",
    maxRequests: integer("max-requests", values["max-requests"]),
    concurrency: integer("concurrency", values.concurrency),
    maxDurationMs: duration(values["max-duration"]),
    ratePerSecond: rate(values.rate),
    includeOperations: list(values["include-operation"]),
    excludeOperations: list(values["exclude-operation"]),
    ...(named || unnamed ? { checks } : {}),
  };
  const problem = optionsProblem(options, asFlag);
  if (problem) return { kind: "error", message: problem };
  return {
    kind: "run",
    quiet: values.quiet === true,
    json: values.json === true,
    reportFile: values.report ?? null,
    junitFile: values.junit ?? null,
    options,
  };
}
