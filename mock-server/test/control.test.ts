// The mock's control routes: sign-in, reset, state (hashes and ciphertext only), faults.
import { beforeEach, describe, expect, it } from "vitest";
import { SpecViolationError } from "../../test/support/checked-fetch.js";
import { asOwner, BASE, DEMO, DEMO_SECRETS, harness, START, type Harness } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

describe("POST /__mock/sign-in", () => {
  it("issues an ES256 JWT for a seeded user, one hour by default", async () => {
    const r = await h.call("POST", "/__mock/sign-in", { body: { email: "admin@acme.test" } });
    expect(r.body.expires_at).toBe(new Date(START + 3600_000).toISOString());
    expect(JSON.parse(atob(r.body.token.split(".")[0]))).toMatchObject({ alg: "ES256" });
    expect((await h.call("GET", "/me", { auth: r.body.token })).body.user_id).toBe(DEMO.users.admin.userId);
  });
  it("404 for an unknown email, 400 for a bad body", async () => {
    expect(await h.call("POST", "/__mock/sign-in", { body: { email: "nobody@acme.test" } })).toMatchObject({
      status: 404,
      body: { detail: "No seeded user with that email" },
    });
    expect((await h.call("POST", "/__mock/sign-in", { body: { email: "not-an-email" } })).status).toBe(400);
    expect(
      (await h.call("POST", "/__mock/sign-in", { body: { email: "admin@acme.test", expires_in_seconds: 999_999 } }))
        .status,
    ).toBe(400);
  });
  it("mock.signIn is the same, and throws for an unknown email", async () => {
    expect((await h.call("GET", "/me", { auth: await h.mock.signIn("owner@globex.test") })).body.email).toBe(
      "owner@globex.test",
    );
    await expect(h.mock.signIn("nobody@x.test")).rejects.toThrow(/No seeded user/);
  });
});

describe("GET /__mock/state", () => {
  it("shows the raw records: API keys only as hashes, credential secrets only as ciphertext", async () => {
    const r = await h.call("GET", "/__mock/state");
    const state = r.body;
    expect(Object.keys(state)).toEqual(
      expect.arrayContaining(["organizations", "users", "memberships", "api_keys", "credentials", "audit_events"]),
    );
    expect(state.api_keys[0]).toMatchObject({
      key_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      prefix: "mx_live_Demo",
    });
    expect(state.api_keys[0]).not.toHaveProperty("key");
    const slack = state.credentials.find(
      (c: { credential_id: string }) => c.credential_id === DEMO.credentials.acmeSlack,
    );
    expect(slack.encrypted_secret).toMatch(/^v1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    expect(slack).not.toHaveProperty("auth_data");
    const text = JSON.stringify(state);
    for (const secret of DEMO_SECRETS) expect(text).not.toContain(secret);
    expect(state).toEqual(h.mock.state());
  });
  it("the same secret under two credentials gives unrelated ciphertexts (per-credential keys)", async () => {
    const body = { integration_name: "tavily", auth_data: { api_key: "tvly-same-secret-000" } };
    const a = await h.call("POST", "/credentials", { ...asOwner, body });
    const b = await h.call("POST", "/credentials", { ...asOwner, body });
    const rows = (h.mock.state() as { credentials: Array<{ credential_id: string; encrypted_secret: string }> })
      .credentials;
    const sealed = (id: string) => rows.find((c) => c.credential_id === id)!.encrypted_secret.split(":")[2];
    expect(sealed(a.body.credential_id)).not.toBe(sealed(b.body.credential_id));
    expect(JSON.stringify(rows)).not.toContain("tvly-same-secret");
  });
  it("a different master key gives different hashes and ciphertext for the same seed", async () => {
    const other = await harness({ masterKey: "another-master-key-for-tests" });
    const hashes = (x: Harness) =>
      (x.mock.state() as { api_keys: Array<{ key_hash: string }> }).api_keys.map((k) => k.key_hash);
    expect(hashes(other)).not.toEqual(hashes(h));
    expect((await other.call("GET", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner)).body.auth_data_masked).toBe(
      "xoxb***oken",
    );
  });
});

describe("POST /__mock/reset", () => {
  it("returns to the seed: changes, faults and rate-limit counters are dropped", async () => {
    const initial = h.mock.state();
    await h.call("DELETE", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner);
    await h.call("POST", "/__mock/faults", { body: { path: "/integrations", status: 503 } });
    const before = await h.call("GET", "/me", { auth: DEMO.keys.owner });
    expect((await h.call("POST", "/__mock/reset")).status).toBe(204);
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner)).status).toBe(200);
    expect((await h.call("GET", "/integrations", { auth: DEMO.keys.owner })).status).toBe(200);
    const after = await h.call("GET", "/me", { auth: DEMO.keys.owner });
    expect(Number(after.headers.get("x-ratelimit-remaining"))).toBeGreaterThan(
      Number(before.headers.get("x-ratelimit-remaining")) - 2,
    );
    await h.mock.reset();
    // Equal but for the ciphertexts: every encryption draws a fresh nonce.
    const comparable = (state: unknown) => JSON.parse(JSON.stringify(state).replace(/"v1:[^"]+"/g, '"sealed"'));
    expect(comparable(h.mock.state())).toEqual(comparable(initial));
  });
  it("keeps signed-in sessions valid (the key pair survives a reset)", async () => {
    const jwt = await h.jwt(DEMO.users.owner.email);
    await h.mock.reset();
    expect((await h.call("GET", "/me", { auth: jwt })).status).toBe(200);
  });
});

