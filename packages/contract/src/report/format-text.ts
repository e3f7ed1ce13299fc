// The human report: Markdown, so it reads in a terminal and renders as docs/contract-report.md.
// No timestamps: for a given server and seed only the rate-limit phase's request count varies
// (it depends on where the window stands), so a committed report changes when behaviour does.
import type { CheckSummary, Report } from "./report.js";
import { STOP_REASONS } from "../run-stopped.js";

const MAX_FAILURES = 60;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

const MARKS: Record<CheckSummary["verdict"], string> = { held: "✓", failed: "✗", skipped: "—" };

/**
 * `full`: each failure with its whole (bounded) response, as `--report FILE` writes it; stdout
 * shows the start of each response only.
 */
export function formatText(report: Report, { full = false }: { full?: boolean } = {}): string {
  const lines: string[] = [];
  const cov = report.coverage;
  const failedChecks = report.checks.filter((c) => c.verdict === "failed").map((c) => c.name);
  const skippedChecks = report.checks.filter((c) => c.verdict === "skipped").map((c) => c.name);
  lines.push(`# Contract report`, "");
  if (!report.started) {
    // Nothing was checked: a table of 0/0 rows would only bury the reason.
    lines.push(`Server \`${report.baseUrl}\`, organization \`${report.org}\`.`, "");
    lines.push(`**COULD NOT START** — ${report.fatal ?? "unknown reason"}.`, "");
    lines.push("No check ran. Exit code 2.", "");
    return lines.join("\n");
  }
  lines.push(
    `Server \`${report.baseUrl}\`, organization \`${report.org}\`, seed ${report.seed}, ${report.runs} generated requests per operation and polarity, ${report.requests} requests in all.`,
    "",
  );
  lines.push(
    report.profile === "strict"
      ? "Profile **strict**: what the product docs guarantee, plus our stricter choices (see docs/contract.md)."
      : "Profile **default**: what the product docs guarantee, accepting every reading they allow (`--strict` adds our stricter choices).",
    "",
  );
  const verdict = report.stopped
    ? `**${report.stopped.reason === "SIGINT" || report.stopped.reason === "SIGTERM" ? "INTERRUPTED" : "STOPPED"}**`
    : report.ok
      ? "**PASS**"
      : "**FAIL**";
  const why = [
    report.stopped
      ? `${STOP_REASONS[report.stopped.reason]} during ${report.stopped.phase}; this report is partial (what the run created was deleted: see Notes)`
      : null,
    report.fatal ? `the run stopped early: ${report.fatal}` : null,
    failedChecks.length ? `failing checks: ${failedChecks.join(", ")}` : null,
    report.coverageRequired && !cov.complete ? "coverage gate not met" : null,
  ].filter(Boolean);
  const neverRan = skippedChecks.filter((c) => !report.skippedChecks.includes(c));
  const skipped = [
    neverRan.length ? ` Skipped (never ran, see Notes): ${neverRan.join(", ")}.` : "",
    report.skippedChecks.length
      ? ` Not selected (--checks / --exclude-checks): ${report.skippedChecks.join(", ")}.`
      : "",
    report.skippedOperations.length
      ? ` Operations left out (--include-operation / --exclude-operation, never sent): ${report.skippedOperations.join(", ")}.`
      : "",
  ].join("");
  lines.push(`${verdict}${why.length ? ` — ${why.join("; ")}` : ""}.${skipped}`, "");
  lines.push(
    `Coverage: ${cov.exercised}/${cov.total} operations exercised; ${cov.statusesObserved}/${cov.statusesRequired} documented statuses observed (5xx excepted)${report.coverageRequired ? " — required" : ""}.`,
    "",
  );

  lines.push("## Checks", "", "✓ held · ✗ failed · — skipped: never ran (see Notes)", "");
  lines.push("| check | held | failed | what it verifies |", "| --- | ---: | ---: | --- |");
  for (const c of report.checks) {
    lines.push(
      `| ${MARKS[c.verdict]} \`${c.name}\`${c.verdict === "skipped" ? " (skipped)" : ""} | ${c.passed} | ${c.failed} | ${cell(c.description)} |`,
    );
  }
  lines.push("");

  if (report.failures.length) {
    lines.push(`## Failures (${Math.min(report.failures.length, MAX_FAILURES)} of ${report.failures.length})`, "");
    for (const f of report.failures.slice(0, MAX_FAILURES)) {
      lines.push(`- **${f.check}** \`${f.operationId}\`: ${f.message}`);
      if (f.request)
        lines.push(
          `  - request \`${f.request}\` → ${f.status ?? "?"}${f.response ? `: \`${f.response.slice(0, 200).replace(/`/g, "'")}\`` : ""}`,
        );
      if (f.curl)
        lines.push(
          "  - reproduce (with the MODULEX_CONTRACT_* variables set):",
          "",
          "    ```sh",
          `    ${f.curl}`,
          "    ```",
          "",
        );
      if (full && f.fullResponse)
        lines.push(
          "  - response:",
          "",
          "    ```http",
          ...f.fullResponse.split("\n").map((l) => `    ${l}`),
          "    ```",
          "",
        );
    }
    lines.push("");
  }

  if (report.warnings.length) {
    lines.push(
      `## Warnings (${Math.min(report.warnings.length, MAX_FAILURES)} of ${report.warnings.length}; they do not fail the run)`,
      "",
    );
    for (const w of report.warnings.slice(0, MAX_FAILURES)) {
      lines.push(`- ${w.check} \`${w.operationId}\`: ${w.message}`);
      if (w.request) lines.push(`  - request \`${w.request}\` → ${w.status ?? "?"}`);
    }
    lines.push("");
  }

  lines.push(
    "## Coverage: operations × documented statuses",
    "",
    "✓ observed · — not observed (5xx are not required) · ✗ observed but not documented",
    "",
  );
  lines.push("| operation | request | statuses | missing |", "| --- | --- | --- | --- |");
  for (const o of cov.operations) {
    const marks = o.documented.map((s) => `${s}${o.observed.includes(s) ? "✓" : "—"}`);
    for (const s of o.undocumented) marks.push(`${s}✗`);
    lines.push(
      `| \`${o.operationId}\` | \`${o.method} ${o.path}\` | ${marks.join(" ")} | ${o.missing.join(", ") || (o.requests ? "none" : "not exercised")} |`,
    );
  }
  lines.push("");

  lines.push("## Per operation and check", "", "Held/failed counts of every check that ran on the operation.", "");
  lines.push("| operation | requests | checks (held/failed) |", "| --- | ---: | --- |");
  for (const o of cov.operations) {
    const checks = report.operations[o.operationId] ?? {};
    const parts = Object.entries(checks).map(
      ([name, t]) => `${t.failed ? "**" : ""}${name} ${t.passed}/${t.failed}${t.failed ? "**" : ""}`,
    );
    lines.push(`| \`${o.operationId}\` | ${o.requests} | ${parts.join(", ")} |`);
  }
  lines.push("");

  if (report.notes.length) {
    lines.push("## Notes", "", ...report.notes.map((n) => `- ${n}`), "");
  }
  lines.push(
    `Requests by principal: ${Object.entries(report.requestsByPrincipal)
      .map(([p, n]) => `${p} ${n}`)
      .join(", ")}.`,
    "",
  );
  return lines.join("\n");
}
