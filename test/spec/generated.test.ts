// Generated files must match the spec: regenerate in memory and fail on any difference.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { OPERATIONS, check, matchOperation, responseViolations } from "@modulex/spec/contract";

describe("generation", () => {
  it("leaves no diff: every generated file matches openapi/*.yaml", () => {
    const out = execFileSync(process.execPath, ["scripts/generate.mjs", "--check"], { encoding: "utf8" });
    expect(out).toMatch(/generated files match the spec/);
  }, 60_000);

  it("validators reject what the spec forbids and accept the docs' example", () => {
    const create = OPERATIONS.createCredential!;
    const body = create.requestBody!.validator;
    expect(check(body, { integration_name: "slack", display_name: "Production Slack", make_default: true, auth_data: { api_key: "xoxb-your-slack-token" } }, "body")).toEqual([]);
    expect(check(body, { integration_name: "slack", organization_id: "x" }, "body")).toEqual(["body: unknown field 'organization_id'"]);
    expect(check(body, {}, "body")).toEqual(["body: missing required field 'integration_name'"]);
  });

  it("matches literal paths before templated ones and reports allowed methods", () => {
    expect(matchOperation("POST", "/credentials/resolve").match?.operationId).toBe("resolveCredential");
    expect(matchOperation("GET", "/credentials/3f1c2d4a-aa11-4e55-8c90-12ab34cd56ef").match?.pathParams).toEqual({ credential_id: "3f1c2d4a-aa11-4e55-8c90-12ab34cd56ef" });
    expect(matchOperation("PATCH", "/credentials").allowed.sort()).toEqual(["GET", "POST"]);
    // A malformed escape is a path parameter like any other (the server answers 400), not a throw.
    expect(matchOperation("GET", "/credentials/%ZZ").match?.pathParams).toEqual({ credential_id: "%ZZ" });
  });

  it("flags an undeclared status, a wrong body and a missing rate-limit header", () => {
    const headers = new Headers({ "content-type": "application/json" });
    expect(responseViolations("getMe", { status: 418, headers, body: {} })[0]).toMatch(/418 is not declared/);
    const v = responseViolations("listCredentials", { status: 200, headers, body: { integrations: {} } });
    expect(v.join("\n")).toMatch(/x-ratelimit-limit is missing/);
    expect(v.join("\n")).toMatch(/body/);
  });
});
