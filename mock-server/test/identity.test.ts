import { beforeEach, describe, expect, it } from "vitest";
import { DEMO, harness, START, type Harness, wireTime } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

describe("identity", () => {
  it("GET /me lists every membership with its role", async () => {
    const r = await h.call("GET", "/me", { auth: DEMO.keys.owner });
    expect(r.body).toMatchObject({ email: "owner@acme.test", name: "Olive Owner", is_active: true });
    expect(r.body.memberships).toEqual([
      { organization_id: DEMO.orgs.acme, organization_name: "Acme", role: "owner" },
      { organization_id: DEMO.orgs.globex, organization_name: "Globex", role: "admin" },
    ]);
  });
  it("an API key locked to one organization sees only that organization in GET /me and GET /organizations", async () => {
    const jwt = await h.jwt(DEMO.users.owner.email);
    const created = await h.call("POST", "/api-keys", {
      auth: jwt,
      body: { name: "acme only", organization_id: DEMO.orgs.acme, expires_in_seconds: 3600 },
    });
    expect(created.status).toBe(201);
    const me = await h.call("GET", "/me", { auth: created.body.key });
    expect(me.body.memberships).toEqual([
      { organization_id: DEMO.orgs.acme, organization_name: "Acme", role: "owner" },
    ]);
    const orgs = await h.call("GET", "/organizations", { auth: created.body.key });
    expect(orgs.body.organizations.map((o: { name: string }) => o.name)).toEqual(["Acme"]);
  });
  it("UUIDs are case-insensitive: an upper-case X-Organization-ID, path id and query id name the same records", async () => {
    const upper = { auth: DEMO.keys.owner, org: DEMO.orgs.acme.toUpperCase() };
    const list = await h.call("GET", "/credentials?integration_name=slack", upper);
    expect(list.status).toBe(200);
    expect(list.body.total_count).toBe(1);
    const one = await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack.toUpperCase()}`, upper);
    expect(one).toMatchObject({ status: 200, body: { credential_id: DEMO.credentials.acmeSlack } });
    const audit = await h.call("GET", `/audit?credential_id=${DEMO.credentials.acmeSlack.toUpperCase()}`, upper);
    expect(audit.status).toBe(200);
    const resolved = await h.call("POST", "/credentials/resolve", {
      ...upper,
      body: { integration_name: "slack", credential_id: DEMO.credentials.acmeSlack.toUpperCase() },
    });
    expect(resolved).toMatchObject({
      status: 200,
      body: { resolved_by: "explicit", credential: { credential_id: DEMO.credentials.acmeSlack } },
    });
    const jwt = await h.jwt(DEMO.users.owner.email);
    const locked = await h.call("POST", "/api-keys", {
      auth: jwt,
      body: { name: "upper", organization_id: DEMO.orgs.acme.toUpperCase(), expires_in_seconds: 3600 },
    });
    expect(locked).toMatchObject({ status: 201, body: { organization_id: DEMO.orgs.acme } });
  });
  it("a seed's upper-case ids are stored in lower case, so requests reach them", async () => {
    const ORG = "AAAAAAAA-2B44-4F1A-9C3D-7E5B2A1D8F60";
    const upper = await harness({
      seed: {
        organizations: [{ organization_id: ORG, name: "Upper" }],
        users: [
          {
            user_id: DEMO.users.owner.userId.toUpperCase(),
            email: "upper@acme.test",
            name: "Upper",
            is_active: true,
            memberships: [{ organization_id: ORG, role: "owner" }],
          },
        ],
        api_keys: [
          {
            user_id: DEMO.users.owner.userId.toUpperCase(),
            name: "k",
            key: DEMO.keys.owner,
            organization_id: ORG,
            expires_at: null,
          },
        ],
      },
    });
    const r = await upper.call("GET", "/members", { auth: DEMO.keys.owner, org: ORG });
    expect(r).toMatchObject({ status: 200, body: { total: 1 } });
    expect(r.body.members[0].user_id).toBe(DEMO.users.owner.userId);
  });
  it("GET /organizations lists the caller's organizations with role", async () => {
    const r = await h.call("GET", "/organizations", { auth: DEMO.keys.owner });
    expect(r.body.total).toBe(2);
    expect(r.body.organizations.map((o: { name: string; role: string }) => `${o.name}:${o.role}`)).toEqual([
      "Acme:owner",
      "Globex:admin",
    ]);
  });
  it("POST /organizations makes the creator its owner", async () => {
    const jwt = await h.jwt(DEMO.users.outsider.email);
    const r = await h.call("POST", "/organizations", { auth: jwt, body: { name: "Initech" } });
    expect(r).toMatchObject({ status: 201, body: { name: "Initech", role: "owner", created_at: wireTime(START) } });
    const members = await h.call("GET", "/members", { auth: jwt, org: r.body.organization_id });
    expect(members.body.members).toEqual([
      expect.objectContaining({ user_id: DEMO.users.outsider.userId, role: "owner" }),
    ]);
    expect((await h.call("POST", "/organizations", { auth: jwt, body: { name: "   " } })).status).toBe(400);
  });
});

describe("integrations catalog", () => {
  it("lists every integration the demo seed uses, plus google_drive, and filters by type", async () => {
    const all = await h.call("GET", "/integrations", { auth: DEMO.keys.owner });
    const names = all.body.integrations.map((i: { integration_name: string }) => i.integration_name);
    expect(names).toEqual(
      expect.arrayContaining(["slack", "github", "tavily", "openai", "anthropic", "jira", "notion", "google_drive"]),
    );
    const llm = await h.call("GET", "/integrations?integration_type=llm_provider", { auth: DEMO.keys.owner });
    expect(
      llm.body.integrations.every((i: { integration_type: string }) => i.integration_type === "llm_provider"),
    ).toBe(true);
    expect(llm.body.total).toBe(2);
    expect((await h.call("GET", "/integrations?integration_type=robot", { auth: DEMO.keys.owner })).status).toBe(400);
  });
  it("gets one integration; the custom manifest's fields for jira; 404 for an unknown name", async () => {
    const jira = await h.call("GET", "/integrations/jira", { auth: DEMO.keys.owner });
    expect(jira.body.custom_fields.map((f: { name: string }) => f.name)).toEqual(["domain", "email", "api_token"]);
    expect((await h.call("GET", "/integrations/google_drive", { auth: DEMO.keys.owner })).body).toMatchObject({
      test_endpoint: null,
      auth_types: ["oauth2"],
    });
    expect(await h.call("GET", "/integrations/nope", { auth: DEMO.keys.owner })).toMatchObject({ status: 404 });
    expect(await h.call("GET", "/integrations/Not-Valid", { auth: DEMO.keys.owner })).toMatchObject({ status: 400 });
  });
});
