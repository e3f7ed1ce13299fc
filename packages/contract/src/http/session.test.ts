import { describe, expect, test } from "vitest";
import { Results } from "../report/results.js";
import { Ledger } from "./ledger.js";
import { SecretRegistry } from "./secret-registry.js";
import { Session } from "./session.js";
import { fakeFetch, type FakeAnswer, type FakeRoutes } from "../test-support/fake-server.js";

const owner = { name: "owner", token: "mx_live_OwnerKeyForUnitTests0000000000000000" };
const org = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
const credential = {
  credential_id: "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e",
  integration_name: "slack",
  integration_type: "tool",
  display_name: "Slack",
  auth_type: "api_key",
  is_default: false,
  created_at: "2026-01-19T12:00:00Z",
  updated_at: "2026-01-19T12:00:00Z",
  last_used_at: null,
  expires_at: null,
  credentials_metadata: null,
};

function session(routes: FakeRoutes, sleeps: number[] = [], seen: Request[] = [], requestTimeoutMs = 5000) {
  const results = new Results();
  const secrets = new SecretRegistry();
  secrets.add(owner.token, "API key");
  const s = new Session({
    baseUrl: "http://server.test/api",
    org,
    profile: "default",
    fetch: fakeFetch(routes, seen),
    results,
    secrets,
    maxRetryWaitMs: 5000,
    requestTimeoutMs,
    sleep: async (ms) => void sleeps.push(ms),
    ledger: new Ledger(),
    maxRequests: 1000,
    ratePerSecond: null,
    concurrency: 1,
    deadline: null,
    now: Date.now,
  });
  return { s, results, secrets };
}

const failed = (results: Results) => results.failures.map((f) => f.check);

describe("Session", () => {
  test("builds the request from the operation: method, path, query, bearer, organization header, JSON body", async () => {
    const seen: Request[] = [];
    const { s } = session(() => ({ status: 201, body: credential }), [], seen);
    await s.send({
      operationId: "createCredential",
      principal: owner,
      body: { integration_name: "slack", auth_data: { api_key: "sk-mxcSessionTest01" } },
      intent: "valid",
    });
    await s.send({
      operationId: "getCredential",
      principal: null,
      org: null,
      pathParams: { credential_id: "a b" },
      query: { include_masked: true },
      intent: "probe",
    });
    const [create, get] = seen;
    expect([create!.method, create!.url]).toEqual(["POST", "http://server.test/api/credentials"]);
    expect(create!.headers.get("authorization")).toBe(`Bearer ${owner.token}`);
    expect(create!.headers.get("x-organization-id")).toBe(org);
    expect(await create!.json()).toEqual({ integration_name: "slack", auth_data: { api_key: "sk-mxcSessionTest01" } });
    expect(get!.url).toBe("http://server.test/api/credentials/a%20b?include_masked=true");
    expect(get!.headers.has("authorization")).toBe(false);
    expect(get!.headers.has("x-organization-id")).toBe(false);
  });

  test("a conforming response passes every per-response check", async () => {
    const { s, results } = session(() => ({ status: 201, body: credential }));
    await s.send({
      operationId: "createCredential",
      principal: owner,
      body: { integration_name: "slack" },
      intent: "valid",
    });
    expect(results.failures).toEqual([]);
    for (const check of [
      "not_a_server_error",
      "status_code_conformance",
      "content_type_conformance",
      "response_schema_conformance",
      "response_headers_conformance",
      "no_secret_leak",
    ] as const) {
      expect(results.total(check)).toEqual({ passed: 1, failed: 0 });
    }
    expect(results.observed.get("createCredential")?.get(201)).toBe(1);
  });

  test.each([
    ["an undeclared status", { status: 418, body: { detail: "teapot" } }, "status_code_conformance"],
    ["a 5xx", { status: 502, body: { detail: "bad gateway" } }, "not_a_server_error"],
    [
      "a body that breaks the schema",
      { status: 201, body: { ...credential, auth_type: "password" } },
      "response_schema_conformance",
    ],
    [
      "a body that is not JSON",
      { status: 201, body: undefined, headers: { "content-type": "application/json" } },
      "response_schema_conformance",
    ],
    [
      "no content type",
      { status: 201, body: credential, headers: { "content-type": null } },
      "content_type_conformance",
    ],
    [
      "another content type",
      { status: 201, body: credential, headers: { "content-type": "text/plain" } },
      "content_type_conformance",
    ],
    [
      "a 429 without its rate-limit headers",
      {
        status: 429,
        body: { detail: { message: "x", limit: 1, remaining: 0, reset: 1, retry_after: 99 } },
        headers: { "x-ratelimit-remaining": null, "retry-after": "5" },
      },
      "response_headers_conformance",
    ],
    [
      "a rate-limit header that is not an integer",
      { status: 201, body: credential, headers: { "x-ratelimit-reset": "soon" } },
      "response_headers_conformance",
    ],
    [
      "a 429 without Retry-After",
      { status: 429, body: { detail: { message: "x", limit: 1, remaining: 0, reset: 1, retry_after: 99 } } },
      "response_headers_conformance",
    ],
    [
      "a bearer token echoed back",
      { status: 201, body: { ...credential, display_name: owner.token } },
      "no_secret_leak",
    ],
    [
      "a submitted secret in a header",
      { status: 201, body: credential, headers: { "x-debug": "sk-mxcSessionTest01" } },
      "no_secret_leak",
    ],
  ] as const)("%s fails its check", async (_name, answer, check) => {
    const { s, results } = session(() => answer as FakeAnswer);
    await s.send({
      operationId: "createCredential",
      principal: owner,
      body: { integration_name: "slack", auth_data: { api_key: "sk-mxcSessionTest01" } },
      intent: "valid",
    });
    expect(failed(results)).toContain(check);
  });

  test("an unexpected 429 is waited out (Retry-After) and retried, at most twice", async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const { s, results } = session(() => {
      calls++;
      return calls < 3
        ? {
            status: 429,
            body: { detail: { message: "slow down", limit: 600, remaining: 0, reset: 1800000000, retry_after: 2 } },
            headers: { "retry-after": "2", "x-ratelimit-remaining": "0" },
          }
        : { status: 200, body: { integrations: [], total: 0 } };
    }, sleeps);
    const exchange = await s.send({ operationId: "listIntegrations", principal: owner, intent: "valid" });
    expect(exchange.status).toBe(200);
    expect(sleeps).toEqual([2000, 2000]);
    expect(results.failures).toEqual([]);
    expect(results.observed.get("listIntegrations")).toEqual(
      new Map([
        [429, 2],
        [200, 1],
      ]),
    );
  });

  test("a Retry-After longer than the longest wait is not waited out", async () => {
    const sleeps: number[] = [];
    const { s } = session(
      () => ({
        status: 429,
        body: { detail: { message: "x", limit: 1, remaining: 0, reset: 1, retry_after: 60 } },
        headers: { "retry-after": "60" },
      }),
      sleeps,
    );
    expect((await s.send({ operationId: "listIntegrations", principal: owner, intent: "valid" })).status).toBe(429);
    expect(sleeps).toEqual([]);
  });

  test("a request that is never answered fails not_a_server_error after the timeout, and the run goes on", async () => {
    const { s, results } = session(() => new Promise<never>(() => {}), [], [], 50);
    const exchange = await s.send({ operationId: "listIntegrations", principal: owner, intent: "valid" });
    expect(exchange.status).toBe(0);
    expect(results.failures.map((f) => [f.check, f.message])).toEqual([
      ["not_a_server_error", "GET /api/integrations got no answer within 50 ms"],
    ]);
  });
});
