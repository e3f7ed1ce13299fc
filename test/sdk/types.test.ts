// The public types are the runtime objects: compile-time assertions (checked by `tsc`, part of
// `npm test`) plus runtime checks that what the mock returns has exactly the keys the type names.
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type {
  APIPromise,
  AuditEvent,
  Credential,
  CredentialDetail,
  CredentialGroup,
  CredentialListFlat,
  CredentialListGrouped,
  CredentialTestResult,
  Integration,
  Me,
  ModuleX,
  OAuth2Authorization,
  PagePromise,
  RotationResult,
  WithResponse,
} from "../../packages/sdk/src/index.js";
import { DEMO, startMock, type MockEnv } from "./harness.js";

// Every key of each type, as a runtime list; the expectTypeOf lines fail to compile if a list
// misses a key or names one the type does not have.
const credentialKeys = [
  "credentialId",
  "integrationName",
  "integrationType",
  "displayName",
  "authType",
  "isDefault",
  "createdAt",
  "updatedAt",
  "lastUsedAt",
  "expiresAt",
  "credentialsMetadata",
] as const;
const detailKeys = [...credentialKeys, "organizationId", "createdBy", "createdByEmail", "authDataMasked"] as const;
const groupedKeys = ["integrations", "totalCredentials", "totalIntegrations", "filters"] as const;
const groupKeys = ["integrationName", "integrationType", "logo", "credentials", "totalCount", "authTypes"] as const;
const flatKeys = ["integrationName", "credentials", "totalCount", "limit", "offset", "filters"] as const;
const meKeys = ["userId", "email", "name", "isActive", "authMethod", "apiKeyId", "memberships"] as const;
const integrationKeys = [
  "integrationName",
  "displayName",
  "integrationType",
  "description",
  "logo",
  "authTypes",
  "testEndpoint",
  "customFields",
] as const;
const auditKeys = [
  "auditId",
  "organizationId",
  "credentialId",
  "integrationName",
  "operation",
  "actorUserId",
  "actorEmail",
  "authMethod",
  "occurredAt",
  "details",
] as const;
const testResultKeys = [
  "isValid",
  "message",
  "testedAt",
  "testMethod",
  "integrationName",
  "authType",
  "testEndpoint",
  "statusCode",
  "costLevel",
  "credentialId",
] as const;
const authorizationKeys = ["authorizationUrl", "state", "expiresAt"] as const;

