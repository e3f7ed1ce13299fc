// Rate limits: per key and per user, fixed 60 s windows, limits from the seed; X-RateLimit-* on
// every authenticated response (401 excepted); 429 with Retry-After and an object detail; fail-open.
import { describe, expect, it } from "vitest";
import { DEMO, demoSeedWith, harness, START } from "./support.js";

const acme = { auth: DEMO.keys.owner, org: DEMO.orgs.acme };
const resetAt = String(Math.floor(START / 60_000) * 60 + 60);

describe("rate-limit headers", () => {
  it("are on 200, 400, 403, 404 and 409 answers, and not on 401", async () => {
    const h = await harness();
    const statuses: number[] = [];
    for (const [method, path, who, body] of [
      ["GET", "/credentials", acme],
      ["GET", "/credentials", { auth: DEMO.keys.owner }],
      ["GET", "/credentials", { auth: DEMO.keys.outsider, org: DEMO.orgs.acme }],
      ["GET", `/credentials/${crypto.randomUUID()}`, acme],
      ["POST", "/members/invitations", acme, { email: "admin@acme.test" }],
    ] as const) {
      const r = await h.call(method, path, { ...who, body });
      statuses.push(r.status);
      expect(r.headers.get("x-ratelimit-limit"), `${r.status}`).toBe("600");
      expect(r.headers.get("x-ratelimit-reset")).toBe(resetAt);
    }
    expect(statuses).toEqual([200, 400, 403, 404, 409]);
    const unauthorized = await h.call("GET", "/me", { auth: `mx_live_${"x".repeat(40)}` });
    expect(unauthorized.headers.get("x-ratelimit-limit")).toBeNull();
  });
  it("count down per key within the window and reset with the next one", async () => {
    const h = await harness();
    const remaining = async () =>
      Number((await h.call("GET", "/me", { auth: DEMO.keys.owner })).headers.get("x-ratelimit-remaining"));
    expect([await remaining(), await remaining(), await remaining()]).toEqual([599, 598, 597]);
    h.clock.advance(60_000);
    expect(await remaining()).toBe(599);
  });
});

describe("429", () => {
  it("past the per-key limit (from the seed): Retry-After, object detail; the next window lets requests through", async () => {
    const h = await harness({
      seed: demoSeedWith({ rate_limits: { per_key_per_minute: 3, per_user_per_minute: 100 } }),
    });
    h.clock.advance(15_000);
    for (let i = 0; i < 3; i++) expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(200);
    const limited = await h.call("GET", "/me", { auth: DEMO.keys.owner });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      detail: { message: "Rate limit exceeded", limit: 3, remaining: 0, reset: Number(resetAt), retry_after: 45 },
    });
    expect(limited.headers.get("retry-after")).toBe("45");
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect((await h.call("GET", "/me", { auth: await h.jwt(DEMO.users.owner.email) })).status).toBe(200); // the user's own budget is not spent
    h.clock.advance(45_000);
    expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(200);
  });
  it("per user across keys and JWTs, reporting the tighter limit", async () => {
    const h = await harness({
      seed: demoSeedWith({ rate_limits: { per_key_per_minute: 100, per_user_per_minute: 4 } }),
    });
    const jwt = await h.jwt(DEMO.users.owner.email);
    const first = await h.call("GET", "/me", { auth: DEMO.keys.owner });
    expect([first.headers.get("x-ratelimit-limit"), first.headers.get("x-ratelimit-remaining")]).toEqual(["4", "3"]);
    await h.call("GET", "/me", { auth: jwt });
    await h.call("GET", "/me", { auth: DEMO.keys.owner });
    await h.call("GET", "/me", { auth: jwt });
    expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(429);
    expect((await h.call("GET", "/me", { auth: jwt })).status).toBe(429);
    expect((await h.call("GET", "/me", { auth: DEMO.keys.admin })).status).toBe(200); // another user
  });
  it("comes after authentication (an unknown key is still 401) and before 400/403", async () => {
    const h = await harness({
      seed: demoSeedWith({ rate_limits: { per_key_per_minute: 1, per_user_per_minute: 100 } }),
    });
    await h.call("GET", "/me", { auth: DEMO.keys.outsider });
    expect((await h.call("GET", "/credentials", { auth: DEMO.keys.outsider, org: DEMO.orgs.acme })).status).toBe(429);
    expect((await h.call("GET", "/me", { auth: `mx_live_${"q".repeat(40)}` })).status).toBe(401);
  });
});

describe("fail-open", () => {
  it("a limiter that throws lets requests through, still with rate-limit headers", async () => {
    const h = await harness({
      rateLimiter: {
        hit: () => {
          throw new Error("limiter down");
        },
        clear: () => undefined,
      },
    });
    const r = await h.call("GET", "/credentials", acme);
    expect(r.status).toBe(200);
    expect(r.headers.get("x-ratelimit-limit")).toBe("600");
    expect(r.headers.get("x-ratelimit-remaining")).toBe("600");
  });
});
