// `modulex-contract` flags → ContractOptions. Keys can also come from the environment
// (MODULEX_CONTRACT_API_KEY, ..._JWT, ..._ADMIN_KEY, ...), which keeps them out of process lists.
import { parseArgs } from "node:util";
import { baseUrlProblem, DEFAULT_MAX_REQUESTS, DEFAULT_RUNS, DEFAULT_SEED, excludedOperations, organizationIdProblem, type ContractOptions } from "./options.js";
import { CHECK_NAMES, type CheckName } from "./checks.js";
import type { CleanupOptions } from "./findLeftovers.js";

export const USAGE = `Usage: modulex-contract --base-url URL --org ID --api-key KEY [options]
       modulex-contract cleanup --base-url URL --org ID --api-key KEY [--jwt TOKEN] [--yes]

Verifies a server against openapi/modulex.yaml. Exit 0: every check held; 1: a check failed
(or the coverage gate, with --require-coverage); 2: bad usage or the run could not start;
3: stopped at --max-duration or --max-requests (partial report); 130 / 143: interrupted by
SIGINT / SIGTERM (partial report). An interrupted or stopped run first deletes what it created;
a second signal exits at once.

cleanup lists what earlier runs left behind (credentials and API keys named "modulex-contract…")
in --org, and --other-org with --outsider-key; with --yes it deletes them. It touches nothing else.

Required
  --base-url URL        the server, e.g. http://127.0.0.1:4010 (no user:password@ in it)
  --org ID              the organization to work in (X-Organization-ID, a UUID); use a test organization:
                        the run creates and deletes credentials, API keys and invitations there
  --api-key KEY         an API key of an owner of --org

Principals (each one enables more checks; all optional)
  --jwt TOKEN           a sign-in token (JWT) of the same owner: API-key routes, createOrganization
  --admin-key KEY       an admin of --org (must be refused owner-only actions)
  --member-key KEY      a legacy 'member' of --org (refused on every owner/admin route)
  --inactive-key KEY    an inactive user who is a member of --org (refused everywhere but /me)
  --outsider-key KEY    a user who is not a member of --org (best: an owner of --other-org)
  --locked-key KEY      a key locked to --org, to be refused on --other-org
  --other-org ID        a second organization, for tenant isolation and the locked key

Run
  --seed N              fast-check seed (default ${DEFAULT_SEED}: the same requests every run)
  --runs N              generated requests per operation and polarity (default ${DEFAULT_RUNS})
  --timeout MS          how long one request may take before it fails (default 30000)
  --strict              the strict profile: our stricter choices on top of what the docs guarantee
                        (unknown body fields and empty updates refused, rate-limit headers on every
                        authenticated answer, RFC 3339 timestamps, WWW-Authenticate on 401, 400
                        instead of test-temporary's 500 wrapper, audit/usage shapes as specified)
  --no-rate-limit       skip the last phase, which spends a rate-limit window to observe 429s

Load and time
  --max-requests N      the most requests the run sends (default ${DEFAULT_MAX_REQUESTS}); the 429 phase runs only
                        if spending the observed X-RateLimit-Limit fits what is left
  --rate N[/s|/m]       at most N requests per second (or minute); default: no pacing
  --concurrency N       requests in flight at once (default 1)
  --max-duration T      stop after T (seconds, or 90s, 5m), delete what the run created, report, exit 3
  --quiet               no progress on stderr (default: a line per phase; in place on a TTY)

Selection (skipped operations and checks are listed in the report)
  --include-operation X only these operations: an operationId or a tag, repeatable or comma-separated
  --exclude-operation X leave these out (never sent)
  --checks A,B          only these checks
  --exclude-checks A,B  every check but these
  --require-coverage    also fail unless every operation and documented non-5xx status was seen
  --json                print the JSON report instead of the text one
  --report FILE         also write the text (Markdown) report to FILE
  --junit FILE          also write a JUnit XML report to FILE (one test case per check and operation)
  -h, --help            this text

Every key flag can instead be set in the environment: MODULEX_CONTRACT_API_KEY,
MODULEX_CONTRACT_JWT, MODULEX_CONTRACT_ADMIN_KEY, MODULEX_CONTRACT_MEMBER_KEY,
MODULEX_CONTRACT_INACTIVE_KEY, MODULEX_CONTRACT_OUTSIDER_KEY, MODULEX_CONTRACT_LOCKED_KEY.`;

export type CliCommand =
  | { kind: "help" }
  | { kind: "error"; message: string }
  | { kind: "run"; options: ContractOptions; json: boolean; reportFile: string | null; junitFile: string | null; quiet: boolean }
  | { kind: "cleanup"; options: CleanupOptions };

function integer(name: string, raw: string | undefined): number | undefined | string {
  if (raw === undefined) return undefined;
  return /^-?\d+$/.test(raw) ? Number(raw) : `--${name} must be an integer, got '${raw}'`;
}

/** `5m`, `90s`, `300` (seconds) → ms; a string saying what is wrong otherwise. */
function duration(raw: string | undefined): number | undefined | string {
  if (raw === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(raw.trim());
  const ms = m ? Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? "s") as "ms" | "s" | "m" | "h"] : NaN;
  return ms > 0 ? ms : `--max-duration must be a duration such as 300, 90s or 5m, got '${raw}'`;
}

