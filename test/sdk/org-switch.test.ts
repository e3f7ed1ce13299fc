// withOrganization: one person, two organizations, no leakage either way.
import { beforeEach, describe, expect, it } from "vitest";
import {
  ModuleXError,
  NotFoundError,
  PermissionDeniedError,
  type Credential,
  type CredentialList,
  type ModuleX,
} from "../../packages/sdk/src/index.js";
import { DEMO, startMock, type MockEnv } from "./harness.js";

let env: MockEnv;
let acme: ModuleX;
let globex: ModuleX;
let requestsSent: number;

beforeEach(async () => {
  env = await startMock();
  requestsSent = 0;
  // Olive: owner of Acme, admin of Globex, with one API key that is not locked to either.
  acme = env.client({ logger: (e) => void (e.type === "request" && requestsSent++) });
  globex = acme.withOrganization(DEMO.orgs.globex);
});

const credentialsOf = (page: CredentialList): Credential[] =>
  "integrations" in page ? Object.values(page.integrations).flatMap((g) => g.credentials) : page.credentials;

describe("withOrganization", () => {
  it("each client sees only its organization's credentials, even when used concurrently", async () => {
    const [a, g] = await Promise.all([acme.credentials.list(), globex.credentials.list()]);
    const acmeIds = credentialsOf(a).map((c) => c.credentialId);
    const globexIds = credentialsOf(g).map((c) => c.credentialId);
    expect(acmeIds).toContain(DEMO.credentials.acmeSlack);
    expect(globexIds.sort()).toEqual([DEMO.credentials.globexSlack, DEMO.credentials.globexAnthropic].sort());
    expect(acmeIds.filter((id) => globexIds.includes(id))).toEqual([]);
    expect([acme.organizationId, globex.organizationId]).toEqual([DEMO.orgs.acme, DEMO.orgs.globex]);
  });

  it("a credential created in one organization is invisible (404, like a missing one) from the other", async () => {
    const created = await globex.credentials.create({
      integrationName: "tavily",
      authData: { api_key: "tvly-globex-only" },
    });
    await expect(acme.credentials.retrieve(created.credentialId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acme.credentials.delete(created.credentialId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(globex.credentials.retrieve(DEMO.credentials.acmeSlack)).rejects.toBeInstanceOf(NotFoundError);
    expect((await globex.credentials.retrieve(created.credentialId)).organizationId).toBe(DEMO.orgs.globex);
    // Resolution stays in-org: Acme's Slack default is not Globex's.
    expect((await globex.credentials.resolve({ integrationName: "slack" })).credential.credentialId).toBe(
      DEMO.credentials.globexSlack,
    );
    expect((await acme.credentials.resolve({ integrationName: "slack" })).credential.credentialId).toBe(
      DEMO.credentials.acmeSlack,
    );
    // The audit logs are separate too.
    const globexAudit = (await globex.audit.list()).events;
    expect(globexAudit.map((e) => e.credentialId)).toContain(created.credentialId);
    expect(globexAudit.every((e) => e.organizationId === DEMO.orgs.globex)).toBe(true);
    expect((await acme.audit.list({ credentialId: created.credentialId })).events).toEqual([]);
  });

  it("roles follow the organization: Olive may not remove Globex's owner (admin there), but is owner in Acme", async () => {
    await expect(globex.members.remove(DEMO.users.outsider.userId)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(acme.members.remove(DEMO.users.admin.userId)).resolves.toBeUndefined();
  });

  it("a key locked to Acme is refused in Globex", async () => {
    const ada = env.client({ apiKey: DEMO.keys.admin });
    expect((await ada.credentials.list({ integrationName: "slack" })).filters).toEqual({ authType: null });
    await expect(ada.withOrganization(DEMO.orgs.globex).credentials.list()).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
  });

  it("without an organization, org-scoped calls fail before any request; user-scoped ones work", async () => {
    const none = env.client({
      organizationId: undefined,
      logger: (e) => void (e.type === "request" && requestsSent++),
    });
    const error = await none.credentials.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModuleXError);
    expect((error as Error).message).toMatch(/organizationId|withOrganization/);
    expect(requestsSent).toBe(0);
    expect((await none.organizations.list()).total).toBe(2);
    expect(requestsSent).toBe(1);
  });
});
