// Runs every scenario against one server and returns the report. Only HTTP is needed, so the
// server can be the standalone mock, a staging deployment, or anything else.
import { CHECKS, CHECK_NAMES, type CheckName } from "./checks.js";
import { coverage, type Coverage } from "./coverage.js";
import { normalizeOptions, type ContractOptions, type Profile, type ProgressEvent } from "./options.js";
import { Results, type Failure, type Tally } from "./Results.js";
import { deriveSeed, expectStatus, type PrincipalRole, type RunContext } from "./RunContext.js";
import { SecretRegistry } from "./SecretRegistry.js";
import { Session, type Exchange, type Principal } from "./Session.js";
import { oneLine } from "./FatalRunError.js";
import { missingInputNotes } from "./optionalInputs.js";
import { discover } from "./scenarios/discover.js";
import { forbiddenPrincipals } from "./scenarios/forbiddenPrincipals.js";
import { generatedCases } from "./scenarios/generatedCases.js";
import { listSemantics } from "./scenarios/listSemantics.js";
import { memberLifecycle } from "./scenarios/memberLifecycle.js";
import { missingAuth } from "./scenarios/missingAuth.js";
import { missingOrgHeader } from "./scenarios/missingOrgHeader.js";
import { oauthFlow } from "./scenarios/oauthFlow.js";
import { rateLimit } from "./scenarios/rateLimit.js";
import { resolutionPrecedence } from "./scenarios/resolutionPrecedence.js";
import { restoreDefaults } from "./scenarios/restoreDefaults.js";
import { tenantIsolation } from "./scenarios/tenantIsolation.js";
import { unknownIds } from "./scenarios/unknownIds.js";
import { cleanUp } from "./scenarios/cleanUp.js";
import { Ledger } from "./Ledger.js";
import { RunStopped, type StopReason } from "./RunStopped.js";
import { secretNotUpdatable } from "./scenarios/secretNotUpdatable.js";
import { apiKeyExpiry } from "./scenarios/apiKeyExpiry.js";

export interface CheckSummary extends Tally {
  name: CheckName;
  description: string;
  /** held: ran and never failed; failed: failed at least once; skipped: never ran (0/0), see the notes. */
  verdict: "held" | "failed" | "skipped";
}

export interface Report {
  ok: boolean;
  /** `default`: what the docs guarantee, every reading they allow; `strict`: our stricter choices too. */
  profile: Profile;
  baseUrl: string;
  org: string;
  seed: number;
  runs: number;
  requests: number;
  requestsByPrincipal: Record<string, number>;
  checks: CheckSummary[];
  /** operation → check → tally, for every operation a check ran on. */
  operations: Record<string, Partial<Record<CheckName, Tally>>>;
  coverage: Coverage;
  /** Whether the coverage gate was asked for (--require-coverage). */
  coverageRequired: boolean;
  failures: Failure[];
  /** Findings that do not fail the run (deviations in bodies the docs mark TBD; --strict makes them failures). */
  warnings: Failure[];
  notes: string[];
  /**
   * Whether the run got going: the server answered, the --api-key is an owner of --org, the
   * catalog and the fixture are there. When false, `fatal` says why and nothing was checked.
   */
  started: boolean;
  /** Why the run could not start or stopped early (one line, no stack), or null. */
  fatal: string | null;
  /**
   * Set when the run was stopped on purpose before its end: a signal (SIGINT, SIGTERM) or a bound
   * (--max-duration, --max-requests), and the phase it was in. The report is partial; the run
   * still deleted what it had created.
   */
  stopped: Stop | null;
  /** Operations left out by --include-operation / --exclude-operation: never sent. */
  skippedOperations: string[];
  /** Checks left out by --checks / --exclude-checks: never judged. */
  skippedChecks: CheckName[];
}

export interface Stop {
  reason: StopReason;
  phase: string;
}

const SCENARIOS: Array<[string, (ctx: RunContext) => Promise<void>]> = [
  ["missing auth", missingAuth],
  ["missing organization header", missingOrgHeader],
  ["forbidden principals", forbiddenPrincipals],
  ["tenant isolation", tenantIsolation],
  ["generated requests", generatedCases],
  ["secrets are not updatable by PUT", secretNotUpdatable],
  ["API tokens expire", apiKeyExpiry],
  ["defaults and resolution", resolutionPrecedence],
  ["members", memberLifecycle],
  ["OAuth2 connect", oauthFlow],
  ["unknown ids", unknownIds],
  ["lists and filters", listSemantics],
  ["restore defaults", restoreDefaults],
];

/**
 * Verifies the server at `options.baseUrl` against openapi/modulex.yaml.
 *
 * @example
 * const report = await runContract({ baseUrl: "http://127.0.0.1:4010", org: ORG_ID, apiKey: OWNER_KEY });
 * if (!report.ok) process.exitCode = 1;
 */
