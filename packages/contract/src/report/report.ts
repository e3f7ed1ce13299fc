// What a run reports: the verdict per check, the tallies per operation, coverage, findings and notes.
import type { CheckName } from "../checks.js";
import type { Profile } from "../options/contract-options.js";
import type { Coverage } from "./coverage.js";
import type { Failure, Tally } from "./results.js";
import type { StopReason } from "../run-stopped.js";

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
