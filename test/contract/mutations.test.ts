// A deliberately broken mock is caught: each mutant breaks one documented behaviour in front of
// the real in-process mock, and the runner must fail with the check named for it. The same
// run against the unbroken mock passes (runner.test.ts), so each failure is the mutant's.
import { describe, expect, test } from "vitest";
import { DEMO } from "../../mock-server/src/index.js";
import { formatJson, formatJunit, formatText } from "../../packages/contract/src/index.js";
import { MUTANTS, runWrapped } from "./helpers/mutants.js";

describe("the runner catches a broken mock", () => {
  test.each(MUTANTS.map((m) => [m.name, m] as const))(
    "%s",
    async (_name, mutant) => {
      const report = await runWrapped(mutant);
      const failing = report.checks.filter((c) => c.failed > 0).map((c) => c.name);
      expect(report.fatal).toBeNull();
      expect(report.ok).toBe(false);
      expect(failing).toContain(mutant.caughtBy);
      const messages = report.failures
        .filter((f) => f.check === mutant.caughtBy)
        .map((f) => `${f.operationId}: ${f.message}`);
      expect(
        messages.some((m) => mutant.saying.test(m)),
        messages.slice(0, 5).join("\n"),
      ).toBe(true);
      // A broken server's answers reach the report (curl, full response): never with a secret in them.
      for (const out of [formatText(report, { full: true }), formatJson(report), formatJunit(report)]) {
        for (const key of Object.values(DEMO.keys)) expect(out.includes(key)).toBe(false);
        expect(out).not.toMatch(/(sk|tok|key|pat)-mxc[A-Za-z0-9]{6,}/);
      }
    },
    60_000,
  );
});
