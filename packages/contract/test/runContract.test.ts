// runContract against tiny fake servers: it stops with a clear reason when it cannot start,
// and against a server that answers nonsense it completes and fails the right checks
// instead of crashing.
import { describe, expect, test } from "vitest";
import { formatJson, formatText, runContract } from "../src/index.js";
import { fakeFetch, type FakeRoutes } from "./fakeServer.js";

const ORG = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
const KEY = "mx_live_FakeServerOwnerKey000000000000000000000";
const me = {
  user_id: "5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b", email: "owner@acme.test", name: "Olive", is_active: true, auth_method: "api_key",
  api_key_id: "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928", memberships: [{ organization_id: ORG, organization_name: "Acme", role: "owner" }],
};
const catalog = {
  integrations: [
    { integration_name: "slack", display_name: "Slack", integration_type: "tool", description: "d", logo: "https://cdn.example.com/s.svg", auth_types: ["api_key"], test_endpoint: null, custom_fields: null },
  ],
  total: 1,
};

function run(routes: FakeRoutes) {
  return runContract({ baseUrl: "http://fake.test", org: ORG, apiKey: KEY, runs: 1, rateLimit: false, fetch: fakeFetch(routes), sleep: async () => {} });
}

describe("runContract against fake servers", () => {
  test("a server that refuses the key stops the run with the reason, exit-code material", async () => {
    const report = await run(() => ({ status: 401, body: { detail: "Invalid API key" }, headers: { "x-ratelimit-limit": null, "x-ratelimit-remaining": null, "x-ratelimit-reset": null } }));
    expect(report.ok).toBe(false);
    expect(report.fatal).toMatch(/not accepted/);
    expect(formatText(report)).toMatch(/FAIL.*the run stopped early/);
    expect(formatText(report)).not.toContain(KEY);
  });

  test("a server that answers 200 {} to everything else: the run completes and the right checks fail", async () => {
    const report = await run((method, path) => {
      if (path === "/me") return { status: 200, body: me };
      if (path === "/integrations") return { status: 200, body: catalog };
      return { status: 200, body: {} };
    });
    expect(report.fatal).toBeNull();
    const failing = report.checks.filter((c) => c.failed > 0).map((c) => c.name);
    for (const check of ["status_code_conformance", "response_schema_conformance", "missing_auth", "missing_org_header", "negative_data_rejection", "positive_data_acceptance", "forbidden_principals"]) {
      expect(failing).toContain(check);
    }
    expect(report.ok).toBe(false);
    expect(report.coverage.complete).toBe(false);
    expect(JSON.parse(formatJson(report)).ok).toBe(false);
  });

  test("the report names what could not be checked for want of a principal", async () => {
    const report = await run((method, path) => (path === "/me" ? { status: 200, body: me } : path === "/integrations" ? { status: 200, body: catalog } : { status: 404, body: { detail: "no" } }));
    expect(report.notes.join("\n")).toMatch(/no --other-org: tenant isolation not checked/);
    expect(report.notes.join("\n")).toMatch(/--outsider-key/);
  });
});
