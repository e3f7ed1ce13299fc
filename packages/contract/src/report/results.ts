// What a run found: per check and per operation, how often each check held and the failures
// with enough of the exchange to reproduce them; plus every (operation, status) observed.
import type { CheckName } from "../checks.js";

export interface Failure {
  check: CheckName;
  operationId: string;
  message: string;
  /** `METHOD /path?query` of the request that showed it, when one did. */
  request?: string;
  status?: number;
  /** The start of the response body. */
  response?: string;
  /** The request as a `curl` command, secrets as the environment variables that hold them. */
  curl?: string;
  /** The whole response (status line, headers, body), bounded, for --report. */
  fullResponse?: string;
}

/** What a run checks: every check and operation unless --checks, --exclude-checks or --include/--exclude-operation narrow it. */
export interface Selection {
  checks: ReadonlySet<CheckName>;
  /** Operations the run never sends (and never judges). */
  excludedOperations: ReadonlySet<string>;
}

export interface Tally {
  passed: number;
  failed: number;
}

export class Results {
  readonly failures: Failure[] = [];
  /** Findings that do not fail the run: deviations in bodies the docs call unverified (shape TBD). */
  readonly warnings: Failure[] = [];
  /** check → operation → tally */
  readonly tallies = new Map<CheckName, Map<string, Tally>>();
  /** operation → status → count */
  readonly observed = new Map<string, Map<number, number>>();
  requests = 0;

  constructor(readonly selection: Selection | null = null) {}

  /** Is this check, on this operation, part of the run? */
  judges(check: CheckName, operationId: string): boolean {
    return !this.selection || (this.selection.checks.has(check) && !this.selection.excludedOperations.has(operationId));
  }

  pass(check: CheckName, operationId: string): void {
    if (this.judges(check, operationId)) this.tally(check, operationId).passed++;
  }

  fail(failure: Failure): void {
    if (!this.judges(failure.check, failure.operationId)) return;
    this.tally(failure.check, failure.operationId).failed++;
    this.failures.push(failure);
  }

  /** Records a verdict: a pass when `problem` is null, else a failure with that message. */
  verdict(
    check: CheckName,
    operationId: string,
    problem: string | null,
    context: Omit<Failure, "check" | "operationId" | "message"> = {},
  ): boolean {
    if (problem === null) {
      this.pass(check, operationId);
      return true;
    }
    this.fail({ check, operationId, message: problem, ...context });
    return false;
  }

  /** Records a finding that does not fail the check (the check still counts as held here). */
  warn(warning: Failure): void {
    if (this.judges(warning.check, warning.operationId)) this.warnings.push(warning);
  }

  observe(operationId: string, status: number): void {
    this.requests++;
    let statuses = this.observed.get(operationId);
    if (!statuses) {
      statuses = new Map();
      this.observed.set(operationId, statuses);
    }
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }

  total(check: CheckName): Tally {
    const sum = { passed: 0, failed: 0 };
    for (const t of this.tallies.get(check)?.values() ?? []) {
      sum.passed += t.passed;
      sum.failed += t.failed;
    }
    return sum;
  }

  private tally(check: CheckName, operationId: string): Tally {
    let byOperation = this.tallies.get(check);
    if (!byOperation) {
      byOperation = new Map();
      this.tallies.set(check, byOperation);
    }
    let t = byOperation.get(operationId);
    if (!t) {
      t = { passed: 0, failed: 0 };
      byOperation.set(operationId, t);
    }
    return t;
  }
}
