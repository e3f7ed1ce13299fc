// Every credentials method (and the OAuth2 connect flow) through the SDK, against the mock.
import { beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, InternalServerError, NotFoundError, type ModuleX } from "../../packages/sdk/src/index.js";
import { BASE_URL, DEMO, startMock, type MockEnv } from "./harness.js";

let env: MockEnv;
let mx: ModuleX;
beforeEach(async () => {
  env = await startMock();
  mx = env.client();
});

describe("credentials", () => {
  it("create → retrieve (masked) → update → delete, camelCase out, snake_case on the wire", async () => {
    const created = await mx.credentials.create({
      integrationName: "slack",
      displayName: "Production Slack",
      makeDefault: true,
      authData: { api_key: "xoxb-your-slack-token" },
      metadata: { Team_Name: "Platform", cost_center: 42 },
    });
    expect(created).toMatchObject({
      integrationName: "slack",
      authType: "api_key",
      isDefault: true,
      credentialsMetadata: { Team_Name: "Platform", cost_center: 42 },
    });

    const detail = await mx.credentials.retrieve(created.credentialId, { includeMasked: true });
    expect(detail).toMatchObject({
      organizationId: DEMO.orgs.acme,
      createdBy: DEMO.users.owner.userId,
      authDataMasked: { api_key: "xoxb***oken" },
    });
    expect(JSON.stringify(detail)).not.toContain("xoxb-your-slack-token");
    expect((await mx.credentials.retrieve(created.credentialId)).authDataMasked).toBe("xoxb***oken");

    const updated = await mx.credentials.update(created.credentialId, {
      displayName: "Production Slack (EU)",
      metadata: { Team_Name: "EU" },
    });
    expect(updated).toMatchObject({ displayName: "Production Slack (EU)", credentialsMetadata: { Team_Name: "EU" } });

    await expect(mx.credentials.delete(created.credentialId)).resolves.toBeUndefined();
    await expect(mx.credentials.retrieve(created.credentialId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("create rejects auth data that does not fit the integration (400, nothing stored)", async () => {
    const error = await mx.credentials
      .create({ integrationName: "tavily", authType: "oauth2", authData: { access_token: "x" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).requestId).toBeTypeOf("string");
  });

  it("test: valid, and expired credentials answer is_valid false", async () => {
    expect(await mx.credentials.test(DEMO.credentials.acmeSlack)).toMatchObject({
      isValid: true,
      credentialId: DEMO.credentials.acmeSlack,
      integrationName: "slack",
    });
    expect(await mx.credentials.test(DEMO.credentials.acmeNotionExpired)).toMatchObject({
      isValid: false,
      message: "Credential has expired",
    });
  });

  it("testTemporary: validates before saving and stores nothing", async () => {
    const before = (await mx.credentials.list()).totalCredentials;
    expect(
      await mx.credentials.testTemporary({
        integrationName: "tavily",
        authType: "api_key",
        authData: { api_key: "tvly-your-key" },
      }),
    ).toMatchObject({ isValid: true, testMethod: "api_call" });
    expect(
      await mx.credentials.testTemporary({
        integrationName: "tavily",
        authType: "api_key",
        authData: { api_key: "wrong-prefix" },
      }),
    ).toMatchObject({ isValid: false });
    expect((await mx.credentials.list()).totalCredentials).toBe(before);
  });

  it("setDefault moves the default; resolve says which rule chose the credential; usage counts resolutions", async () => {
    const second = await mx.credentials.create({
      integrationName: "slack",
      displayName: "Backup Slack",
      authData: { api_key: "xoxb-backup-token-0001" },
    });
    expect((await mx.credentials.resolve({ integrationName: "slack" })).credential.credentialId).toBe(
      DEMO.credentials.acmeSlack,
    );

    expect(await mx.credentials.setDefault(second.credentialId)).toMatchObject({
      credentialId: second.credentialId,
      isDefault: true,
    });
    expect((await mx.credentials.retrieve(DEMO.credentials.acmeSlack)).isDefault).toBe(false);
    const resolution = await mx.credentials.resolve({ integrationName: "slack" });
    expect(resolution).toMatchObject({
      resolvedBy: "default",
      credential: { credentialId: second.credentialId, authDataMasked: "xoxb***0001" },
    });
    expect(
      await mx.credentials.resolve({ integrationName: "slack", credentialId: DEMO.credentials.acmeSlack }),
    ).toMatchObject({ resolvedBy: "explicit" });

    const usage = await mx.credentials.usage(second.credentialId);
    expect(usage).toMatchObject({ credentialId: second.credentialId, usageCount: 1 });
    expect(usage.lastUsedAt).not.toBeNull();
  });

  it("refreshOAuth2 is deprecated: the server answers 400 and says to reconnect", async () => {
    const error = await mx.credentials.refreshOAuth2(DEMO.credentials.acmeGithub).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).detail).toMatch(/reconnect/i);
  });

  it("a 500 from the test wrapper surfaces as InternalServerError (POST: not retried)", async () => {
    let requests = 0;
    const error = await env
      .client({ logger: (e) => void (e.type === "request" && requests++) })
      .credentials.testTemporary({
        integrationName: "slack",
        authType: "api_key",
        authData: { api_key: "xoxb-unreachable-0001" },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).detail).toMatch(/^Failed to test credential/);
    expect(requests).toBe(1);
  });
});

describe("raw", () => {
  it("reaches the wire format with the client's auth, organization header and error statuses as data", async () => {
    const { data, response } = await mx.raw.GET("/credentials/{credential_id}", {
      params: { path: { credential_id: DEMO.credentials.acmeJira }, query: { include_masked: true } },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      credential_id: DEMO.credentials.acmeJira,
      credentials_metadata: { Team_Name: "Ops" },
      organization_id: DEMO.orgs.acme,
    });
    const missing = await mx.raw.GET("/credentials/{credential_id}", {
      params: { path: { credential_id: DEMO.credentials.globexSlack } },
    });
    expect([missing.response.status, missing.error]).toEqual([404, { detail: "Credential not found" }]);
  });
});

describe("credentials.oauth2", () => {
  it("start → provider consent → complete creates the oauth2 credential", async () => {
    const redirectUri = "https://app.example.com/oauth/callback";
    const started = await mx.credentials.oauth2.start({
      integrationName: "github",
      redirectUri,
      displayName: "Connected GitHub",
      makeDefault: true,
    });
    const authorizationUrl = new URL(started.authorizationUrl);
    expect(authorizationUrl.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorizationUrl.searchParams.get("state")).toBe(started.state);
    expect(authorizationUrl.searchParams.has("code_verifier")).toBe(false);

    // The user consents at the provider (the mock plays it), which redirects back with code and state.
    const consent = await env.fetch(new URL(authorizationUrl.pathname + authorizationUrl.search, BASE_URL), {
      redirect: "manual",
    });
    expect(consent.status).toBe(302);
    const back = new URL(consent.headers.get("location")!);
    expect(back.origin + back.pathname).toBe(redirectUri);

    const credential = await mx.credentials.oauth2.complete({
      state: back.searchParams.get("state")!,
      code: back.searchParams.get("code")!,
    });
    expect(credential).toMatchObject({
      integrationName: "github",
      authType: "oauth2",
      displayName: "Connected GitHub",
      isDefault: true,
    });
    // state is single-use.
    await expect(
      mx.credentials.oauth2.complete({ state: started.state, code: back.searchParams.get("code")! }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });
});
