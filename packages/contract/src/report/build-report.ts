// The report of a run, from what it found, every text scrubbed of the secrets it knows.
import { CHECKS, CHECK_NAMES } from "../checks.js";
import { coverage } from "./coverage.js";
import type { CheckSummary, Report, Stop } from "./report.js";
import type { Failure } from "./results.js";
import type { RunContext } from "../run-context.js";

export function buildReport(ctx: RunContext, started: boolean, fatal: string | null, stopped: Stop | null): Report {
  const { results, secrets, options } = ctx;
  const operations: Report["operations"] = {};
  for (const [check, byOperation] of results.tallies) {
    for (const [operationId, tally] of byOperation) {
      operations[operationId] ??= {};
      operations[operationId][check] = { ...tally };
    }
  }
  const cov = coverage(results);
  const checks = CHECK_NAMES.map((name): CheckSummary => {
    const tally = results.total(name);
    return {
      name,
      description: CHECKS[name],
      ...tally,
      verdict: tally.failed > 0 ? "failed" : tally.passed > 0 ? "held" : "skipped",
    };
  });
  const redact = (text: string | undefined) => (text === undefined ? undefined : secrets.redact(text));
  // Every text of a finding is scrubbed: a leaking server's answer (fullResponse) is exactly where a secret would be.
  const scrub = (f: Failure): Failure => ({
    ...f,
    message: redact(f.message)!,
    response: redact(f.response),
    request: redact(f.request),
    curl: redact(f.curl),
    fullResponse: redact(f.fullResponse),
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