describe("public types (compile time)", () => {
  it("list exactly the keys of each type", () => {
    expectTypeOf<(typeof credentialKeys)[number]>().toEqualTypeOf<keyof Credential>();
    expectTypeOf<(typeof detailKeys)[number]>().toEqualTypeOf<keyof CredentialDetail>();
    expectTypeOf<(typeof groupedKeys)[number]>().toEqualTypeOf<keyof CredentialListGrouped>();
    expectTypeOf<(typeof groupKeys)[number]>().toEqualTypeOf<keyof CredentialGroup>();
    expectTypeOf<(typeof flatKeys)[number]>().toEqualTypeOf<keyof CredentialListFlat>();
    expectTypeOf<(typeof meKeys)[number]>().toEqualTypeOf<keyof Me>();
    expectTypeOf<(typeof integrationKeys)[number]>().toEqualTypeOf<keyof Integration>();
    expectTypeOf<(typeof auditKeys)[number]>().toEqualTypeOf<keyof AuditEvent>();
    expectTypeOf<(typeof testResultKeys)[number]>().toEqualTypeOf<keyof CredentialTestResult>();
    expectTypeOf<(typeof authorizationKeys)[number]>().toEqualTypeOf<keyof OAuth2Authorization>();
  });

  it("types fields as the spec does: nullable timestamps, enums, free-form maps", () => {
    expectTypeOf<Credential["lastUsedAt"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Credential["authType"]>().toEqualTypeOf<
      "oauth2" | "api_key" | "bearer_token" | "modulex_key" | "custom"
    >();
    expectTypeOf<Credential["credentialsMetadata"]>().toEqualTypeOf<{ [key: string]: unknown } | null>();
    expectTypeOf<CredentialListGrouped["integrations"]>().toEqualTypeOf<{ [key: string]: CredentialGroup }>();
    expectTypeOf<CredentialTestResult["credentialId"]>().toEqualTypeOf<string | undefined>();
  });

  it("gives every method camelCase parameters and typed results", () => {
    type Mx = ModuleX;
    expectTypeOf<Mx["credentials"]["create"]>().parameter(0).toHaveProperty("integrationName");
    expectTypeOf<Mx["credentials"]["create"]>()
      .parameter(0)
      .toHaveProperty("makeDefault")
      .toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Mx["credentials"]["create"]>().returns.toEqualTypeOf<APIPromise<Credential>>();
    expectTypeOf<Mx["credentials"]["delete"]>().returns.toEqualTypeOf<APIPromise<void>>();
    expectTypeOf<Mx["credentials"]["rotate"]>().returns.toEqualTypeOf<Promise<RotationResult>>();
    expectTypeOf<Mx["audit"]["list"]>().returns.toEqualTypeOf<
      PagePromise<{ events: AuditEvent[]; total: number; limit: number; offset: number }, AuditEvent>
    >();
    expectTypeOf<ReturnType<Mx["me"]["retrieve"]>["withResponse"]>().returns.toEqualTypeOf<Promise<WithResponse<Me>>>();

    const compileOnly = (mx: ModuleX, maybe: string | undefined) => {
      // The documented shapes: grouped without integrationName, flat with it.
      expectTypeOf(mx.credentials.list()).toEqualTypeOf<PagePromise<CredentialListGrouped, Credential>>();
      expectTypeOf(mx.credentials.list({ authType: "oauth2" })).toEqualTypeOf<
        PagePromise<CredentialListGrouped, Credential>
      >();
      expectTypeOf(mx.credentials.list({ integrationName: "slack" })).toEqualTypeOf<
        PagePromise<CredentialListFlat, Credential>
      >();
      expectTypeOf(mx.credentials.list({ integrationName: maybe })).toEqualTypeOf<
        PagePromise<CredentialListGrouped | CredentialListFlat, Credential>
      >();
      // @ts-expect-error wire (snake_case) names are not accepted
      void mx.credentials.create({ integration_name: "slack" });
      // @ts-expect-error query parameters are camelCase too
      void mx.credentials.list({ auth_type: "oauth2" });
      // @ts-expect-error enums are checked
      void mx.credentials.list({ authType: "password" });
      // @ts-expect-error update takes only displayName and metadata
      void mx.credentials.update("id", { authData: { api_key: "x" } });
      // Map keys are free: any key, as the user writes it.
      void mx.credentials.create({
        integrationName: "jira",
        authType: "custom",
        authData: { api_token: "t" },
        metadata: { Team_Name: "Ops" },
      });
      // The raw client speaks the wire format.
      void mx.raw.GET("/credentials", { params: { query: { integration_name: "slack" } } });
      // @ts-expect-error and only the wire format
      void mx.raw.GET("/credentials", { params: { query: { integrationName: "slack" } } });
    };
    expect(compileOnly).toBeTypeOf("function");
  });
});

describe("public types (runtime): what the mock returns has exactly the typed keys", () => {
  let env: MockEnv;
  let mx: ModuleX;
  beforeAll(async () => {
    env = await startMock();
    mx = env.client();
  });
  const sorted = (keys: readonly string[]) => [...keys].sort();
  const keysOf = (value: object) => Object.keys(value).sort();

  it("credentials: item, detail, grouped and flat lists, test result", async () => {
    const created = await mx.credentials.create({
      integrationName: "slack",
      authData: { api_key: "xoxb-type-test-0001" },
      metadata: { Team_Name: "x" },
    });
    expect(keysOf(created)).toEqual(sorted(credentialKeys));
    expect(keysOf(await mx.credentials.retrieve(created.credentialId, { includeMasked: true }))).toEqual(
      sorted(detailKeys),
    );

    const grouped = await mx.credentials.list();
    expect(keysOf(grouped)).toEqual(sorted(groupedKeys));
    for (const group of Object.values(grouped.integrations)) {
      expect(keysOf(group)).toEqual(sorted(groupKeys));
      for (const credential of group.credentials) expect(keysOf(credential)).toEqual(sorted(credentialKeys));
    }
    const flat = await mx.credentials.list({ integrationName: "slack" });
    expect(keysOf(flat)).toEqual(sorted(flatKeys));
    expect(keysOf(await mx.credentials.test(created.credentialId))).toEqual(sorted(testResultKeys));
    expect(
      keysOf(await mx.credentials.oauth2.start({ integrationName: "github", redirectUri: "https://app.test/cb" })),
    ).toEqual(sorted(authorizationKeys));
  });

  it("me, integrations, audit events", async () => {
    expect(keysOf(await mx.me.retrieve())).toEqual(sorted(meKeys));
    for (const integration of (await mx.integrations.list()).integrations)
      expect(keysOf(integration)).toEqual(sorted(integrationKeys));
    await mx.credentials.delete(DEMO.credentials.acmeTavily);
    const { events } = await mx.audit.list();
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(keysOf(event)).toEqual(sorted(auditKeys));
  });
});
