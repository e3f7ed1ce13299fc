// Organizations and roles, in the documented order: 401 → 400 (X-Organization-ID) → 403 → 404.
// A credential of another organization is indistinguishable from a missing one.
import { beforeEach, describe, expect, it } from "vitest";
import { asOwner, DEMO, harness, type Harness } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

const ACME = DEMO.orgs.acme;
const GLOBEX = DEMO.orgs.globex;

describe("X-Organization-ID (400)", () => {
  it("is required on org routes, with rate-limit headers on the 400", async () => {
    const r = await h.call("GET", "/credentials", { auth: DEMO.keys.owner });
    expect(r).toMatchObject({ status: 400, body: { detail: "X-Organization-ID header is required" } });
    expect(r.headers.get("x-ratelimit-limit")).toBe("600");
  });
  it("must be a UUID", async () => {
    expect(await h.call("GET", "/members", { auth: DEMO.keys.owner, org: "acme" })).toMatchObject({
      status: 400,
      body: { detail: "X-Organization-ID must be a UUID" },
    });
  });
  it("comes before 403: an outsider without the header gets 400", async () => {
    expect((await h.call("GET", "/credentials", { auth: DEMO.keys.outsider })).status).toBe(400);
  });
});

describe("403", () => {
  it("not a member of the organization (and an unknown organization looks the same)", async () => {
    expect(await h.call("GET", "/credentials", { auth: DEMO.keys.outsider, org: ACME })).toMatchObject({
      status: 403,
      body: { detail: "Not a member of this organization" },
    });
    expect(await h.call("GET", "/credentials", { auth: DEMO.keys.owner, org: crypto.randomUUID() })).toMatchObject({
      status: 403,
      body: { detail: "Not a member of this organization" },
    });
  });
  it("inactive user: 403 on every route but GET /me, which shows is_active false", async () => {
    const me = await h.call("GET", "/me", { auth: DEMO.keys.inactive });
    expect(me).toMatchObject({ status: 200, body: { is_active: false, user_id: DEMO.users.inactive.userId } });
    for (const [method, path, org] of [
      ["GET", "/credentials", ACME],
      ["GET", "/members", ACME],
      ["GET", "/organizations"],
      ["GET", "/integrations"],
      ["GET", "/integrations/slack"],
    ] as const) {
      const r = await h.call(method, path, { auth: DEMO.keys.inactive, org });
      expect(r, `${method} ${path}`).toMatchObject({ status: 403, body: { detail: "User account is inactive" } });
    }
    const jwt = await h.jwt(DEMO.users.inactive.email);
    expect((await h.call("GET", "/api-keys", { auth: jwt })).status).toBe(403);
  });
  it("the retired member role is refused on every owner/admin route", async () => {
    for (const [method, path] of [
      ["GET", "/credentials"],
      ["GET", "/members"],
      ["GET", "/audit"],
      ["POST", "/credentials/resolve"],
    ] as const) {
      const r = await h.call(method, path, {
        auth: DEMO.keys.member,
        org: ACME,
        body: method === "POST" ? { integration_name: "slack" } : undefined,
      });
      expect(r, path).toMatchObject({ status: 403, body: { detail: expect.stringMatching(/member role is retired/) } });
    }
    expect((await h.call("GET", "/me", { auth: DEMO.keys.member })).body.memberships).toEqual([
      { organization_id: ACME, organization_name: "Acme", role: "member" },
    ]);
  });
  it("an API key locked to one organization is refused on any other, and sees only its own in /organizations", async () => {
    const jwt = await h.jwt(DEMO.users.owner.email);
    const locked = await h.call("POST", "/api-keys", {
      auth: jwt,
      body: { name: "acme-only", organization_id: ACME, expires_in_seconds: 3600 },
    });
    expect(locked.status).toBe(201);
    expect((await h.call("GET", "/credentials", { auth: locked.body.key, org: ACME })).status).toBe(200);
    expect(await h.call("GET", "/credentials", { auth: locked.body.key, org: GLOBEX })).toMatchObject({
      status: 403,
      body: { detail: "This API key is locked to another organization" },
    });
    expect((await h.call("GET", "/credentials", { auth: DEMO.keys.owner, org: GLOBEX })).status).toBe(200); // unlocked key: owner is admin there
    const orgs = await h.call("GET", "/organizations", { auth: locked.body.key });
    expect(orgs.body.organizations.map((o: { organization_id: string }) => o.organization_id)).toEqual([ACME]);
    expect((await h.call("GET", "/credentials", { auth: DEMO.keys.admin, org: GLOBEX })).status).toBe(403); // the demo admin key, locked to Acme
  });
  it("an API key cannot use a route that needs a person's sign-in (JWT)", async () => {
    for (const [method, path, body] of [
      ["GET", "/api-keys"],
      ["POST", "/api-keys", { name: "x", expires_in_seconds: 3600 }],
      ["GET", `/api-keys/${DEMO.apiKeyIds.owner}`],
      ["DELETE", `/api-keys/${DEMO.apiKeyIds.owner}`],
      ["POST", "/organizations", { name: "Nope" }],
    ] as const) {
      expect(await h.call(method, path, { auth: DEMO.keys.owner, body }), `${method} ${path}`).toMatchObject({
        status: 403,
        body: { detail: expect.stringMatching(/sign-in \(JWT\)/) },
      });
    }
  });
  it("owner-only: an admin cannot remove a member", async () => {
    const r = await h.call("DELETE", `/members/${DEMO.users.member.userId}`, { auth: DEMO.keys.admin, org: ACME });
    expect(r).toMatchObject({ status: 403, body: { detail: "Only an owner of the organization can do this" } });
  });
});

