// Credentials: create with type detection, masked reads, PUT limited to label and metadata,
// permanent DELETE, at most one default per integration. No route ever returns a secret.
import { beforeEach, describe, expect, it } from "vitest";
import { asOwner, DEMO, DEMO_SECRETS, harness, START, type Harness, wireTime } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

const create = (body: unknown) => h.call("POST", "/credentials", { ...asOwner, body });

describe("POST /credentials", () => {
  it("creates the docs' Slack example: type detected from auth_data, 201, no secret in the answer", async () => {
    const r = await create({
      integration_name: "slack",
      display_name: "Production Slack",
      make_default: true,
      auth_data: { api_key: "xoxb-new-slack-token-123" },
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      integration_name: "slack",
      integration_type: "tool",
      auth_type: "api_key",
      is_default: true,
      display_name: "Production Slack",
      created_at: wireTime(START),
      last_used_at: null,
      expires_at: null,
      credentials_metadata: null,
    });
    expect(JSON.stringify(r.body)).not.toContain("xoxb-new");
  });
  it("detects oauth2 / api_key / bearer_token from the keys, honours explicit types and legacy bearer", async () => {
    expect(
      (await create({ integration_name: "slack", auth_data: { access_token: "xoxp-1", api_key: "x" } })).body.auth_type,
    ).toBe("oauth2");
    expect((await create({ integration_name: "notion", auth_data: { token: "secret_1" } })).body.auth_type).toBe(
      "bearer_token",
    );
    expect(
      (await create({ integration_name: "notion", auth_type: "bearer", auth_data: { token: "secret_1" } })).body
        .auth_type,
    ).toBe("bearer_token");
    const managed = await create({
      integration_name: "openai",
      auth_type: "modulex_key",
      display_name: "Managed OpenAI",
    });
    expect(managed).toMatchObject({ status: 201, body: { auth_type: "modulex_key" } });
    const custom = await create({
      integration_name: "jira",
      auth_type: "custom",
      auth_data: { domain: "x.atlassian.net", email: "a@b.test", api_token: "ATATT-secret-token-value" },
    });
    expect(custom.body.auth_type).toBe("custom");
  });
  it("refuses an auth type the integration does not support, an unknown integration and auth_data that does not fit (400)", async () => {
    expect(await create({ integration_name: "tavily", auth_data: { access_token: "x" } })).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/does not support auth type oauth2/) },
    });
    expect(await create({ integration_name: "nosuch", auth_data: { api_key: "x" } })).toMatchObject({
      status: 400,
      body: { detail: "Unknown integration: nosuch (see GET /integrations)" },
    });
    expect(
      await create({ integration_name: "openai", auth_type: "modulex_key", auth_data: { api_key: "sk-1" } }),
    ).toMatchObject({ status: 400 });
    expect(await create({ integration_name: "jira", auth_type: "custom", auth_data: { domain: "x" } })).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/email, api_token/) },
    });
    expect(await create({ integration_name: "slack", auth_data: { password: "x" } })).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/cannot detect/) },
    });
    expect(
      await create({ integration_name: "slack", auth_data: { api_key: "x" }, oauth_config: { client_id: "c" } }),
    ).toMatchObject({ status: 400 });
  });
  it("accepts an expires_at on a leap second (valid RFC 3339, which Date.parse refuses) instead of failing with a 500", async () => {
    const r = await create({
      integration_name: "slack",
      auth_data: { api_key: "xoxb-leap-second-token" },
      expires_at: "2016-12-31T23:59:60Z",
    });
    expect(r.status).toBe(201);
    expect(r.body.expires_at).toBe("2017-01-01T00:00:00");
  });
  it("make_default unsets the prior default (at most one default per integration)", async () => {
    const r = await create({
      integration_name: "slack",
      make_default: true,
      auth_data: { api_key: "xoxb-rotated-token-0001" },
    });
    const list = await h.call("GET", "/credentials?integration_name=slack", asOwner);
    const defaults = list.body.credentials.filter((c: { is_default: boolean }) => c.is_default);
    expect(defaults.map((c: { credential_id: string }) => c.credential_id)).toEqual([r.body.credential_id]);
    const old = await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner);
    expect(old.body).toMatchObject({ is_default: false, updated_at: wireTime(START) });
    const globex = await h.call("GET", `/credentials/${DEMO.credentials.globexSlack}`, {
      auth: DEMO.keys.outsider,
      org: DEMO.orgs.globex,
    });
    expect(globex.body.is_default).toBe(true); // another organization's default is untouched
  });
  it("keeps one default under concurrent set-default and make_default requests", async () => {
    const a = await create({ integration_name: "tavily", auth_data: { api_key: "tvly-a-000000000000" } });
    const b = await create({ integration_name: "tavily", auth_data: { api_key: "tvly-b-000000000000" } });
    await Promise.all([
      h.call("POST", `/credentials/${a.body.credential_id}/set-default`, asOwner),
      h.call("POST", `/credentials/${b.body.credential_id}/set-default`, asOwner),
      create({ integration_name: "tavily", make_default: true, auth_data: { api_key: "tvly-c-000000000000" } }),
      h.call("POST", `/credentials/${DEMO.credentials.acmeTavily}/set-default`, asOwner),
    ]);
    const list = await h.call("GET", "/credentials?integration_name=tavily", asOwner);
    expect(list.body.credentials.filter((c: { is_default: boolean }) => c.is_default)).toHaveLength(1);
  });
});

