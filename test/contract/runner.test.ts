// The conformance runner against the real in-process mock (the control for the mutation
// tests): every check holds, every operation is exercised and every documented non-5xx status
// is observed, and nothing secret reaches the report.
import { describe, expect, test } from "vitest";
import { createMock, DEMO } from "../../mock-server/src/index.js";
import { formatJson, formatText, runContract, type Report } from "../../packages/contract/src/index.js";
import { demoRunOptions } from "./helpers/demo-run-options.js";
import { unexpectedFailures } from "./helpers/known-mock-findings.js";

describe("modulex-contract against the mock", () => {
  let report: Report;
  let jwt: string;

  test("every check holds (but known findings) and the coverage gate is met", async () => {
    const mock = await createMock();
    jwt = await mock.signIn(DEMO.users.owner.email);
    report = await runContract(
      demoRunOptions("http://mock.test", jwt, {
        requireCoverage: true,
        fetch: (input, init) => mock.handle(new Request(input, init)),
      }),
    );
    expect(report.fatal).toBeNull();
    expect(unexpectedFailures(report.failures)).toEqual([]);
    expect(
      report.coverage.operations
        .filter((o) => o.missing.length > 0)
        .map((o) => `${o.operationId} ${o.missing.join(",")}`),
    ).toEqual([]);
    expect(report.coverage.exercised).toBe(report.coverage.total);
    expect(report.ok).toBe(report.failures.length === 0);
    // Every named check actually ran.
    for (const check of report.checks) expect(check.passed, check.name).toBeGreaterThan(0);
  }, 120_000);

  test("the strict mock passes the strict profile, with the same coverage", async () => {
    const mock = await createMock({ strict: true });
    const strict = await runContract(
      demoRunOptions("http://mock.test", await mock.signIn(DEMO.users.owner.email), {
        profile: "strict",
        requireCoverage: true,
        fetch: (input, init) => mock.handle(new Request(input, init)),
      }),
    );
    expect(strict.fatal).toBeNull();
    expect(strict.profile).toBe("strict");
    expect(unexpectedFailures(strict.failures)).toEqual([]);
    expect(strict.warnings).toEqual([]);
    expect(strict.coverage.exercised).toBe(strict.coverage.total);
    for (const check of strict.checks) expect(check.passed, check.name).toBeGreaterThan(0);
  }, 120_000);

  test("the profiles tell the two mocks apart: the default mock fails --strict, on exactly our stricter choices", async () => {
    const mock = await createMock();
    const crossed = await runContract(
      demoRunOptions("http://mock.test", await mock.signIn(DEMO.users.owner.email), {
        profile: "strict",
        runs: 1,
        rateLimit: false,
        fetch: (input, init) => mock.handle(new Request(input, init)),
      }),
    );
    const messages = crossed.failures.map((f) => f.message).join("\n");
    expect(messages).toMatch(/timestamps without a zone \(--strict wants RFC 3339\)/);
    expect(messages).toMatch(/an unknown top-level field \(--strict\): expected 400, got 201/);
    expect(messages).toMatch(/testTemporaryCredential with .*: expected 400, got 500/);
    expect(messages).toMatch(/PUT with auth_data \(secrets are not updatable here\): expected 400, got 200/);
  }, 120_000);

  test("the report never contains a key, a token or a submitted secret", () => {
    const outputs = [formatText(report), formatJson(report)];
    for (const secret of [...Object.values(DEMO.keys), jwt])
      for (const out of outputs) expect(out.includes(secret)).toBe(false);
    for (const out of outputs) expect(out).not.toMatch(/sk-mxc[A-Za-z0-9]{6,}/);
  });

  test("the same seed sends the same requests", async () => {
    const again = async () => {
      const mock = await createMock({ now: () => Date.parse("2026-06-01T00:00:00Z") });
      const targets: string[] = [];
      await runContract(
        demoRunOptions("http://mock.test", await mock.signIn(DEMO.users.owner.email), {
          rateLimit: false,
          runs: 2,
          fetch: (input, init) => mock.handle(new Request(input, init)),
          onExchange: (e) => targets.push(e.target),
        }),
      );
      return targets.filter((t) => !/[0-9a-f]{8}-[0-9a-f]{4}-/.test(t));
    };
    expect(await again()).toEqual(await again());
  }, 120_000);
});
