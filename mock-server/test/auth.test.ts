// Authentication: every way a bearer token is refused is a 401 (without rate-limit headers), and
// both token kinds work: API keys found by their hash, JWTs verified by signature and expiry.
import { beforeEach, describe, expect, it } from "vitest";
import { DEMO, harness, type Harness } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

describe("401: missing, malformed, unknown, revoked or expired tokens", () => {
  it("refuses a request without Authorization", async () => {
    const r = await h.call("GET", "/me");
    expect(r.status).toBe(401);
    expect(r.body.detail).toMatch(/Missing Authorization/);
    expect(r.headers.get("x-request-id")).toBeTruthy();
  });
  it("refuses a malformed Authorization header and a malformed API key", async () => {
    expect((await h.call("GET", "/me", { headers: { Authorization: "Basic abc" } })).status).toBe(401);
    const short = await h.call("GET", "/me", { auth: "mx_live_short" });
    expect(short).toMatchObject({ status: 401, body: { detail: "Malformed API key" } });
    expect((await h.call("GET", "/me", { auth: "not-a-token" })).body.detail).toMatch(/Malformed token/);
  });
  it("refuses an unknown API key", async () => {
    const r = await h.call("GET", "/me", { auth: `mx_live_${"Z".repeat(40)}` });
    expect(r).toMatchObject({ status: 401, body: { detail: "Invalid or expired API key" } });
  });
  it("refuses a revoked API key at once", async () => {
    const jwt = await h.jwt(DEMO.users.owner.email);
    const created = await h.call("POST", "/api-keys", { auth: jwt, body: { name: "tmp", expires_in_seconds: 3600 } });
    expect((await h.call("GET", "/me", { auth: created.body.key })).status).toBe(200);
    expect((await h.call("DELETE", `/api-keys/${created.body.api_key_id}`, { auth: jwt })).status).toBe(204);
    expect(await h.call("GET", "/me", { auth: created.body.key })).toMatchObject({
      status: 401,
      body: { detail: "API key has been revoked" },
    });
  });
  it("refuses an expired API key", async () => {
    const jwt = await h.jwt(DEMO.users.owner.email, 86_400);
    const created = await h.call("POST", "/api-keys", {
      auth: jwt,
      body: { name: "short-lived", expires_in_seconds: 3600 },
    });
    h.clock.advance(3599_000);
    expect((await h.call("GET", "/me", { auth: created.body.key })).status).toBe(200);
    h.clock.advance(1000);
    expect(await h.call("GET", "/me", { auth: created.body.key })).toMatchObject({
      status: 401,
      body: { detail: "API key has expired" },
    });
  });
  it("refuses a tampered JWT", async () => {
    const jwt = await h.jwt(DEMO.users.member.email);
    const [head, payload, sig] = jwt.split(".");
    const claims = JSON.parse(atob(payload!.replace(/-/g, "+").replace(/_/g, "/")));
    const forged = btoa(JSON.stringify({ ...claims, sub: DEMO.users.owner.userId }))
      .replace(/=+$/, "")
      .replace(/\+/g, "-")
      .replace(/\//g, "_");
    expect(await h.call("GET", "/me", { auth: `${head}.${forged}.${sig}` })).toMatchObject({
      status: 401,
      body: { detail: "Invalid token" },
    });
    expect((await h.call("GET", "/me", { auth: `${head}.${payload}.${sig!.slice(0, -4)}AAAA` })).status).toBe(401);
  });
  it("refuses a JWT signed by another mock's key pair", async () => {
    const other = await harness();
    expect((await h.call("GET", "/me", { auth: await other.jwt(DEMO.users.owner.email) })).status).toBe(401);
  });
  it("refuses an expired JWT, by the injected clock", async () => {
    const jwt = await h.jwt(DEMO.users.owner.email, 60);
    expect((await h.call("GET", "/me", { auth: jwt })).status).toBe(200);
    h.clock.advance(60_000);
    expect(await h.call("GET", "/me", { auth: jwt })).toMatchObject({
      status: 401,
      body: { detail: "Token has expired" },
    });
    expect(await h.call("GET", "/me", { auth: await h.jwt(DEMO.users.owner.email, -10) })).toMatchObject({
      status: 401,
      body: { detail: "Token has expired" },
    });
  });
  it("a 401 comes before a missing organization header (auth order)", async () => {
    expect((await h.call("GET", "/credentials")).status).toBe(401);
  });
});

describe("accepted tokens", () => {
  it("an API key authenticates as its owner (auth_method api_key)", async () => {
    const r = await h.call("GET", "/me", { auth: DEMO.keys.owner });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      user_id: DEMO.users.owner.userId,
      auth_method: "api_key",
      api_key_id: DEMO.apiKeyIds.owner,
    });
  });
  it("a JWT authenticates as its subject (auth_method jwt)", async () => {
    const r = await h.call("GET", "/me", { auth: await h.jwt(DEMO.users.admin.email) });
    expect(r.body).toMatchObject({
      user_id: DEMO.users.admin.userId,
      email: DEMO.users.admin.email,
      auth_method: "jwt",
      api_key_id: null,
    });
  });
  it("echoes a well-formed X-Request-ID and makes one up otherwise", async () => {
    const r = await h.call("GET", "/me", { auth: DEMO.keys.owner, headers: { "X-Request-ID": "trace-123" } });
    expect(r.headers.get("x-request-id")).toBe("trace-123");
    const other = await h.call("GET", "/me", { auth: DEMO.keys.owner });
    expect(other.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
