// The operation inventory of issue #2: an operation cannot silently disappear from the spec.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const spec = parse(readFileSync(new URL("../../openapi/modulex.yaml", import.meta.url), "utf8"));
const METHODS = ["get", "put", "post", "delete", "patch"] as const;
const ops = Object.entries(spec.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
  METHODS.filter((m) => item[m]).map((m) => ({ path, method: m.toUpperCase(), op: item[m], item })),
);

const EXPECTED: Record<string, [string, string]> = {
  getMe: ["GET", "/me"],
  listOrganizations: ["GET", "/organizations"],
  createOrganization: ["POST", "/organizations"],
  listMembers: ["GET", "/members"],
  createMemberInvitation: ["POST", "/members/invitations"],
  deleteMember: ["DELETE", "/members/{user_id}"],
  createApiKey: ["POST", "/api-keys"],
  listApiKeys: ["GET", "/api-keys"],
  getApiKey: ["GET", "/api-keys/{api_key_id}"],
  deleteApiKey: ["DELETE", "/api-keys/{api_key_id}"],
  listIntegrations: ["GET", "/integrations"],
  getIntegration: ["GET", "/integrations/{integration_name}"],
  listCredentials: ["GET", "/credentials"],
  createCredential: ["POST", "/credentials"],
  getCredential: ["GET", "/credentials/{credential_id}"],
  updateCredential: ["PUT", "/credentials/{credential_id}"],
  deleteCredential: ["DELETE", "/credentials/{credential_id}"],
  testTemporaryCredential: ["POST", "/credentials/test-temporary"],
  testCredential: ["POST", "/credentials/{credential_id}/test"],
  setDefaultCredential: ["POST", "/credentials/{credential_id}/set-default"],
  listCredentialAudit: ["GET", "/credentials/{credential_id}/audit"],
  getCredentialUsage: ["GET", "/credentials/{credential_id}/usage"],
  refreshCredentialOAuth2: ["POST", "/credentials/{credential_id}/oauth2/refresh"],
  authorizeCredentialOAuth2: ["POST", "/credentials/oauth2/authorize"],
  completeCredentialOAuth2: ["POST", "/credentials/oauth2/callback"],
  resolveCredential: ["POST", "/credentials/resolve"],
  listAuditEvents: ["GET", "/audit"],
};
const USER_SCOPED = new Set([
  "getMe",
  "listOrganizations",
  "createOrganization",
  "createApiKey",
  "listApiKeys",
  "getApiKey",
  "deleteApiKey",
  "listIntegrations",
  "getIntegration",
]);

function resolve(obj: any): any {
  if (!obj?.$ref) return obj;
  return (obj.$ref as string)
    .slice(2)
    .split("/")
    .reduce((o: any, k: string) => o[k], spec);
}

describe("openapi/modulex.yaml operation inventory", () => {
  it("has exactly the operations of issue #2, each at its method and path", () => {
    const actual = Object.fromEntries(ops.map(({ op, method, path }) => [op.operationId, [method, path]]));
    expect(actual).toEqual(EXPECTED);
  });

  it.each(Object.keys(EXPECTED))(
    "%s has a tag, summary, description, a 4xx and a schema for every JSON response",
    (id) => {
      const { op } = ops.find((o) => o.op.operationId === id)!;
      expect(op.tags?.length).toBe(1);
      expect(op.summary).toBeTruthy();
      expect(op.description.length).toBeGreaterThan(20);
      const statuses = Object.keys(op.responses);
      expect(statuses.some((s) => s.startsWith("4"))).toBe(true);
      expect(statuses).not.toContain("402");
      for (const s of statuses) {
        const r = resolve(op.responses[s]);
        if (s === "204") expect(r.content).toBeUndefined();
        else expect(r.content?.["application/json"]?.schema).toBeTruthy();
      }
    },
  );

  it("declares X-Organization-ID on exactly the org-scoped operations", () => {
    for (const { op, item } of ops) {
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
      const hasOrg = params.some((p: any) => p.in === "header" && p.name === "X-Organization-ID" && p.required);
      expect([op.operationId, hasOrg]).toEqual([op.operationId, !USER_SCOPED.has(op.operationId)]);
    }
  });

  it("marks the OAuth2 refresh route deprecated and says to reconnect", () => {
    const { op } = ops.find((o) => o.op.operationId === "refreshCredentialOAuth2")!;
    expect(op.deprecated).toBe(true);
    expect(op.description).toMatch(/reconnect/i);
  });

  it("answers 429 with Retry-After and the rate-limit headers, and an object detail", () => {
    const r = spec.components.responses.TooManyRequests;
    expect(Object.keys(r.headers)).toEqual(
      expect.arrayContaining(["Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"]),
    );
    const detail = spec.components.schemas.RateLimitError.properties.detail;
    expect(detail.required).toEqual(["message", "limit", "remaining", "reset", "retry_after"]);
  });

  it("lists exactly the eight documented audit operations", () => {
    expect(spec.components.schemas.AuditOperation.enum).toEqual([
      "CREDENTIAL_CREATED",
      "CREDENTIAL_UPDATED",
      "CREDENTIAL_DELETED",
      "CREDENTIAL_ROTATED",
      "CREDENTIAL_REVOKED",
      "CREDENTIAL_ACTIVATED",
      "CREDENTIAL_DEACTIVATED",
      "MCP_DISCOVERY_REFRESHED",
    ]);
  });

  it("marks every free-form map with x-modulex-map", () => {
    const s = spec.components.schemas;
    expect(s.Metadata["x-modulex-map"]).toBe("opaque");
    expect(s.AuthData["x-modulex-map"]).toBe("opaque");
    expect(s.MaskedAuthData["x-modulex-map"]).toBe("opaque");
    expect(s.Credential.properties.credentials_metadata["x-modulex-map"]).toBe("opaque");
    expect(s.CredentialListGrouped.properties.integrations["x-modulex-map"]).toBe("keyed");
  });

  it("names both servers", () => {
    expect(spec.servers.map((s: any) => s.url)).toEqual(["https://api.modulex.dev", "http://127.0.0.1:4010"]);
  });
});

describe("for tools that read examples (Dredd, Portman)", () => {
  const resolve = (p: any) =>
    p.$ref
      ? p.$ref
          .split("/")
          .slice(1)
          .reduce((o: any, k: string) => o[k], spec)
      : p;
  it("every path parameter has an example", () => {
    const missing = ops.flatMap(({ path, method, op, item }) =>
      [...(item.parameters ?? []), ...(op.parameters ?? [])]
        .map(resolve)
        .filter((p) => p.in === "path" && p.example === undefined && resolve(p.schema).example === undefined)
        .map((p) => `${method} ${path} ${p.name}`),
    );
    expect(missing).toEqual([]);
  });
  it("every 401 declares WWW-Authenticate (RFC 9110)", () => {
    const without = ops
      .filter(({ op }) => !resolve(op.responses["401"] ?? {}).headers?.["WWW-Authenticate"])
      .map(({ method, path }) => `${method} ${path}`);
    expect(without).toEqual([]);
  });
});
