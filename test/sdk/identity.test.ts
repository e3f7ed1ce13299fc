// Identity, members, API keys and the integrations catalog through the SDK, against the mock.
import { beforeEach, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  type ModuleX,
} from "../../packages/sdk/src/index.js";
import { DEMO, startMock, type MockEnv } from "./harness.js";

let env: MockEnv;
let mx: ModuleX;
beforeEach(async () => {
  env = await startMock();
  mx = env.client();
});

describe("me", () => {
  it("retrieve: the caller, how they authenticated and every membership", async () => {
    const me = await mx.me.retrieve();
    expect(me).toMatchObject({
      userId: DEMO.users.owner.userId,
      email: "owner@acme.test",
      isActive: true,
      authMethod: "api_key",
      apiKeyId: DEMO.apiKeyIds.owner,
    });
    expect(me.memberships).toEqual(
      expect.arrayContaining([
        { organizationId: DEMO.orgs.acme, organizationName: "Acme", role: "owner" },
        { organizationId: DEMO.orgs.globex, organizationName: "Globex", role: "admin" },
      ]),
    );
  });
});

describe("organizations", () => {
  it("list: the caller's organizations with roles", async () => {
    const { organizations, total } = await mx.organizations.list();
    expect(total).toBe(2);
    expect(organizations.map((o) => [o.name, o.role]).sort()).toEqual([
      ["Acme", "owner"],
      ["Globex", "admin"],
    ]);
  });

  it("create: needs a person's sign-in; the creator becomes owner", async () => {
    await expect(mx.organizations.create({ name: "Acme Labs" })).rejects.toBeInstanceOf(PermissionDeniedError);
    const olive = env.client({
      apiKey: undefined,
      token: await env.signIn(DEMO.users.owner.email),
      organizationId: undefined,
    });
    const labs = await olive.organizations.create({ name: "Acme Labs" });
    expect(labs).toMatchObject({ name: "Acme Labs", role: "owner" });
    expect((await olive.organizations.list()).organizations.map((o) => o.organizationId)).toContain(
      labs.organizationId,
    );
    // The new organization is usable at once through withOrganization.
    expect((await olive.withOrganization(labs.organizationId).members.list()).members.map((m) => m.email)).toEqual([
      DEMO.users.owner.email,
    ]);
  });
});

describe("members", () => {
  it("list, invite (pending or accepted; 409 when repeated) and remove", async () => {
    const before = await mx.members.list();
    expect(before.members.map((m) => m.email)).toEqual(
      expect.arrayContaining([DEMO.users.owner.email, DEMO.users.admin.email]),
    );

    expect(await mx.members.invite({ email: "newcomer@acme.test" })).toMatchObject({
      email: "newcomer@acme.test",
      role: "admin",
      status: "pending",
      organizationId: DEMO.orgs.acme,
    });
    expect(await mx.members.invite({ email: DEMO.users.outsider.email })).toMatchObject({ status: "accepted" });
    await expect(mx.members.invite({ email: "newcomer@acme.test" })).rejects.toBeInstanceOf(ConflictError);

    await expect(mx.members.remove(DEMO.users.admin.userId)).resolves.toBeUndefined();
    expect((await mx.members.list()).members.map((m) => m.userId)).not.toContain(DEMO.users.admin.userId);
    await expect(mx.members.remove(DEMO.users.admin.userId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("remove: the last owner cannot be removed (409)", async () => {
    const error = await mx.members.remove(DEMO.users.owner.userId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).detail).toMatch(/last owner/i);
  });
});

describe("apiKeys", () => {
  it("an API key cannot manage keys; a person's JWT can", async () => {
    await expect(mx.apiKeys.list()).rejects.toBeInstanceOf(PermissionDeniedError);
  });

  it("create (shown once, locked to an organization), list, retrieve, delete (stops working at once)", async () => {
    const olive = env.client({ apiKey: undefined, token: await env.signIn(DEMO.users.owner.email) });
    const created = await olive.apiKeys.create({ name: "ci", organizationId: DEMO.orgs.acme, expiresInSeconds: 3600 });
    expect(created).toMatchObject({
      name: "ci",
      organizationId: DEMO.orgs.acme,
      prefix: created.key.slice(0, 12),
      lastUsedAt: null,
    });
    expect(created.key).toMatch(/^mx_live_[A-Za-z0-9]{43,}$/);

    const ci = env.client({ apiKey: created.key });
    expect((await ci.me.retrieve()).apiKeyId).toBe(created.apiKeyId);
    // Locked to Acme: Globex refuses it.
    await expect(ci.withOrganization(DEMO.orgs.globex).credentials.list()).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );

    const { apiKeys } = await olive.apiKeys.list();
    expect(apiKeys.map((k) => k.apiKeyId)).toContain(created.apiKeyId);
    expect(apiKeys.every((k) => !("key" in k))).toBe(true);
    const fetched = await olive.apiKeys.retrieve(created.apiKeyId);
    expect(fetched).toMatchObject({ apiKeyId: created.apiKeyId, name: "ci" });
    expect(fetched.lastUsedAt).not.toBeNull();

    await olive.apiKeys.delete(created.apiKeyId);
    await expect(ci.me.retrieve()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(olive.apiKeys.retrieve(created.apiKeyId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("integrations", () => {
  it("list (filtered by type) and retrieve (custom fields; 404 for an unknown name)", async () => {
    const { integrations } = await mx.integrations.list({ integrationType: "knowledge_provider" });
    expect(integrations.map((i) => i.integrationName).sort()).toEqual(["google_drive", "notion"]);
    expect(integrations.every((i) => i.integrationType === "knowledge_provider")).toBe(true);

    const jira = await mx.integrations.retrieve("jira");
    expect(jira.authTypes).toEqual(expect.arrayContaining(["custom", "oauth2"]));
    expect(jira.customFields?.map((f) => [f.name, f.secret])).toEqual(
      expect.arrayContaining([
        ["api_token", true],
        ["domain", false],
      ]),
    );
    await expect(mx.integrations.retrieve("no_such_tool")).rejects.toBeInstanceOf(NotFoundError);
  });
});
