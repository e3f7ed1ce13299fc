// Generated files must match the spec: regenerate in memory and fail on any difference.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { OPERATIONS, check, matchOperation, responseViolations } from "@modulex/spec/contract";

describe("generation", () => {
  it("leaves no diff: every generated file matches openapi/*.yaml", () => {
    const out = execFileSync(process.execPath, ["scripts/generate/main.mjs", "--check"], { encoding: "utf8" });
    expect(out).toMatch(/generated files match the spec/);
  }, 60_000);

  it("validators reject what the spec forbids and accept the docs' example", () => {
    const create = OPERATIONS.createCredential!;
    const body = create.requestBody!.validator;
    expect(
      check(
        body,
        {
          integration_name: "slack",
          display_name: "Production Slack",
          make_default: true,
          auth_data: { api_key: "xoxb-your-slack-token" },
        },
        "body",
      ),
    ).toEqual([]);
    // The body is read raw: an unknown top-level field is not a schema violation (the mock ignores it, or refuses it in strict mode).
    expect(check(body, { integration_name: "slack", organization_id: "x" }, "body")).toEqual([]);
    expect(create.requestBody!.fields).toEqual([
      "integration_name",
      "auth_data",
      "auth_type",
      "oauth_config",
      "display_name",
      "metadata",
      "make_default",
      "expires_at",
    ]);
    // Timestamps: the docs' zoneless form and RFC 3339 with a zone; not a date alone or a made-up month.
    const stamp = OPERATIONS.createCredential!.responses["201"]!.validator!;
    const created = {
      credential_id: "3f1c2d4a-aa11-4e55-8c90-12ab34cd56ef",
      integration_name: "slack",
      integration_type: "tool",
      display_name: "x",
      auth_type: "api_key",
      is_default: false,
      updated_at: "2026-01-19T12:00:00",
      last_used_at: null,
      expires_at: null,
      credentials_metadata: null,
    };
    for (const ok of [
      "2026-01-19T12:00:00",
      "2026-01-19T12:00:00.123456",
      "2026-01-19T12:00:00Z",
      "2026-01-19T13:00:00+01:00",
    ])
      expect(check(stamp, { ...created, created_at: ok }, "body"), ok).toEqual([]);
    for (const bad of ["2026-01-19", "2026-13-19T12:00:00", "19/01/2026 12:00", "2026-01-19T12:00:00 UTC"])
      expect(check(stamp, { ...created, created_at: bad }, "body"), bad).not.toEqual([]);
    expect(check(body, {}, "body")).toEqual(["body: missing required field 'integration_name'"]);
  });

  it("matches literal paths before templated ones and reports allowed methods", () => {
    expect(matchOperation("POST", "/credentials/resolve").match?.operationId).toBe("resolveCredential");
    expect(matchOperation("GET", "/credentials/3f1c2d4a-aa11-4e55-8c90-12ab34cd56ef").match?.pathParams).toEqual({
      credential_id: "3f1c2d4a-aa11-4e55-8c90-12ab34cd56ef",
    });
    expect(matchOperation("PATCH", "/credentials").allowed.sort()).toEqual(["GET", "POST"]);
    // A malformed escape is a path parameter like any other (the server answers 400), not a throw.
    expect(matchOperation("GET", "/credentials/%ZZ").match?.pathParams).toEqual({ credential_id: "%ZZ" });
  });

  it("flags an undeclared status, a wrong body and a 429 without its rate-limit headers (optional elsewhere: the limiter is fail-open)", () => {
    const headers = new Headers({ "content-type": "application/json" });
    expect(responseViolations("getMe", { status: 418, headers, body: {} })[0]).toMatch(/418 is not declared/);
    const v = responseViolations("listCredentials", { status: 200, headers, body: { integrations: {} } });
    expect(v.join("\n")).not.toMatch(/x-ratelimit/);
    expect(v.join("\n")).toMatch(/body/);
    const limited = responseViolations("listCredentials", {
      status: 429,
      headers,
      body: { detail: { message: "m", limit: 1, remaining: 0, reset: 1, retry_after: 1 } },
    });
    expect(limited.join("\n")).toMatch(/x-ratelimit-limit is missing/);
    expect(limited.join("\n")).toMatch(/retry-after is missing/);
  });
});
