// Bad input: malformed JSON, wrong types, unknown fields, oversized bodies, invalid UUIDs and
// out-of-range parameters are a 4xx whose detail says what is wrong; never a 5xx; and a refused
// request changes nothing in the store.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { asOwner, DEMO, harness, type Harness } from "./support.js";
import { MAX_BODY_BYTES } from "../src/index.js";
import { readResponse, responseViolations } from "@modulex/spec/contract";

let h: Harness;
beforeAll(async () => {
  h = await harness();
});

async function refused(method: string, path: string, options: Parameters<Harness["call"]>[2], detail: RegExp) {
  const before = h.mock.state();
  const r = await h.call(method, path, { ...asOwner, ...options });
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  expect(r.body.detail).toMatch(detail);
  expect(h.mock.state()).toEqual(before);
}

describe("400 with a detail, and nothing changed", () => {
  it("malformed JSON (without echoing the body)", async () => {
    await refused(
      "POST",
      "/credentials",
      {
        rawBody: '{"integration_name": "slack", "auth_data": {"api_key": "xoxb-secret-leak',
        headers: { "Content-Type": "application/json" },
      },
      /^request body is not valid JSON/,
    );
    const r = await h.call("POST", "/credentials", {
      ...asOwner,
      rawBody: '{"auth_data": {"api_key": "xoxb-secret-leak"',
      headers: { "Content-Type": "application/json" },
    });
    expect(r.body.detail).not.toContain("secret-leak");
  });
  it("a missing body", async () => {
    await refused("POST", "/credentials", {}, /request body is required/);
  });
  it("wrong types (unknown fields are ignored: read-raw.test.ts)", async () => {
    await refused("POST", "/credentials", { body: { integration_name: 42 } }, /body.integration_name must be string/);
    await refused(
      "POST",
      "/credentials",
      { body: { integration_name: "slack", auth_data: { api_key: "x" }, make_default: "yes" } },
      /body.make_default must be boolean/,
    );
    await refused(
      "POST",
      "/credentials",
      { body: { integration_name: "slack", auth_data: {} } },
      /auth_data must NOT have fewer than 1 properties/,
    );
    await refused("POST", "/credentials", { body: [] }, /body must be object/);
    await refused(
      "POST",
      "/credentials/resolve",
      { body: { integration_name: "slack", credential_id: "nope" } },
      /credential_id must match format "uuid"/,
    );
  });
  it("invalid UUIDs in the path", async () => {
    await refused("GET", "/credentials/not-a-uuid", {}, /path parameter credential_id must match format "uuid"/);
    await refused("DELETE", "/credentials/1234", {}, /credential_id/);
  });
  it("out-of-range limit and offset", async () => {
    await refused("GET", "/audit?limit=1000", {}, /limit must be <= 500/);
    await refused("GET", `/credentials/${DEMO.credentials.acmeSlack}/audit?offset=-5`, {}, /offset must be >= 0/);
  });
  it("an oversized body", async () => {
    const huge = JSON.stringify({
      integration_name: "slack",
      display_name: "x".repeat(MAX_BODY_BYTES),
      auth_data: { api_key: "x" },
    });
    await refused(
      "POST",
      "/credentials",
      { rawBody: huge, headers: { "Content-Type": "application/json" } },
      /request body is too large/,
    );
  });
  it("an oversized streamed body with no Content-Length (answered, not left hanging)", async () => {
    const before = h.mock.state();
    const chunk = new TextEncoder().encode(" ".repeat(256 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 6) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const request = new Request("http://mock.test/credentials", {
      method: "POST",
      headers: {
        Authorization: `Bearer ${DEMO.keys.owner}`,
        "X-Organization-ID": DEMO.orgs.acme,
        "Content-Type": "application/json",
      },
      body,
      duplex: "half",
    } as RequestInit);
    const response = await h.mock.handle(request);
    expect(responseViolations("createCredential", await readResponse(response))).toEqual([]);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/request body is too large/);
    expect(h.mock.state()).toEqual(before);
  });
  it("a path whose percent-encoding does not decode: the route's own answers (401, 400, 405), never a 500", async () => {
    const before = h.mock.state();
    const send = async (method: string, path: string, headers: Record<string, string>, body?: string) =>
      h.mock.handle(
        new Request(`http://mock.test${path}`, {
          method,
          headers: { ...headers, "Content-Type": "application/json" },
          body,
        }),
      );
    const owner = { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme };
    const cases: Array<[string, string, string, string | undefined]> = [
      ["GET", "/credentials/%E0%A4%A", "getCredential", undefined],
      ["PUT", "/credentials/%ZZ", "updateCredential", JSON.stringify({ display_name: "x" })],
      ["POST", "/credentials/%ZZ/set-default", "setDefaultCredential", undefined],
      ["GET", "/integrations/%C3", "getIntegration", undefined],
    ];
    for (const [method, path, operationId, body] of cases) {
      const response = await send(method, path, owner, body);
      expect(responseViolations(operationId, await readResponse(response))).toEqual([]);
      expect(response.status, path).toBe(400);
      expect(((await response.json()) as { detail: string }).detail).toMatch(/^path parameter /);
    }
    const anonymous = await send("GET", "/credentials/%ZZ", {});
    expect(responseViolations("getCredential", await readResponse(anonymous))).toEqual([]);
    expect(anonymous.status).toBe(401);
    const otherMethod = await send("PATCH", "/credentials/%ZZ", owner);
    expect(otherMethod.status).toBe(405);
    expect(otherMethod.headers.get("allow")).toBe("GET, HEAD, PUT, DELETE");
    expect((await send("GET", "/nosuch/%ZZ", owner)).status).toBe(404);
    expect(h.mock.state()).toEqual(before);
  });
  it("deeply nested metadata (which overflowed the stack after make_default had already unset the prior default)", async () => {
    const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const rawBody = `{"integration_name": "slack", "make_default": true, "auth_data": {"api_key": "xoxb-deep-metadata-000"}, "metadata": {"a": ${nested(6000)}}}`;
    await refused(
      "POST",
      "/credentials",
      { rawBody, headers: { "Content-Type": "application/json" } },
      /nests arrays and objects deeper than 32 levels/,
    );
    await refused(
      "PUT",
      `/credentials/${DEMO.credentials.acmeSlack}`,
      { rawBody: `{"metadata": {"a": ${nested(6000)}}}`, headers: { "Content-Type": "application/json" } },
      /deeper than 32 levels/,
    );
    const fine = await h.call("PUT", `/credentials/${DEMO.credentials.acmeSlack}`, {
      ...asOwner,
      body: { metadata: { a: JSON.parse(nested(30)) } },
    });
    expect(fine.status).toBe(200);
  });
  it("a too-long secret field", async () => {
    await refused(
      "POST",
      "/credentials",
      { body: { integration_name: "slack", auth_data: { api_key: "x".repeat(4097) } } },
      /must NOT have more than 4096 characters/,
    );
  });
});