describe("another organization's credential is a 404, exactly like a missing one", () => {
  const theirs = DEMO.credentials.globexSlack;
  const missing = crypto.randomUUID();
  const routes: Array<[string, (id: string) => string, unknown?]> = [
    ["GET", (id) => `/credentials/${id}`],
    ["PUT", (id) => `/credentials/${id}`, { display_name: "mine now" }],
    ["DELETE", (id) => `/credentials/${id}`],
    ["POST", (id) => `/credentials/${id}/test`],
    ["POST", (id) => `/credentials/${id}/set-default`],
    ["GET", (id) => `/credentials/${id}/audit`],
    ["GET", (id) => `/credentials/${id}/usage`],
    ["POST", (id) => `/credentials/${id}/oauth2/refresh`],
  ];
  it.each(routes)("%s %s", async (method, path, body) => {
    const other = await h.call(method, path(theirs), { ...asOwner, body });
    const none = await h.call(method, path(missing), { ...asOwner, body });
    expect(other.status).toBe(404);
    expect(other.body).toEqual(none.body);
  });
  it("in resolve, list, list filters and the audit log", async () => {
    const explicit = await h.call("POST", "/credentials/resolve", {
      ...asOwner,
      body: { integration_name: "slack", credential_id: theirs },
    });
    expect(explicit).toMatchObject({ status: 404, body: { detail: "Credential not found" } });
    const anthropic = await h.call("POST", "/credentials/resolve", {
      ...asOwner,
      body: { integration_name: "anthropic" },
    });
    expect(anthropic.status).toBe(404); // Globex has one, Acme has none
    const list = await h.call("GET", "/credentials?integration_name=slack", asOwner);
    expect(list.body.credentials.map((c: { credential_id: string }) => c.credential_id)).toEqual([
      DEMO.credentials.acmeSlack,
    ]);
    const grouped = await h.call("GET", "/credentials?limit=500", asOwner);
    expect(JSON.stringify(grouped.body)).not.toContain(theirs);
    await h.call("PUT", `/credentials/${theirs}`, {
      auth: DEMO.keys.outsider,
      org: GLOBEX,
      body: { display_name: "Globex Slack 2" },
    });
    const audit = await h.call("GET", `/audit?credential_id=${theirs}`, asOwner);
    expect(audit.body).toMatchObject({ total: 0, events: [] });
  });
});
