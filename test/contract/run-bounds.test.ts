// The runner as a CI job uses it: stopped by a signal or a bound it deletes what it created and
// reports what it saw; a generous rate limit does not turn it into a flood; operations and checks
// can be left out, and what was left out is listed. Against the real in-process mock.
import { describe, expect, test } from "vitest";
import { createMock, DEMO, demoSeed, type Mock } from "../../mock-server/src/index.js";
import { runContract, type ContractOptions } from "../../packages/contract/src/index.js";
import { demoRunOptions } from "./helpers/demo-run-options.js";
import { unexpectedFailures } from "./helpers/known-mock-findings.js";

interface Stored {
  credentials: Array<{
    credential_id: string;
    display_name: string;
    is_default: boolean;
    integration_name: string;
    organization_id: string;
  }>;
  api_keys: Array<{ name: string; revoked_at: string | null }>;
  memberships: Array<{ organization_id: string; user_id: string }>;
}
const stored = (mock: Mock) => mock.state() as unknown as Stored;
/** What a run may leave behind if it fails to clean up: its credentials, its live keys, and the members it added. */
const traces = (mock: Mock) => ({
  credentials: stored(mock)
    .credentials.filter((c) => c.display_name.startsWith("modulex-contract"))
    .map((c) => c.credential_id),
  keys: stored(mock)
    .api_keys.filter((k) => k.name.startsWith("modulex-contract") && k.revoked_at === null)
    .map((k) => k.name),
  defaults: stored(mock)
    .credentials.filter((c) => c.is_default)
    .map((c) => c.credential_id)
    .sort(),
  // Organizations the run creates cannot be deleted by any route: only the seed's are compared.
  members: stored(mock)
    .memberships.filter((m) => ([DEMO.orgs.acme, DEMO.orgs.globex] as string[]).includes(m.organization_id))
    .map((m) => `${m.organization_id}/${m.user_id}`)
    .sort(),
});

async function run(extra: Partial<ContractOptions>, mock?: Mock) {
  const m = mock ?? (await createMock());
  const before = traces(m);
  const report = await runContract(
    demoRunOptions("http://mock.test", await m.signIn(DEMO.users.owner.email), {
      runs: 2,
      fetch: (input, init) => m.handle(new Request(input, init)),
      ...extra,
    }),
  );
  return { mock: m, before, report };
}

describe("a run stopped part way", () => {
  test.each([100, 300, 600])(
    "SIGINT after %i answers: a partial report, and nothing the run created is left",
    async (after) => {
      const stop = new AbortController();
      let answered = 0;
      const { mock, before, report } = await run({
        rateLimit: false,
        signal: stop.signal,
        onExchange: () => void (++answered === after && stop.abort("SIGINT")),
      });
      expect(report.stopped).toMatchObject({ reason: "SIGINT" });
      expect(report.ok).toBe(false);
      expect(report.fatal).toBeNull();
      expect(unexpectedFailures(report.failures)).toEqual([]);
      expect(traces(mock)).toEqual(before);
    },
    60_000,
  );

  test("--max-requests: stops at the budget (the cleanup excepted), cleans up, says so", async () => {
    const { mock, before, report } = await run({ rateLimit: false, maxRequests: 250 });
    expect(report.stopped).toMatchObject({ reason: "max-requests" });
    expect(traces(mock)).toEqual(before);
    expect(report.notes.join("\n")).toMatch(/cleanup: deleted \d+ record\(s\)/);
  }, 60_000);

  test("--max-duration: stops when the clock passes it", async () => {
    let now = Date.parse("2026-06-01T00:00:00Z");
    const mock = await createMock({ now: () => now });
    const { before, report } = await run(
      {
        rateLimit: false,
        maxDurationMs: 60_000,
        now: () => now,
        onExchange: () => {
          now += 200;
        },
      },
      mock,
    );
    expect(report.stopped).toMatchObject({ reason: "max-duration" });
    expect(traces(mock)).toEqual(before);
  }, 60_000);
});

describe("a generous rate limit", () => {
  test("100,000 a minute: the 429 phase is skipped, naming the flag that allows it, and the run stays within its budget", async () => {
    const mock = await createMock({
      seed: { ...demoSeed, rate_limits: { per_key_per_minute: 100_000, per_user_per_minute: 100_000 } },
    });
    let sent = 0;
    const { report } = await run({ onExchange: () => void sent++ }, mock);
    expect(report.ok).toBe(true);
    expect(sent).toBeLessThanOrEqual(5000);
    expect(report.notes.join("\n")).toMatch(
      /the 429 phase was skipped: X-RateLimit-Limit is 100000, .* raise --max-requests to run it/,
    );
  }, 60_000);
});

describe("selection", () => {
  test("an operation or tag left out is never sent, and is listed", async () => {
    const targets: string[] = [];
    const { report } = await run({
      rateLimit: false,
      excludeOperations: ["Members", "refreshCredentialOAuth2"],
      onExchange: (e) => targets.push(e.target),
    });
    expect(report.ok).toBe(true);
    expect(targets.filter((t) => /\/members|\/oauth2\/refresh/.test(t))).toEqual([]);
    expect(report.skippedOperations).toEqual([
      "listMembers",
      "createMemberInvitation",
      "deleteMember",
      "refreshCredentialOAuth2",
    ]);
    expect(report.coverage.operations.find((o) => o.operationId === "listMembers")?.requests).toBe(0);
  }, 60_000);
  test("--checks: only those checks are judged; the others are listed as not selected", async () => {
    const { report } = await run({ rateLimit: false, checks: ["missing_auth", "missing_org_header"] });
    expect(report.checks.filter((c) => c.passed + c.failed > 0).map((c) => c.name)).toEqual([
      "missing_auth",
      "missing_org_header",
    ]);
    expect(report.skippedChecks).toHaveLength(report.checks.length - 2);
  }, 60_000);
});
