// The test endpoints follow deterministic, documented rules per integration (mock-server/README.md).
import { beforeEach, describe, expect, it } from "vitest";
import { asOwner, DEMO, harness, START, type Harness, wireTime } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

const temp = (body: unknown) => h.call("POST", "/credentials/test-temporary", { ...asOwner, body });

describe("POST /credentials/test-temporary", () => {
  it("accepts a key of the integration's shape: the docs' Tavily example", async () => {
    const r = await temp({ integration_name: "tavily", auth_type: "api_key", auth_data: { api_key: "tvly-your-key" } });
    expect(r.body).toEqual({
      is_valid: true,
      message: "Credential is valid for tavily (test cost: minimal)",
      tested_at: wireTime(START),
      test_method: "api_call",
      integration_name: "tavily",
      auth_type: "api_key",
      test_endpoint: "https://api.tavily.com/search",
      status_code: 200,
      cost_level: "minimal",
    });
  });
  it.each([
    ["tavily", { api_key: "sk-not-tavily" }, false],
    ["openai", { api_key: "sk-proj-abc" }, true],
    ["openai", { api_key: "tvly-abc" }, false],
    ["anthropic", { api_key: "sk-ant-abc" }, true],
    ["anthropic", { api_key: "sk-abc" }, false],
    ["slack", { api_key: "xoxb-1" }, true],
    ["slack", { api_key: "bot-1" }, false],
    ["github", { token: "ghp_abc" }, true],
    ["slack", { api_key: "xoxb-invalid-1" }, false],
  ])("%s %j → is_valid %s", async (integration_name, auth_data, valid) => {
    const auth_type = "api_key" in auth_data ? "api_key" : "bearer_token";
    const r = await temp({ integration_name, auth_type, auth_data });
    expect(r.body.is_valid).toBe(valid);
    if (!valid) expect(r.body).toMatchObject({ status_code: 401, message: expect.stringMatching(/rejected/) });
    expect(JSON.stringify(r.body)).not.toContain(Object.values(auth_data)[0]);
  });
  it("an integration without a test endpoint answers is_valid true, test_method none", async () => {
    expect(
      (await temp({ integration_name: "google_drive", auth_type: "oauth2", auth_data: { access_token: "ya29.x" } }))
        .body,
    ).toMatchObject({ is_valid: true, test_method: "none", test_endpoint: null });
  });
  const invalid = [
    { integration_name: "nosuch", auth_type: "api_key", auth_data: { api_key: "x" } },
    { integration_name: "tavily", auth_type: "oauth2", auth_data: { access_token: "x" } },
    { integration_name: "tavily", auth_type: "api_key", auth_data: { token: "x" } },
    { integration_name: "tavily", auth_type: "custom", auth_data: { api_key: "x" } },
    { integration_name: "tavily", auth_type: "api_key" },
  ];
  it("invalid input is the docs' 500 wrapper (Failed to test credential: <what is wrong>): unknown integration, unsupported type, auth_data not fitting", async () => {
    const answers = await Promise.all(invalid.map(temp));
    expect(answers.map((a) => a.status)).toEqual([500, 500, 500, 500, 500]);
    expect(answers[0]!.body.detail).toBe(
      "Failed to test credential: Unknown integration: nosuch (see GET /integrations)",
    );
    expect(answers[4]!.body.detail).toBe("Failed to test credential: body: missing required field 'auth_data'");
  });
  it("strict mode answers the same invalid input with a 400", async () => {
    const strict = await harness({ strict: true });
    const answers = await Promise.all(
      invalid.map((body) => strict.call("POST", "/credentials/test-temporary", { ...asOwner, body })),
    );
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400]);
  });
  it("the org header and the bearer are checked before the route runs and keep their 400/401/403", async () => {
    const body = invalid[0];
    expect((await h.call("POST", "/credentials/test-temporary", { auth: DEMO.keys.owner, body })).status).toBe(400);
    expect((await h.call("POST", "/credentials/test-temporary", { org: DEMO.orgs.acme, body })).status).toBe(401);
    expect(
      (await h.call("POST", "/credentials/test-temporary", { auth: DEMO.keys.outsider, org: DEMO.orgs.acme, body }))
        .status,
    ).toBe(403);
  });
  it("an unexpected failure while testing is wrapped as a 500 (a secret containing 'unreachable')", async () => {
    const r = await temp({
      integration_name: "tavily",
      auth_type: "api_key",
      auth_data: { api_key: "tvly-unreachable" },
    });
    expect(r).toMatchObject({
      status: 500,
      body: { detail: "Failed to test credential: tavily test endpoint unreachable (simulated)" },
    });
  });
  it("stores nothing", async () => {
    const before = h.mock.state() as { credentials: unknown[] };
    await temp({ integration_name: "tavily", auth_type: "api_key", auth_data: { api_key: "tvly-your-key" } });
    expect((h.mock.state() as { credentials: unknown[] }).credentials).toEqual(before.credentials);
  });
});

describe("POST /credentials/{id}/test", () => {
  it("tests a saved credential and names it", async () => {
    expect((await h.call("POST", `/credentials/${DEMO.credentials.acmeTavily}/test`, asOwner)).body).toMatchObject({
      is_valid: true,
      credential_id: DEMO.credentials.acmeTavily,
      test_method: "api_call",
    });
    expect((await h.call("POST", `/credentials/${DEMO.credentials.acmeGithub}/test`, asOwner)).body).toMatchObject({
      is_valid: true,
      auth_type: "oauth2",
    });
  });
  it("an expired credential is is_valid false with 'Credential has expired'", async () => {
    const r = await h.call("POST", `/credentials/${DEMO.credentials.acmeNotionExpired}/test`, asOwner);
    expect(r.body).toMatchObject({
      is_valid: false,
      message: "Credential has expired",
      credential_id: DEMO.credentials.acmeNotionExpired,
    });
  });
  it("expiry follows the clock", async () => {
    const created = await h.call("POST", "/credentials", {
      ...asOwner,
      body: {
        integration_name: "tavily",
        expires_at: new Date(START + 1000).toISOString(),
        auth_data: { api_key: "tvly-short-lived" },
      },
    });
    const test = () => h.call("POST", `/credentials/${created.body.credential_id}/test`, asOwner);
    expect((await test()).body.is_valid).toBe(true);
    h.clock.advance(1000);
    expect((await test()).body).toMatchObject({ is_valid: false, message: "Credential has expired" });
  });
  it("test_method none for an integration without a test endpoint (jira), basic for a managed key", async () => {
    expect((await h.call("POST", `/credentials/${DEMO.credentials.acmeJira}/test`, asOwner)).body).toMatchObject({
      is_valid: true,
      test_method: "none",
    });
    expect(
      (await h.call("POST", `/credentials/${DEMO.credentials.acmeOpenaiManaged}/test`, asOwner)).body,
    ).toMatchObject({ is_valid: true, test_method: "basic" });
  });
  it("an unreachable endpoint answers is_valid false (saved credentials have no 500 wrapper)", async () => {
    const created = await h.call("POST", "/credentials", {
      ...asOwner,
      body: { integration_name: "slack", auth_data: { api_key: "xoxb-unreachable-000" } },
    });
    expect((await h.call("POST", `/credentials/${created.body.credential_id}/test`, asOwner)).body).toMatchObject({
      is_valid: false,
      status_code: null,
    });
  });
});
