// The mock does the most literal reading of the product docs by default, and our stricter reading
// in strict mode (docs/decisions/040-seed-readings.md): bodies read raw, timestamps as the docs
// print them, the 401 challenge, and the org-class rate limit beside the per-key and per-user ones.
import { describe, expect, it } from "vitest";
import { asOwner, DEMO, demoSeedWith, harness, START } from "./support.js";

describe("the body is read raw", () => {
  it("an unknown top-level field is ignored, named in a Warning header, and never used (the organization comes from the header)", async () => {
    const h = await harness();
    const r = await h.call("POST", "/credentials", {
      ...asOwner,
      body: {
        integration_name: "slack",
        auth_data: { api_key: "xoxb-read-raw-0000000" },
        organization_id: DEMO.orgs.globex,
        dispaly_name: "typo",
      },
    });
    expect(r.status).toBe(201);
    expect(r.headers.get("warning")).toBe(
      '299 modulex-mock "ignored unknown body fields: organization_id, dispaly_name"',
    );
    expect(r.body.display_name).toBe("Slack (api_key)");
    expect((await h.call("GET", `/credentials/${r.body.credential_id}`, asOwner)).status).toBe(200);
    expect(
      (await h.call("GET", `/credentials/${r.body.credential_id}`, { auth: DEMO.keys.owner, org: DEMO.orgs.globex }))
        .status,
    ).toBe(404);
  });
  it("a field name that is not printable ASCII cannot break the Warning header", async () => {
    const h = await harness();
    const r = await h.call("POST", "/credentials/resolve", {
      ...asOwner,
      body: { integration_name: "slack", 'a"\r\nX-Injected: 1': true, é: 1 },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("x-injected")).toBeNull();
    expect(r.headers.get("warning")).toBe(`299 modulex-mock "ignored unknown body fields: a'??X-Injected: 1, ?"`);
  });
  it("strict mode refuses an unknown field with a 400 naming it, and stores nothing", async () => {
    const h = await harness({ strict: true });
    const before = h.mock.state();
    const r = await h.call("POST", "/credentials", {
      ...asOwner,
      body: { integration_name: "slack", auth_data: { api_key: "xoxb-strict-0000000" }, dispaly_name: "typo" },
    });
    expect(r).toMatchObject({ status: 400, body: { detail: "body: unknown field 'dispaly_name'" } });
    expect(h.mock.state()).toEqual(before);
  });
  it("the mock's own control routes stay closed in either mode", async () => {
    const h = await harness();
    const r = await h.call("POST", "/__mock/faults", {
      body: { method: "GET", path: "/me", status: 503, colour: "red" },
    });
    expect(r.status).toBe(400);
  });
});

describe("timestamps", () => {
  it("are printed as the docs print them by default: UTC without a zone", async () => {
    const h = await harness();
    const r = await h.call("POST", "/credentials", {
      ...asOwner,
      body: { integration_name: "slack", auth_data: { api_key: "xoxb-time-000000000" } },
    });
    expect(r.body.created_at).toBe("2026-11-29T12:00:00");
    h.clock.advance(1234);
    const updated = await h.call("PUT", `/credentials/${r.body.credential_id}`, {
      ...asOwner,
      body: { display_name: "later" },
    });
    expect(updated.body.updated_at).toBe("2026-11-29T12:00:01.234000"); // microseconds, as Python's isoformat
  });
  it("are RFC 3339 in strict mode, or when asked for", async () => {
    for (const options of [{ strict: true }, { timestamps: "rfc3339" as const }]) {
      const h = await harness(options);
      const r = await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner);
      expect(r.body.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
  });
  it("a zoneless expires_at in a request or a seed is UTC", async () => {
    const h = await harness({ seed: demoSeedWith({}) });
    const r = await h.call("POST", "/credentials", {
      ...asOwner,
      body: {
        integration_name: "tavily",
        expires_at: "2026-11-29T12:00:10",
        auth_data: { api_key: "tvly-zoneless-0000" },
      },
    });
    expect(r.body.expires_at).toBe("2026-11-29T12:00:10");
    h.clock.set(START + 11_000);
    expect((await h.call("POST", `/credentials/${r.body.credential_id}/test`, asOwner)).body).toMatchObject({
      is_valid: false,
      message: "Credential has expired",
    });
  });
});

describe("401", () => {
  it("carries WWW-Authenticate: Bearer (RFC 9110)", async () => {
    const h = await harness();
    const r = await h.call("GET", "/me");
    expect(r.status).toBe(401);
    expect(r.headers.get("www-authenticate")).toBe("Bearer");
  });
});

describe("the org-class rate limit", () => {
  it("throttles the whole organization past per_org_per_minute, whoever calls", async () => {
    const h = await harness({
      seed: demoSeedWith({ rate_limits: { per_key_per_minute: 100, per_user_per_minute: 100, per_org_per_minute: 3 } }),
    });
    const owner = await h.jwt(DEMO.users.owner.email);
    const admin = await h.jwt(DEMO.users.admin.email);
    const statuses = [];
    for (const auth of [owner, owner, admin, admin])
      statuses.push((await h.call("GET", "/credentials", { auth, org: DEMO.orgs.acme })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Another organization, and user-scoped routes, are not throttled by Acme's limit.
    expect((await h.call("GET", "/credentials", { auth: owner, org: DEMO.orgs.globex })).status).toBe(200);
    expect((await h.call("GET", "/me", { auth: admin })).status).toBe(200);
  });
  it("is not charged for someone who is not a member (an outsider cannot use up an organization's limit)", async () => {
    const h = await harness({
      seed: demoSeedWith({ rate_limits: { per_key_per_minute: 100, per_user_per_minute: 100, per_org_per_minute: 2 } }),
    });
    for (let i = 0; i < 5; i++)
      expect((await h.call("GET", "/credentials", { auth: DEMO.keys.outsider, org: DEMO.orgs.acme })).status).toBe(403);
    expect((await h.call("GET", "/credentials", asOwner)).status).toBe(200);
  });
  it("1,250 requests on one key leave the same user's sign-in usable (a runaway key cannot overwhelm the account)", async () => {
    const h = await harness();
    let limited = 0;
    for (let i = 0; i < 1250; i++)
      if ((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status === 429) limited++;
    expect(limited).toBe(650);
    const viaJwt = await h.call("GET", "/me", { auth: await h.jwt(DEMO.users.owner.email) });
    expect(viaJwt.status).toBe(200);
    expect(Number(viaJwt.headers.get("x-ratelimit-remaining"))).toBe(1200 - 600 - 1);
  });
});