describe("faults", () => {
  it("a 429 fault is spec-valid: object detail, Retry-After and rate-limit headers; it is used up after count", async () => {
    const armed = await h.call("POST", "/__mock/faults", {
      body: { method: "GET", path: "/credentials", status: 429, retry_after: 2, count: 2 },
    });
    expect(armed).toMatchObject({
      status: 201,
      body: { fault_id: 1, method: "GET", path: "/credentials", status: 429, retry_after: 2, count: 2, delay_ms: 0 },
    });
    for (let i = 0; i < 2; i++) {
      const r = await h.call("GET", "/credentials", asOwner);
      expect(r.status).toBe(429);
      expect(r.headers.get("retry-after")).toBe("2");
      expect(r.body.detail).toMatchObject({ retry_after: 2, remaining: 0 });
    }
    expect((await h.call("GET", "/credentials", asOwner)).status).toBe(200);
  });
  it("an outage fault (503 with Retry-After) matches method and path pattern, before authentication", async () => {
    await h.call("POST", "/__mock/faults", {
      body: { method: "POST", path: "/credentials/*/test", status: 503, retry_after: 30, count: 5 },
    });
    const r = await h.call("POST", `/credentials/${DEMO.credentials.acmeSlack}/test`);
    expect(r).toMatchObject({ status: 503, body: { detail: "Injected fault: 503 Service Unavailable" } });
    expect(r.headers.get("retry-after")).toBe("30");
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner)).status).toBe(200);
    expect(
      (
        await h.call("POST", "/credentials/test-temporary", {
          ...asOwner,
          body: { integration_name: "tavily", auth_type: "api_key", auth_data: { api_key: "tvly-1" } },
        })
      ).status,
    ).toBe(200);
  });
  it("the default method * and a /** pattern match everything below", async () => {
    await h.call("POST", "/__mock/faults", { body: { path: "/credentials/**", status: 500, count: 3 } });
    expect((await h.call("GET", "/credentials", asOwner)).status).toBe(500);
    expect(
      (await h.call("PUT", `/credentials/${DEMO.credentials.acmeSlack}`, { ...asOwner, body: { display_name: "x" } }))
        .status,
    ).toBe(500);
    expect((await h.call("GET", "/members", asOwner)).status).toBe(200);
  });
  it("delays are recorded, not slept; status 0 only delays", async () => {
    await h.call("POST", "/__mock/faults", { body: { path: "/me", status: 0, delay_ms: 1500 } });
    expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(200);
    expect(h.slept).toEqual([1500]);
  });
  it("a fault with count null answers every matching request until cleared, and is listed with count null", async () => {
    const armed = await h.call("POST", "/__mock/faults", {
      body: { method: "GET", path: "/integrations", status: 503, count: null },
    });
    expect(armed).toMatchObject({ status: 201, body: { count: null } });
    for (let i = 0; i < 25; i++) expect((await h.call("GET", "/integrations", asOwner)).status).toBe(503);
    expect(h.mock.armFault({ path: "/me", status: 500, count: null })).toMatchObject({ count: null });
    expect((await h.call("GET", "/me", asOwner)).status).toBe(500);
    expect((await h.call("DELETE", "/__mock/faults")).status).toBe(204);
    expect((await h.call("GET", "/integrations", asOwner)).status).toBe(200);
  });
  it("DELETE /__mock/faults disarms every fault; control routes are never faulted", async () => {
    await h.call("POST", "/__mock/faults", { body: { path: "/**", status: 503, count: 100 } });
    expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(503);
    expect((await h.call("DELETE", "/__mock/faults")).status).toBe(204);
    expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(200);
  });
  it("refuses a bad fault (400)", async () => {
    expect((await h.call("POST", "/__mock/faults", { body: { path: "/me", status: 418 } })).status).toBe(400);
    expect((await h.call("POST", "/__mock/faults", { body: { status: 503 } })).status).toBe(400);
  });
  it("checkedFetch catches a status the spec does not declare (the harness really validates)", async () => {
    await h.call("POST", "/__mock/faults", { body: { path: "/me", status: 408 } });
    await expect(h.call("GET", "/me", { auth: DEMO.keys.owner })).rejects.toBeInstanceOf(SpecViolationError);
    h.mock.armFault({ path: "/me", status: 409 });
    await expect(h.fetch(`${BASE}/me`)).rejects.toThrow(/status 409 is not declared/);
  });
});

describe("unexpected errors", () => {
  it("become a spec-valid 500 without details, and are reported to onError", async () => {
    const reported: string[] = [];
    const broken = await harness({
      sleep: () => Promise.reject(new Error("clock broke")),
      onError: (e, op) => reported.push(`${op}: ${(e as Error).message}`),
    });
    broken.mock.armFault({ path: "/me", status: 0, delay_ms: 10 });
    const r = await broken.call("GET", "/me", { auth: DEMO.keys.owner });
    expect(r).toMatchObject({ status: 500, body: { detail: "Internal server error" } });
    expect(r.headers.get("x-request-id")).toBeTruthy();
    expect(reported).toEqual(["getMe: clock broke"]);
  });
});