export async function runContract(input: ContractOptions): Promise<Report> {
  const options = normalizeOptions(input);
  const began = options.now();
  const results = new Results({ checks: new Set(options.checks), excludedOperations: new Set(options.excludedOperations) });
  const secrets = new SecretRegistry();
  const ledger = new Ledger();
  const deadline = options.maxDurationMs === null ? null : began + options.maxDurationMs;
  let current = "discovery";
  const tell = (phase: string, state: ProgressEvent["state"]) =>
    options.onProgress?.({ phase, state, requests: session.sent, failures: results.failures.length, elapsedMs: options.now() - began });
  const onExchange = (exchange: Exchange) => {
    options.onExchange?.(exchange);
    tell(current, "request");
  };
  const session = new Session({ ...options, results, secrets, ledger, deadline, onExchange });
  const given: Array<[PrincipalRole, string | undefined]> = [
    ["owner", options.apiKey],
    ["jwt", options.jwt],
    ["admin", options.adminKey],
    ["member", options.memberKey],
    ["inactive", options.inactiveKey],
    ["outsider", options.outsiderKey],
    ["locked", options.lockedKey],
  ];
  const principals: Partial<Record<PrincipalRole, Principal>> = {};
  for (const [role, token] of given) {
    if (!token) continue;
    principals[role] = { name: role, token };
    secrets.add(token, role === "jwt" ? "sign-in token" : "API key");
  }
  const ctx: RunContext = {
    options,
    session,
    results,
    secrets,
    principals: principals as RunContext["principals"],
    identities: new Map(),
    catalog: [],
    fixture: null,
    originalDefaults: new Map(),
    notes: [],
    seedFor: (label) => deriveSeed(options.seed, label),
  };

  let fatal: string | null = null;
  let started = false;
  let stopped: Stop | null = null;
  // A phase that throws (a stop, a server gone) has no end: the report says what happened instead.
  const phase = async (name: string, run: () => Promise<void>) => {
    current = name;
    tell(name, "start");
    await run();
    tell(name, "end");
  };
  const stopOrFail = (error: unknown) => {
    if (error instanceof RunStopped) stopped = { reason: error.reason, phase: current };
    else fatal = oneLine(error);
  };
  try {
    await phase("discovery", () => discover(ctx));
    started = true;
    ctx.notes.unshift(...missingInputNotes(options));
    for (const [name, scenario] of SCENARIOS) await phase(name, () => scenario(ctx));
    if (ctx.fixture) {
      const { principal, org, credentialId } = ctx.fixture;
      const removed = await session.send({ operationId: "deleteCredential", principal, org, pathParams: { credential_id: credentialId }, intent: "valid" });
      expectStatus(ctx, "positive_data_acceptance", removed, 204, "deleting a fixture credential");
    }
  } catch (error) {
    stopOrFail(error);
  }
  // Interrupted, stopped at a bound, failed or done: what the run created and did not delete goes
  // now, before the rate-limit phase leaves its principal throttled.
  const interrupted = stopped !== null || (fatal !== null && started);
  if (interrupted || ledger.open().length > 0) await phase("cleanup", () => cleanUp(ctx, { restoreDefaults: interrupted }));
  if (!stopped && !fatal) {
    if (!options.rateLimit) ctx.notes.push("rate-limit phase skipped (--no-rate-limit): 429s are not observed");
    else {
      try {
        await phase("rate limit", () => rateLimit(ctx));
      } catch (error) {
        stopOrFail(error);
      }
    }
  }
  return buildReport(ctx, started, fatal, stopped);
}

function buildReport(ctx: RunContext, started: boolean, fatal: string | null, stopped: Stop | null): Report {
  const { results, secrets, options } = ctx;
  const operations: Report["operations"] = {};
  for (const [check, byOperation] of results.tallies) {
    for (const [operationId, tally] of byOperation) (operations[operationId] ??= {})[check] = { ...tally };
  }
  const cov = coverage(results);
  const checks = CHECK_NAMES.map((name): CheckSummary => {
    const tally = results.total(name);
    return { name, description: CHECKS[name], ...tally, verdict: tally.failed > 0 ? "failed" : tally.passed > 0 ? "held" : "skipped" };
  });
  const redact = (text: string | undefined) => (text === undefined ? undefined : secrets.redact(text));
  // Every text of a finding is scrubbed: a leaking server's answer (fullResponse) is exactly where a secret would be.
  const scrub = (f: Failure): Failure => ({
    ...f, message: redact(f.message)!, response: redact(f.response), request: redact(f.request), curl: redact(f.curl), fullResponse: redact(f.fullResponse),
  });
  const failures = results.failures.map(scrub);
  const failed = checks.some((c) => c.failed > 0);
  return {
    ok: !fatal && !stopped && !failed && (!options.requireCoverage || cov.complete),
    profile: options.profile,
    baseUrl: options.baseUrl,
    org: options.org,
    seed: options.seed,
    runs: options.runs,
    requests: results.requests,
    requestsByPrincipal: Object.fromEntries(ctx.session.requestsByPrincipal),
    checks,
    operations,
    coverage: cov,
    coverageRequired: options.requireCoverage,
    failures,
    warnings: results.warnings.map(scrub),
    notes: ctx.notes.map((n) => secrets.redact(n)),
    started,
    fatal: fatal === null ? null : secrets.redact(fatal),
    stopped,
    skippedOperations: options.excludedOperations,
    skippedChecks: CHECK_NAMES.filter((name) => !options.checks.includes(name)),
  };
}