describe("GET /credentials/{id}: masked, never the secret", () => {
  it("shows the detail fields; auth_data_masked is the masked secret, per field with include_masked=true (the docs' shape)", async () => {
    const plain = await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner);
    expect(plain.body).toMatchObject({
      organization_id: DEMO.orgs.acme,
      created_by: DEMO.users.owner.userId,
      created_by_email: "owner@acme.test",
      auth_data_masked: "xoxb***oken",
      credentials_metadata: { team: "platform" },
    });
    expect(plain.body).not.toHaveProperty("auth_summary");
    const masked = await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}?include_masked=true`, asOwner);
    expect(masked.body.auth_data_masked).toEqual({ api_key: "xoxb***oken" });
    expect(
      (await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}?include_masked=false`, asOwner)).body
        .auth_data_masked,
    ).toBe("xoxb***oken");
  });
  it("labels OAuth2 and managed keys, masks custom credentials field by field", async () => {
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeGithub}`, asOwner)).body.auth_data_masked).toBe(
      "OAuth2 connection",
    );
    expect(
      (await h.call("GET", `/credentials/${DEMO.credentials.acmeGithub}?include_masked=true`, asOwner)).body,
    ).toMatchObject({
      auth_data_masked: { access_token: "gho_***8B4a", refresh_token: "ghr_***1692", token_type: "***" },
    });
    // A managed key stores no auth_data: its label stands in either way.
    expect(
      (await h.call("GET", `/credentials/${DEMO.credentials.acmeOpenaiManaged}?include_masked=true`, asOwner)).body,
    ).toMatchObject({ auth_data_masked: "ModuleX-managed key" });
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeJira}`, asOwner)).body.auth_data_masked).toBe(
      "ATAT***1234",
    );
    expect(
      (await h.call("GET", `/credentials/${DEMO.credentials.acmeJira}?include_masked=true`, asOwner)).body,
    ).toMatchObject({
      auth_data_masked: { domain: "acme***.net", email: "***", api_token: "ATAT***1234" },
    });
  });
  it("no response of any credential route contains a demo secret", async () => {
    const seen: string[] = [];
    const paths = [
      "/credentials?limit=500",
      "/credentials?integration_name=slack",
      "/audit",
      ...Object.values(DEMO.credentials).flatMap((id) => [
        `/credentials/${id}?include_masked=true`,
        `/credentials/${id}/usage`,
        `/credentials/${id}/audit`,
      ]),
    ];
    for (const p of paths) seen.push(JSON.stringify((await h.call("GET", p, asOwner)).body));
    for (const id of Object.values(DEMO.credentials))
      seen.push(JSON.stringify((await h.call("POST", `/credentials/${id}/test`, asOwner)).body));
    for (const name of ["slack", "github", "tavily", "openai", "jira", "notion"])
      seen.push(
        JSON.stringify(
          (await h.call("POST", "/credentials/resolve", { ...asOwner, body: { integration_name: name } })).body,
        ),
      );
    const all = seen.join("\n");
    for (const secret of DEMO_SECRETS) expect(all).not.toContain(secret);
    expect(all).not.toContain("your-slack");
  });
});

