// `modulex-contract` flags → ContractOptions. Keys can also come from the environment
// (MODULEX_CONTRACT_API_KEY, ..._JWT, ..._ADMIN_KEY, ...), which keeps them out of process lists.
import { parseArgs } from "node:util";
import { baseUrlProblem, DEFAULT_RUNS, DEFAULT_SEED, organizationIdProblem, type ContractOptions } from "./options.js";

export const USAGE = `Usage: modulex-contract --base-url URL --org ID --api-key KEY [options]

Verifies a server against openapi/modulex.yaml. Exit 0: every check held; 1: a check failed
(or the coverage gate, with --require-coverage); 2: bad usage or the run could not start.

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
  | { kind: "run"; options: ContractOptions; json: boolean; reportFile: string | null; junitFile: string | null };

function integer(name: string, raw: string | undefined): number | undefined | string {
  if (raw === undefined) return undefined;
  return /^-?\d+$/.test(raw) ? Number(raw) : `--${name} must be an integer, got '${raw}'`;
}

export function parseCliArgs(argv: string[], env: Record<string, string | undefined> = {}): CliCommand {
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
  const seed = integer("seed", values.seed);
  const runs = integer("runs", values.runs);
  const timeout = integer("timeout", values.timeout);
  for (const v of [seed, runs, timeout]) if (typeof v === "string") return { kind: "error", message: v };
  if (typeof timeout === "number" && timeout < 1) return { kind: "error", message: "--timeout must be a positive number of milliseconds" };
  if (typeof runs === "number" && (runs < 1 || runs > 1000)) return { kind: "error", message: "--runs must be from 1 to 1000" };
  return {
    kind: "run",
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
    },
  };
}
