// The Notes say, for every optional principal (and --other-org) a run was not given, what was
// skipped for want of it; this keeps them true. Against the in-process mock, each one is left out
// in turn: the documented statuses that then go unobserved must be exactly those its note names,
// the checks that lose cases must be among those it names, and with everything given no such
// note appears. Every response is checked by the runner itself (report.failures).
import { describe, expect, test } from "vitest";
import { createMock, DEMO } from "../../mock-server/src/index.js";
import type { ContractOptions, Report } from "../../packages/contract/src/index.js";
import { runContract } from "../../packages/contract/src/index.js";
import { OPTIONAL_INPUTS } from "../../packages/contract/src/report/optional-inputs.js";
import { demoRunOptions } from "./helpers/demo-run-options.js";
import { unexpectedFailures } from "./helpers/known-mock-findings.js";

const OPTION_OF: Record<string, keyof ContractOptions> = {
  "--jwt": "jwt",
  "--admin-key": "adminKey",
  "--member-key": "memberKey",
  "--inactive-key": "inactiveKey",
  "--outsider-key": "outsiderKey",
  "--locked-key": "lockedKey",
  "--other-org": "otherOrg",
};

async function runWithout(option: keyof ContractOptions | null): Promise<Report> {
  const mock = await createMock();
  const options = demoRunOptions("http://mock.test", await mock.signIn(DEMO.users.owner.email), {
    fetch: (input, init) => mock.handle(new Request(input, init)),
  });
  if (option) delete options[option];
  const report = await runContract(options);
  expect(report.fatal).toBeNull();
  expect(unexpectedFailures(report.failures)).toEqual([]);
  return report;
}

const observed = (report: Report) =>
  new Set(
    report.coverage.operations.flatMap((o) =>
      o.observed.filter((s) => o.documented.includes(s)).map((s) => `${o.operationId} ${s}`),
    ),
  );
const cases = (report: Report) => Object.fromEntries(report.checks.map((c) => [c.name, c.passed + c.failed]));

describe("the Notes on what was not given", () => {
  let full: Report;

  test("with every principal and --other-org, no note says one is missing", async () => {
    full = await runWithout(null);
    expect(full.notes.filter((n) => /^no --/.test(n))).toEqual([]);
    expect(full.checks.filter((c) => c.verdict !== "held").map((c) => c.name)).toEqual([]);
  }, 60_000);

  test("every optional input has a note", () => {
    expect(OPTIONAL_INPUTS.map((i) => i.flag).sort()).toEqual(Object.keys(OPTION_OF).sort());
  });

  test.each(OPTIONAL_INPUTS.map((i) => [i.flag, i] as const))(
    "without %s: its note names what went missing",
    async (flag, input) => {
      const report = await runWithout(OPTION_OF[flag]!);
      const note = report.notes.find((n) => n.startsWith(`no ${flag}: `));
      expect(note).toBeDefined();
      // The statuses no other request shows: exactly those named.
      const now = observed(report);
      const lost = [...observed(full)].filter((s) => !now.has(s));
      expect(lost.sort()).toEqual([...input.statuses].sort());
      for (const pair of input.statuses) {
        const [operationId, status] = pair.split(" ");
        expect(note).toMatch(new RegExp(`${operationId} [0-9/]*\\b${status}\\b`));
      }
      // The checks that lose cases are named (the per-response checks lose some whenever fewer requests are sent).
      const perResponse = [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_schema_conformance",
        "response_headers_conformance",
        "no_secret_leak",
      ];
      const before = cases(full);
      const after = cases(report);
      const fewer = Object.keys(before).filter((name) => after[name]! < before[name]! && !perResponse.includes(name));
      // Each principal's own GET /me is a positive_data_acceptance case; that one is not worth a mention.
      const named = new Set<string>([...input.checks, "positive_data_acceptance"]);
      expect(fewer.filter((name) => !named.has(name))).toEqual([]);
      for (const check of input.checks) expect(note).toContain(check);
      // A check left with no case at all is shown as skipped.
      for (const c of report.checks)
        expect(c.verdict).toBe(c.passed + c.failed === 0 ? "skipped" : c.failed ? "failed" : "held");
    },
    60_000,
  );
});
