// runContract against tiny fake servers: it stops with a clear reason when it cannot start,
// and against a server that answers nonsense it completes and fails the right checks
// instead of crashing.
import { describe, expect, test } from "vitest";
import { formatJson, formatText, runContract, type ContractOptions, type Report } from "./index.js";
import { fakeFetch, type FakeRoutes } from "./test-support/fake-server.js";

const ORG = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
const KEY = "mx_live_FakeServerOwnerKey000000000000000000000";
const me = {
  user_id: "5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b",
  email: "owner@acme.test",
  name: "Olive",
  is_active: true,
  auth_method: "api_key",
  api_key_id: "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928",
  memberships: [{ organization_id: ORG, organization_name: "Acme", role: "owner" }],
};
const catalog = {
  integrations: [
    {
      integration_name: "slack",
      display_name: "Slack",
      integration_type: "tool",
      description: "d",
      logo: "https://cdn.example.com/s.svg",
      auth_types: ["api_key"],
      test_endpoint: null,
      custom_fields: null,
    },
  ],
  total: 1,
};

const organizations = {
  organizations: [{ organization_id: ORG, name: "Acme", role: "owner", created_at: "2026-01-19T12:00:00Z" }],
  total: 1,
};
const NO_RATE_HEADERS = { "x-ratelimit-limit": null, "x-ratelimit-remaining": null, "x-ratelimit-reset": null };

function run(routes: FakeRoutes, extra: Partial<ContractOptions> = {}) {
  return runContract({
    baseUrl: "http://fake.test",
    org: ORG,
    apiKey: KEY,
    runs: 1,
    rateLimit: false,
    fetch: fakeFetch(routes),
    sleep: async () => {},
    ...extra,
  });
}

/** A fake server that knows the owner and the catalog, and answers `rest` for everything else. */
const basics =
  (rest: FakeRoutes): FakeRoutes =>
  (method, path, request) =>
    path === "/me"
      ? { status: 200, body: me }
      : path === "/organizations" && method === "GET"
        ? { status: 200, body: organizations }
        : path === "/integrations"
          ? { status: 200, body: catalog }
          : rest(method, path, request);

/** A fetch that rejects the way undici does when the socket fails: TypeError("fetch failed") with the code in its cause. */
function refusing(code: string, message = `connect ${code} 127.0.0.1:4999`): typeof fetch {
  return async () => {
    throw new TypeError("fetch failed", { cause: Object.assign(new Error(message), { code }) });
  };
}