describe("property: any JSON body to a write route is answered 2xx or 4xx, never an undocumented 5xx", () => {
  const routes = [
    "/credentials",
    "/credentials/test-temporary",
    "/credentials/resolve",
    "/credentials/oauth2/authorize",
    "/credentials/oauth2/callback",
    "/members/invitations",
  ];
  it("holds for arbitrary bodies (and a refused one changes nothing)", async () => {
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          integration_name: fc.constantFrom("slack", "tavily", "jira", "openai", "nosuch", "Bad Name"),
          auth_type: fc.option(
            fc.constantFrom("oauth2", "api_key", "bearer_token", "modulex_key", "custom", "bearer", "x"),
          ),
          auth_data: fc.option(
            fc.dictionary(
              fc.constantFrom("api_key", "token", "access_token", "domain", "email", "api_token", "x"),
              fc.oneof(fc.string(), fc.integer(), fc.boolean()),
            ),
          ),
          make_default: fc.option(fc.boolean()),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async (path, payload) => {
        const before = h.mock.state();
        const r = await h.call("POST", path, { ...asOwner, body: payload });
        // The one documented 5xx: test-temporary "wraps any failure as 500 (Failed to test credential: ...)".
        if (r.status >= 500)
          expect([path, r.status, r.body.detail.startsWith("Failed to test credential: ")]).toEqual([
            "/credentials/test-temporary",
            500,
            true,
          ]);
        if (r.status >= 400) {
          expect(typeof r.body.detail).toBe("string");
          expect(h.mock.state()).toEqual(before);
        }
      }),
      { numRuns: 150 },
    );
  });
});