/** `20`, `20/s`, `600/m` → requests per second. */
function rate(raw: string | undefined): number | undefined | string {
  if (raw === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(?:\/(s|m))?$/.exec(raw.trim());
  const perSecond = m ? Number(m[1]) / (m[2] === "m" ? 60 : 1) : NaN;
  return perSecond > 0 ? perSecond : `--rate must be requests per second or minute, such as 20, 20/s or 600/m, got '${raw}'`;
}

const list = (values: string[] | undefined) => values?.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);

export function parseCliArgs(argv: string[], env: Record<string, string | undefined> = {}): CliCommand {
  const cleanup = argv[0] === "cleanup";
  if (cleanup) argv = argv.slice(1);
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
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
      },
    }));
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: "help" };
  const fromEnv = (flag: string): string | undefined => {
    const value = values[flag as keyof typeof values];
    if (typeof value === "string") return value;
    return env[`MODULEX_CONTRACT_${flag.toUpperCase().replace(/-/g, "_")}`] || undefined;
  };
  const baseUrl = values["base-url"];
  const org = values.org;
  const apiKey = fromEnv("api-key");
  const missing = [!baseUrl && "--base-url", !org && "--org", !apiKey && "--api-key"].filter(Boolean);
  if (missing.length) return { kind: "error", message: `missing ${missing.join(", ")}` };
  const otherOrg = values["other-org"];
  const problem =
    baseUrlProblem(baseUrl!) ??
    organizationIdProblem(org!, "--org") ??
    (otherOrg === undefined ? null : organizationIdProblem(otherOrg, "--other-org")) ??
    (otherOrg !== undefined && otherOrg.toLowerCase() === org!.toLowerCase() ? "--other-org must be another organization than --org" : null);
  if (problem) return { kind: "error", message: problem };
  if (cleanup) {
    return { kind: "cleanup", options: { baseUrl: baseUrl!, org: org!, apiKey: apiKey!, jwt: fromEnv("jwt"), otherOrg, outsiderKey: fromEnv("outsider-key"), yes: values.yes === true } };
  }
  if (values.yes) return { kind: "error", message: "--yes belongs to `modulex-contract cleanup`" };
  const seed = integer("seed", values.seed);
  const runs = integer("runs", values.runs);
  const timeout = integer("timeout", values.timeout);
  for (const v of [seed, runs, timeout]) if (typeof v === "string") return { kind: "error", message: v };
  if (typeof timeout === "number" && timeout < 1) return { kind: "error", message: "--timeout must be a positive number of milliseconds" };
  if (typeof runs === "number" && (runs < 1 || runs > 1000)) return { kind: "error", message: "--runs must be from 1 to 1000" };
  const maxRequests = integer("max-requests", values["max-requests"]);
  const concurrency = integer("concurrency", values.concurrency);
  const maxDurationMs = duration(values["max-duration"]);
  const ratePerSecond = rate(values.rate);
  for (const v of [maxRequests, concurrency, maxDurationMs, ratePerSecond]) if (typeof v === "string") return { kind: "error", message: v };
  if (typeof maxRequests === "number" && maxRequests < 1) return { kind: "error", message: "--max-requests must be at least 1" };
  if (typeof concurrency === "number" && (concurrency < 1 || concurrency > 64)) return { kind: "error", message: "--concurrency must be from 1 to 64" };
  const includeOperations = list(values["include-operation"]);
  const excludeOperations = list(values["exclude-operation"]);
  try {
    excludedOperations(includeOperations, excludeOperations);
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
  const named = list(values.checks ? [values.checks] : undefined);
  const unnamed = list(values["exclude-checks"] ? [values["exclude-checks"]] : undefined);
  const unknownCheck = [...(named ?? []), ...(unnamed ?? [])].find((c) => !(CHECK_NAMES as string[]).includes(c));
  if (unknownCheck) return { kind: "error", message: `unknown check '${unknownCheck}' (checks: ${CHECK_NAMES.join(", ")})` };
  const checks = (named ?? CHECK_NAMES).filter((c) => !unnamed?.includes(c)) as CheckName[];
  if (checks.length === 0) return { kind: "error", message: "--checks and --exclude-checks leave no check to run" };
  return {
    kind: "run",
    quiet: values.quiet === true,
    json: values.json === true,
    reportFile: values.report ?? null,
    junitFile: values.junit ?? null,
    options: {
      baseUrl: baseUrl!,
      org: org!,
      apiKey: apiKey!,
      jwt: fromEnv("jwt"),
      adminKey: fromEnv("admin-key"),
      memberKey: fromEnv("member-key"),
      inactiveKey: fromEnv("inactive-key"),
      outsiderKey: fromEnv("outsider-key"),
      lockedKey: fromEnv("locked-key"),
      otherOrg,
      seed: seed as number | undefined,
      runs: runs as number | undefined,
      requestTimeoutMs: timeout as number | undefined,
      rateLimit: values["no-rate-limit"] !== true,
      requireCoverage: values["require-coverage"] === true,
      profile: values.strict === true ? "strict" : "default",
      maxRequests: maxRequests as number | undefined,
      concurrency: concurrency as number | undefined,
      maxDurationMs: maxDurationMs as number | undefined,
      ratePerSecond: ratePerSecond as number | undefined,
      includeOperations,
      excludeOperations,
      ...(named || unnamed ? { checks } : {}),
    },
  };
}