/** Nothing in the report is more than one line of reason: no stack frames, no local paths. */
function expectNoStack(report: Report): void {
  for (const out of [formatText(report), formatJson(report)]) {
    expect(out).not.toMatch(/\n\s+at |node:internal|file:\/\/|\/work\//);
  }
  expect(report.fatal ?? "").not.toContain("\n");
}

describe("runContract against fake servers", () => {
  test("a server that refuses the key: the run does not start, and says so in one line without the key", async () => {
    const seen: Request[] = [];
    const report = await runContract({
      baseUrl: "http://fake.test",
      org: ORG,
      apiKey: KEY,
      runs: 1,
      rateLimit: false,
      sleep: async () => {},
      fetch: fakeFetch(() => ({ status: 401, body: { detail: "Invalid API key" }, headers: NO_RATE_HEADERS }), seen),
    });
    expect([report.ok, report.started]).toEqual([false, false]);
    expect(report.fatal).toBe("the --api-key was refused: GET http://fake.test/me answered 401");
    expect(seen).toHaveLength(1);
    // The 401 itself conforms to the spec (the runner checked it).
    expect(report.failures).toEqual([]);
    const text = formatText(report);
    expect(text).toMatch(/\*\*COULD NOT START\*\* — the --api-key was refused/);
    expect(text.split("\n").length).toBeLessThan(10);
    expect(text).not.toContain("✓");
    for (const out of [text, formatJson(report)]) expect(out).not.toContain(KEY);
    expectNoStack(report);
  });

  test.each([
    ["ECONNREFUSED", /GET http:\/\/fake\.test\/me failed with ECONNREFUSED \(connection refused/],
    ["ENOTFOUND", /GET http:\/\/fake\.test\/me failed with ENOTFOUND \(the host name does not resolve\)/],
    [
      "ERR_SSL_WRONG_VERSION_NUMBER",
      /failed with ERR_SSL_WRONG_VERSION_NUMBER \(TLS handshake failed: is this an http \(not https\) server\?\)/,
    ],
  ])(
    "a server that cannot be reached (%s): the run does not start; the reason is one line with the URL and the code",
    async (code, message) => {
      const report = await run(() => ({ status: 500 }), {
        fetch: refusing(code, `${code}: ../deps/openssl/ssl/record/ssl3_record.c:350:\n`),
      });
      expect([report.ok, report.started, report.requests]).toEqual([false, false, 0]);
      expect(report.fatal).toMatch(/^cannot reach the server: /);
      expect(report.fatal).toMatch(message);
      expect(JSON.parse(formatJson(report)).fatal).toBe(report.fatal);
      expect(report.checks.every((c) => c.verdict === "skipped")).toBe(true);
      expectNoStack(report);
    },
  );

  test("a host with several addresses that all refuse (AggregateError): the code is still found", async () => {
    const fetch: typeof globalThis.fetch = async () => {
      const inner = Object.assign(
        new AggregateError([Object.assign(new Error("connect ECONNREFUSED ::1:4999"), { code: "ECONNREFUSED" })], ""),
        {},
      );
      throw new TypeError("fetch failed", { cause: inner });
    };
    const report = await run(() => ({ status: 500 }), { fetch });
    expect(report.fatal).toMatch(/failed with ECONNREFUSED/);
  });

  test("a base URL with a user name or password is refused before anything is sent", async () => {
    await expect(run(() => ({ status: 500 }), { baseUrl: "http://user:hunter2secret@fake.test" })).rejects.toThrow(
      /must not contain a user name or password/,
    );
    await expect(run(() => ({ status: 500 }), { baseUrl: "http://user:hunter2secret@fake.test" })).rejects.not.toThrow(
      /hunter2secret/,
    );
    await expect(run(() => ({ status: 500 }), { org: "not-a-uuid" })).rejects.toThrow(/org must be an organization id/);
  });

  test.each([
    [
      "not a member of --org",
      {
        ...me,
        memberships: [
          { organization_id: "4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47", organization_name: "Globex", role: "owner" },
        ],
      },
      organizations,
      /its user is not a member of that organization/,
    ],
    [
      "an admin of --org",
      { ...me, memberships: [{ organization_id: ORG, organization_name: "Acme", role: "admin" }] },
      organizations,
      /its user's role there is 'admin'/,
    ],
    [
      "a legacy member of --org",
      { ...me, memberships: [{ organization_id: ORG, organization_name: "Acme", role: "member" }] },
      organizations,
      /its user's role there is 'member'/,
    ],
    ["an inactive owner", { ...me, is_active: false }, organizations, /its user's account is inactive/],
    [
      "an owner's key locked to another organization",
      me,
      {
        organizations: [
          { ...organizations.organizations[0]!, organization_id: "4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47" },
        ],
        total: 1,
      },
      /locked to another organization/,
    ],
  ])(
    "a key of %s: the run does not start (a couple of requests, not hundreds)",
    async (_name, meBody, orgsBody, message) => {
      const seen: Request[] = [];
      const routes: FakeRoutes = (_method, path) =>
        path === "/me"
          ? { status: 200, body: meBody }
          : path === "/organizations"
            ? { status: 200, body: orgsBody }
            : { status: 500, body: { detail: "unexpected" } };
      const report = await run(routes, { fetch: fakeFetch(routes, seen) });
      expect([report.ok, report.started]).toEqual([false, false]);
      expect(report.fatal).toMatch(/^the --api-key is not (an owner of|usable)/);
      expect(report.fatal).toMatch(message);
      expect(report.fatal).not.toContain(KEY);
      expect(seen.length).toBeLessThanOrEqual(2);
      expect(seen.map((r) => new URL(r.url).pathname).every((p) => p === "/me" || p === "/organizations")).toBe(true);
      // Every response the runner saw was checked against the spec, and conformed.
      expect(report.failures).toEqual([]);
      expectNoStack(report);
    },
  );

  test("a server that stops answering mid-run: the run stops early with the reason, and the report keeps what was checked", async () => {
    let calls = 0;
    const inner = fakeFetch(basics(() => ({ status: 404, body: { detail: "no" } })));
    const fetch: typeof globalThis.fetch = async (input, init) => {
      if (++calls > 30)
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4999"), { code: "ECONNREFUSED" }),
        });
      return inner(input, init);
    };
    const report = await run(() => ({ status: 500 }), { fetch });
    expect(report.started).toBe(true);
    expect(report.ok).toBe(false);
    expect(report.fatal).toMatch(/^cannot reach the server: [A-Z]+ http:\/\/fake\.test\/\S+ failed with ECONNREFUSED/);
    expect(formatText(report)).toMatch(/FAIL\*\* — the run stopped early: cannot reach the server/);
    expect(calls).toBe(31);
    expectNoStack(report);
  });

  test("one request whose connection is reset fails not_a_server_error; the run goes on", async () => {
    let reset = false;
    const inner = fakeFetch(basics(() => ({ status: 404, body: { detail: "no" } })));
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (!reset && new URL(request.url).pathname === "/credentials" && request.method === "POST") {
        reset = true;
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
        });
      }
      return inner(request);
    };
    const report = await run(() => ({ status: 500 }), { fetch });
    expect(report.started).toBe(true);
    expect(report.fatal).toBeNull();
    expect(report.failures.filter((f) => f.check === "not_a_server_error").map((f) => f.message)).toEqual([
      "POST /credentials got no answer: ECONNRESET (the connection was reset)",
    ]);
    expect(report.requests).toBeGreaterThan(100);
  });

  test("an unexpected error stops the run with one line, no stack", async () => {
    let n = 0;
    const report = await run(
      basics(() => ({ status: 404, body: { detail: "no" } })),
      {
        onExchange: () => {
          if (++n === 10) throw new RangeError("boom\n    at somewhere (/work/x.js:1:1)");
        },
      },
    );
    expect(report.fatal).toBe("RangeError: boom");
    expectNoStack(report);
  });

  test("a server that answers 200 {} to everything else: the run completes and the right checks fail", async () => {
    const report = await run((_method, path) => {
      if (path === "/me") return { status: 200, body: me };
      if (path === "/integrations") return { status: 200, body: catalog };
      return { status: 200, body: {} };
    });
    expect(report.fatal).toBeNull();
    const failing = report.checks.filter((c) => c.failed > 0).map((c) => c.name);
    for (const check of [
      "status_code_conformance",
      "response_schema_conformance",
      "missing_auth",
      "missing_org_header",
      "negative_data_rejection",
      "positive_data_acceptance",
      "forbidden_principals",
    ]) {
      expect(failing).toContain(check);
    }
    expect(report.ok).toBe(false);
    expect(report.coverage.complete).toBe(false);
    expect(JSON.parse(formatJson(report)).ok).toBe(false);
  });

  test("the report names every principal it was not given, and what was skipped for want of it", async () => {
    const report = await run(basics(() => ({ status: 404, body: { detail: "no" } })));
    const notes = report.notes.join("\n");
    for (const flag of [
      "--jwt",
      "--admin-key",
      "--member-key",
      "--inactive-key",
      "--outsider-key",
      "--locked-key",
      "--other-org",
    ]) {
      expect(notes).toMatch(new RegExp(`^no ${flag}: not checked — .+ Checks affected: [a-z_, ]+\\.`, "m"));
    }
    expect(notes).toMatch(/^no --other-org: not checked — tenant isolation.*Checks affected: tenant_isolation/m);
    expect(notes).toMatch(
      /^no --jwt: .*Statuses not observed without it: createOrganization 201\/400, listApiKeys 200, /m,
    );
    expect(notes).toMatch(
      /^no --inactive-key: .*Statuses not observed without it: listOrganizations 403, listIntegrations 403, getIntegration 403\.$/m,
    );
  });

  test("a check that never ran is skipped, not held: in the text and in the JSON", async () => {
    const report = await run(basics(() => ({ status: 404, body: { detail: "no" } })));
    const isolation = report.checks.find((c) => c.name === "tenant_isolation")!;
    expect(isolation).toMatchObject({ passed: 0, failed: 0, verdict: "skipped" });
    expect(
      JSON.parse(formatJson(report)).checks.find((c: { name: string }) => c.name === "tenant_isolation").verdict,
    ).toBe("skipped");
    const text = formatText(report);
    expect(text).toContain("| — `tenant_isolation` (skipped) | 0 | 0 |");
    expect(text).not.toMatch(/✓ `tenant_isolation`/);
    expect(text).toMatch(/Skipped \(never ran, see Notes\): [a-z_, ]*tenant_isolation\./);
    for (const c of report.checks) expect(c.verdict).toBe(c.failed ? "failed" : c.passed ? "held" : "skipped");
    for (const row of text.split("\n").filter((l) => l.startsWith("| ✓ "))) expect(row).not.toMatch(/\| 0 \| 0 \|/);
  });
});
