// The report as JSON (--json): the Report object, as is.
import type { Report } from "./report.js";

/** The machine report for CI (`--json`): the whole Report, already scrubbed of secrets. */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}
