// The report as JUnit XML, for CI test reporters (GitHub Actions reporters, GitLab's
// artifacts:reports:junit, Jenkins): one suite per check, one case per operation it ran on.
// No timestamps and a fixed order, so a given report always gives the same bytes.
import type { Report } from "./report.js";
import type { Failure } from "./results.js";
import { STOP_REASONS } from "../run-stopped.js";

// XML 1.0 forbids these code points outright (escaping them is not allowed either), so they go.
const ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what it removes.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\r": "&#13;",
  "\n": "&#10;",
  "\t": "&#9;",
};

/** Text content keeps its newlines and tabs; attributes encode them, since parsers turn raw ones into spaces. */
function escapeXml(value: string | number, attribute = false): string {
  return String(value)
    .replace(ILLEGAL, "")
    .replace(attribute ? /[&<>"'\r\n\t]/g : /[&<>"'\r]/g, (c) => ENTITIES[c]!);
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${escapeXml(v, true)}"`)
    .join("");
}

/** One finding as text: the message, then what is needed to reproduce it. */
function finding(f: Failure): string {
  const lines = [f.message];
  if (f.request !== undefined) lines.push(`request: ${f.request}`);
  if (f.status !== undefined) lines.push(`status: ${f.status}`);
  if (f.response !== undefined) lines.push(`response: ${f.response}`);
  if (f.curl !== undefined) lines.push(`reproduce (with the MODULEX_CONTRACT_* variables set): ${f.curl}`);
  return lines.join("\n");
}

interface Suite {
  name: string;
  cases: string[];
  failures: number;
  errors: number;
  skipped: number;
  head: string[];
  tail: string[];
}

/** The suite's lines; `time="0"` because nothing is timed per case and some readers require the attribute. */
function renderSuite(s: Suite): string[] {
  const open = `  <testsuite${attrs({ name: s.name, tests: s.cases.length, failures: s.failures, errors: s.errors, skipped: s.skipped, time: 0 })}>`;
  return [open, ...s.head, ...s.cases, ...s.tail, "  </testsuite>"];
}

export function formatJunit(report: Report): string {
  const { warnings, profile } = report;
  const key = (check: string, operationId: string) => `${check}\u0000${operationId}`;
  const group = (list: Failure[]) => {
    const byPair = new Map<string, Failure[]>();
    for (const f of list) {
      const k = key(f.check, f.operationId);
      byPair.set(k, [...(byPair.get(k) ?? []), f]);
    }
    return byPair;
  };
  const failuresByPair = group(report.failures);
  const warningsByPair = group(warnings);

  // The run itself: where it ran and its notes, and an error case when it did not start or stopped.
  const properties: Record<string, string | number> = { baseUrl: report.baseUrl, org: report.org, seed: report.seed };
  properties.profile = profile;
  properties.requests = report.requests;
  const run: Suite = { name: "run", cases: [], failures: 0, errors: 0, skipped: 0, head: [], tail: [] };
  run.head.push(
    "    <properties>",
    ...Object.entries(properties).map(([name, value]) => `      <property${attrs({ name, value })}/>`),
    "    </properties>",
  );
  if (!report.started || report.fatal !== null || report.stopped) {
    const stopped = report.stopped ? `${STOP_REASONS[report.stopped.reason]} during ${report.stopped.phase}` : null;
    const reason = report.fatal ?? stopped ?? "unknown reason";
    const text = stopped
      ? `The run was ${stopped}: this report is partial. What the run had created was deleted (see the notes).`
      : report.started
        ? `The run stopped early: ${reason}`
        : `The run could not start: ${reason}\nNo check ran.`;
    const error = `      <error${attrs({ message: reason, type: report.stopped ? "interrupted" : "fatal" })}>${escapeXml(text)}</error>`;
    run.cases.push(`    <testcase${attrs({ classname: "run", name: "run", time: 0 })}>\n${error}\n    </testcase>`);
    run.errors = 1;
  }
  for (const operationId of report.skippedOperations) {
    run.cases.push(
      `    <testcase${attrs({ classname: "run", name: `operation ${operationId}`, time: 0 })}>\n      <skipped${attrs({ message: "left out by --include-operation / --exclude-operation: never sent" })}/>\n    </testcase>`,
    );
    run.skipped++;
  }
  if (report.notes.length)
    run.tail.push(`    <system-out>${escapeXml(report.notes.map((n) => `- ${n}`).join("\n"))}</system-out>`);
  const suites = [run];

  for (const check of report.checks) {
    const suite: Suite = { name: check.name, cases: [], failures: 0, errors: 0, skipped: 0, head: [], tail: [] };
    // Every operation the check ran on, plus any with only warnings (or, defensively, only failures).
    const operations = new Set<string>();
    for (const [operationId, tallies] of Object.entries(report.operations))
      if (tallies[check.name]) operations.add(operationId);
    for (const f of [...report.failures, ...warnings]) if (f.check === check.name) operations.add(f.operationId);
    for (const operationId of [...operations].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const tally = report.operations[operationId]?.[check.name];
      const failures = failuresByPair.get(key(check.name, operationId)) ?? [];
      const found = warningsByPair.get(key(check.name, operationId)) ?? [];
      const failed = Math.max(tally?.failed ?? 0, failures.length);
      const lines = [
        `    <testcase${attrs({ classname: check.name, name: operationId, assertions: (tally?.passed ?? 0) + failed, time: 0 })}>`,
      ];
      if (failed > 0) {
        const message = failures[0]?.message ?? `failed ${failed} time(s)`;
        lines.push(
          `      <failure${attrs({ message, type: check.name })}>${escapeXml(failures.map(finding).join("\n\n"))}</failure>`,
        );
        suite.failures++;
      }
      if (found.length)
        lines.push(
          `      <system-out>${escapeXml(found.map((w) => `warning: ${finding(w)}`).join("\n\n"))}</system-out>`,
        );
      lines.push("    </testcase>");
      suite.cases.push(lines.join("\n"));
    }
    if (check.verdict === "skipped") {
      // A 0/0 check would otherwise be an empty suite, which most readers show as nothing at all.
      const message = report.skippedChecks.includes(check.name)
        ? "not selected (--checks / --exclude-checks)"
        : report.started
          ? "never ran on any operation; the notes of the run suite say why"
          : "never ran: the run could not start";
      suite.cases.push(
        `    <testcase${attrs({ classname: check.name, name: "(not run)", time: 0 })}>\n      <skipped${attrs({ message })}/>\n    </testcase>`,
      );
      suite.skipped++;
    }
    suite.head.push(
      "    <properties>",
      `      <property${attrs({ name: "description", value: check.description })}/>`,
      "    </properties>",
    );
    suites.push(suite);
  }

  const total = (pick: (s: Suite) => number) => suites.reduce((sum, s) => sum + pick(s), 0);
  const root = attrs({
    name: "modulex-contract",
    tests: total((s) => s.cases.length),
    failures: total((s) => s.failures),
    errors: total((s) => s.errors),
    skipped: total((s) => s.skipped),
    time: 0,
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${root}>`,
    ...suites.flatMap(renderSuite),
    "</testsuites>",
    "",
  ].join("\n");
}