describe("PUT /credentials/{id}", () => {
  it("changes display_name and replaces metadata, bumping updated_at", async () => {
    h.clock.advance(5000);
    const r = await h.call("PUT", `/credentials/${DEMO.credentials.acmeSlack}`, {
      ...asOwner,
      body: { display_name: "Production Slack (EU)", metadata: { region: "eu" } },
    });
    expect(r).toMatchObject({
      status: 200,
      body: {
        display_name: "Production Slack (EU)",
        credentials_metadata: { region: "eu" },
        updated_at: wireTime(START + 5000),
      },
    });
  });
  it("keeps every metadata key as data, including __proto__ and constructor (on create and on update)", async () => {
    const metadata = JSON.parse(
      '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}, "Team_Name": "Ops"}',
    );
    const created = await create({
      integration_name: "slack",
      auth_data: { api_key: "xoxb-proto-key-0000" },
      metadata,
    });
    const put = await h.call("PUT", `/credentials/${DEMO.credentials.acmeSlack}`, { ...asOwner, body: { metadata } });
    for (const r of [created, put])
      expect(Object.keys(r.body.credentials_metadata)).toEqual(["__proto__", "constructor", "Team_Name"]);
    const stored = (h.mock.state() as { credentials: Array<{ credential_id: string; metadata: object }> }).credentials;
    expect(Object.keys(stored.find((c) => c.credential_id === created.body.credential_id)!.metadata)).toEqual([
      "__proto__",
      "constructor",
      "Team_Name",
    ]);
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
  });
  it("ignores secret fields and any other field (the body is read raw): the secret is unchanged, a Warning names them", async () => {
    const records = () => {
      const { credentials, audit_events } = h.mock.state() as Record<string, unknown>;
      return { credentials, audit_events };
    };
    const before = records();
    for (const body of [
      { auth_data: { api_key: "xoxb-new-secret-never-stored" } },
      { auth_type: "bearer_token" },
      { is_default: true },
      {},
    ]) {
      const r = await h.call("PUT", `/credentials/${DEMO.credentials.acmeSlack}`, { ...asOwner, body });
      expect(r.status, JSON.stringify(body)).toBe(200);
      expect(r.body).toMatchObject({ display_name: "Production Slack", auth_type: "api_key" });
      if (Object.keys(body).length)
        expect(r.headers.get("warning")).toBe(
          `299 modulex-mock "ignored unknown body fields: ${Object.keys(body)[0]}"`,
        );
    }
    expect(records()).toEqual(before); // nothing written, not even updated_at or an audit event
    const masked = await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}?include_masked=true`, asOwner);
    expect(masked.body.auth_data_masked).toEqual({ api_key: "xoxb***oken" });
  });
  it("strict mode refuses them (400) and changes nothing", async () => {
    const strict = await harness({ strict: true });
    const before = strict.mock.state();
    for (const body of [
      { auth_data: { api_key: "xoxb-new" } },
      { display_name: "x", auth_type: "bearer_token" },
      { is_default: true },
      {},
    ]) {
      const r = await strict.call("PUT", `/credentials/${DEMO.credentials.acmeSlack}`, { ...asOwner, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
    }
    const r = await strict.call("PUT", `/credentials/${DEMO.credentials.acmeSlack}`, {
      ...asOwner,
      body: { auth_data: { api_key: "x" } },
    });
    expect(r.body.detail).toBe(
      "body: unknown field 'auth_data' (secrets are not updatable here: to change a secret, rotate)",
    );
    expect(strict.mock.state()).toEqual(before);
  });
});

describe("DELETE /credentials/{id}", () => {
  it("is 204 and permanent: the credential is gone from every route", async () => {
    expect((await h.call("DELETE", `/credentials/${DEMO.credentials.acmeTavily}`, asOwner)).status).toBe(204);
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeTavily}`, asOwner)).status).toBe(404);
    expect((await h.call("DELETE", `/credentials/${DEMO.credentials.acmeTavily}`, asOwner)).status).toBe(404);
    expect((await h.call("GET", "/credentials?integration_name=tavily", asOwner)).body.total_count).toBe(0);
    expect(JSON.stringify(h.mock.state())).not.toContain(
      `"credential_id":"${DEMO.credentials.acmeTavily}","organization_id"`,
    );
  });
  it("resolution falls through to the next valid credential when the default is deleted", async () => {
    const newer = await create({
      integration_name: "slack",
      display_name: "Backup Slack",
      auth_data: { api_key: "xoxb-backup-token-000" },
    });
    expect(
      (await h.call("POST", "/credentials/resolve", { ...asOwner, body: { integration_name: "slack" } })).body
        .resolved_by,
    ).toBe("default");
    await h.call("DELETE", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner);
    const after = await h.call("POST", "/credentials/resolve", { ...asOwner, body: { integration_name: "slack" } });
    expect(after.body).toMatchObject({
      resolved_by: "most_recent_user",
      credential: { credential_id: newer.body.credential_id },
    });
    await h.call("DELETE", `/credentials/${newer.body.credential_id}`, asOwner);
    expect(
      await h.call("POST", "/credentials/resolve", { ...asOwner, body: { integration_name: "slack" } }),
    ).toMatchObject({ status: 404, body: { detail: "No credential found for slack" } });
  });
});

describe("POST /credentials/{id}/set-default", () => {
  it("makes the credential the default, unsets the prior one, and is idempotent", async () => {
    const second = await create({ integration_name: "slack", auth_data: { api_key: "xoxb-second-token-00" } });
    h.clock.advance(1000);
    const r = await h.call("POST", `/credentials/${second.body.credential_id}/set-default`, asOwner);
    expect(r.body).toMatchObject({ is_default: true, updated_at: wireTime(START + 1000) });
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner)).body.is_default).toBe(false);
    const before = h.mock.state() as Record<string, unknown>;
    h.clock.advance(1000);
    const again = await h.call("POST", `/credentials/${second.body.credential_id}/set-default`, asOwner);
    expect(again.body).toEqual(r.body);
    const after = h.mock.state() as Record<string, unknown>;
    expect([after.credentials, after.audit_events]).toEqual([before.credentials, before.audit_events]);
  });
});

describe("deprecated POST /credentials/{id}/oauth2/refresh", () => {
  it("answers 400 telling the caller to reconnect", async () => {
    const r = await h.call("POST", `/credentials/${DEMO.credentials.acmeGithub}/oauth2/refresh`, asOwner);
    expect(r).toMatchObject({ status: 400, body: { detail: expect.stringMatching(/deprecated.*[Rr]econnect/s) } });
  });
});
