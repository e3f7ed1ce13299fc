// API keys: managed with a person's sign-in; mx_live_ + ≥ 256 bits, shown once; only a hash and a
// display prefix are kept; optional lock to one of the caller's organizations; 1 hour to 1 year.
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO, harness, START, type Harness, wireTime } from "./support.js";

let h: Harness;
let jwt: string;
beforeEach(async () => {
  h = await harness();
  jwt = await h.jwt(DEMO.users.owner.email, 86_400);
});

describe("POST /api-keys", () => {
  it("returns the full key once, with a 12-character prefix and the lock and expiry asked for", async () => {
    const r = await h.call("POST", "/api-keys", {
      auth: jwt,
      body: { name: "ci", organization_id: DEMO.orgs.acme, expires_in_seconds: 2_592_000 },
    });
    expect(r.status).toBe(201);
    expect(r.body.key).toMatch(/^mx_live_[A-Za-z0-9]{43}$/);
    expect(r.body).toMatchObject({
      name: "ci",
      prefix: r.body.key.slice(0, 12),
      organization_id: DEMO.orgs.acme,
      created_at: wireTime(START),
      expires_at: wireTime(START + 2_592_000_000),
      last_used_at: null,
    });
    const got = await h.call("GET", `/api-keys/${r.body.api_key_id}`, { auth: jwt });
    expect(got.body).not.toHaveProperty("key");
    expect(JSON.stringify((await h.call("GET", "/api-keys", { auth: jwt })).body)).not.toContain(r.body.key);
    expect(JSON.stringify(h.mock.state())).not.toContain(r.body.key);
  });
  it("the new key works at once and moves last_used_at", async () => {
    const r = await h.call("POST", "/api-keys", { auth: jwt, body: { name: "ci", expires_in_seconds: 3600 } });
    h.clock.advance(5000);
    expect((await h.call("GET", "/credentials", { auth: r.body.key, org: DEMO.orgs.acme })).status).toBe(200);
    expect((await h.call("GET", `/api-keys/${r.body.api_key_id}`, { auth: jwt })).body.last_used_at).toBe(
      wireTime(START + 5000),
    );
  });
  it("keeps last_used_at to the second: a use within a second of the recorded one leaves it, a later one moves it", async () => {
    const r = await h.call("POST", "/api-keys", { auth: jwt, body: { name: "ci", expires_in_seconds: 3600 } });
    const lastUsed = async () =>
      (await h.call("GET", `/api-keys/${r.body.api_key_id}`, { auth: jwt })).body.last_used_at;
    const use = () => h.call("GET", "/credentials", { auth: r.body.key, org: DEMO.orgs.acme });
    await use();
    h.clock.advance(999);
    await use();
    expect(await lastUsed()).toBe(wireTime(START));
    h.clock.advance(1);
    await use();
    expect(await lastUsed()).toBe(wireTime(START + 1000));
  });
  it("refuses a lock to an organization the caller does not belong to (403)", async () => {
    const outsider = await h.jwt(DEMO.users.outsider.email);
    expect(
      await h.call("POST", "/api-keys", {
        auth: outsider,
        body: { name: "x", organization_id: DEMO.orgs.acme, expires_in_seconds: 3600 },
      }),
    ).toMatchObject({ status: 403 });
  });
  it.each([[3599], [31_536_001], [1.5]])("refuses expires_in_seconds %s (400)", async (expires_in_seconds) => {
    expect((await h.call("POST", "/api-keys", { auth: jwt, body: { name: "x", expires_in_seconds } })).status).toBe(
      400,
    );
  });
  it("refuses a key without an expiry (API tokens have an explicit expiration time), naming the field and range", async () => {
    const r = await h.call("POST", "/api-keys", { auth: jwt, body: { name: "forever" } });
    expect(r.status).toBe(400);
    expect(r.body.detail).toContain("expires_in_seconds");
    expect(
      (await h.call("GET", "/api-keys", { auth: jwt })).body.api_keys.map((k: { name: string }) => k.name),
    ).not.toContain("forever");
  });
  it("accepts the bounds: one hour and one year", async () => {
    expect(
      (await h.call("POST", "/api-keys", { auth: jwt, body: { name: "x", expires_in_seconds: 3600 } })).status,
    ).toBe(201);
    expect(
      (await h.call("POST", "/api-keys", { auth: jwt, body: { name: "x", expires_in_seconds: 31_536_000 } })).status,
    ).toBe(201);
  });
});

describe("listing, reading and revoking", () => {
  it("lists only the caller's keys, newest first, without values", async () => {
    h.clock.advance(1000);
    const created = await h.call("POST", "/api-keys", { auth: jwt, body: { name: "newer", expires_in_seconds: 3600 } });
    const list = await h.call("GET", "/api-keys", { auth: jwt });
    expect(list.body.api_keys.map((k: { api_key_id: string }) => k.api_key_id)).toEqual([
      created.body.api_key_id,
      DEMO.apiKeyIds.owner,
    ]);
    expect(list.body.api_keys[1]).toMatchObject({
      name: "olive-laptop",
      prefix: "mx_live_Demo",
      organization_id: null,
    });
  });
  it("another user's key is a 404", async () => {
    expect((await h.call("GET", `/api-keys/${DEMO.apiKeyIds.admin}`, { auth: jwt })).status).toBe(404);
    expect((await h.call("DELETE", `/api-keys/${DEMO.apiKeyIds.admin}`, { auth: jwt })).status).toBe(404);
    expect((await h.call("GET", "/me", { auth: DEMO.keys.admin })).status).toBe(200);
  });
  it("revoking is 204, the key stops working (401) and disappears from the list", async () => {
    expect((await h.call("DELETE", `/api-keys/${DEMO.apiKeyIds.owner}`, { auth: jwt })).status).toBe(204);
    expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(401);
    expect((await h.call("GET", "/api-keys", { auth: jwt })).body.total).toBe(0);
    expect((await h.call("GET", `/api-keys/${DEMO.apiKeyIds.owner}`, { auth: jwt })).status).toBe(404);
  });
});
