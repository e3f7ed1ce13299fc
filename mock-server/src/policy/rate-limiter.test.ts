import { describe, expect, it } from "vitest";
import { FixedWindowRateLimiter } from "./rate-limiter.js";

const MIN = Date.parse("2026-11-29T12:00:00Z");

describe("FixedWindowRateLimiter", () => {
  it("counts per bucket in fixed 60 s windows and reports the tighter bucket", () => {
    const limiter = new FixedWindowRateLimiter();
    const buckets = [
      { id: "key:k", limit: 3 },
      { id: "user:u", limit: 5 },
    ];
    const first = limiter.hit(buckets, MIN + 10_000);
    expect(first).toEqual({ limited: false, limit: 3, remaining: 2, reset: MIN / 1000 + 60, retryAfter: 50 });
    limiter.hit(buckets, MIN + 20_000);
    limiter.hit(buckets, MIN + 30_000);
    const fourth = limiter.hit(buckets, MIN + 59_500);
    expect(fourth).toMatchObject({ limited: true, limit: 3, remaining: 0, retryAfter: 1 });
    expect(limiter.hit(buckets, MIN + 60_000)).toMatchObject({ limited: false, remaining: 2, reset: MIN / 1000 + 120 });
  });
  it("limits a user across keys: the user bucket becomes the tighter one", () => {
    const limiter = new FixedWindowRateLimiter();
    for (let i = 0; i < 4; i++)
      limiter.hit(
        [
          { id: `key:${i}`, limit: 10 },
          { id: "user:u", limit: 4 },
        ],
        MIN,
      );
    expect(
      limiter.hit(
        [
          { id: "key:9", limit: 10 },
          { id: "user:u", limit: 4 },
        ],
        MIN,
      ),
    ).toMatchObject({ limited: true, limit: 4, remaining: 0 });
  });
  it("forgets everything on clear()", () => {
    const limiter = new FixedWindowRateLimiter();
    limiter.hit([{ id: "user:u", limit: 1 }], MIN);
    limiter.clear();
    expect(limiter.hit([{ id: "user:u", limit: 1 }], MIN).limited).toBe(false);
  });
  it("a request refused by one bucket uses up none of the others (a runaway key leaves its user's sign-in usable)", () => {
    const limiter = new FixedWindowRateLimiter();
    const viaKey = [
      { id: "key:k", limit: 600 },
      { id: "user:u", limit: 1200 },
      { id: "org:o", limit: 6000 },
    ];
    let refused = 0;
    for (let i = 0; i < 1250; i++) if (limiter.hit(viaKey, MIN).limited) refused++;
    expect(refused).toBe(650);
    // The same user's sign-in (no key bucket): 600 of its 1200 are left, and the org's 5400 of 6000.
    const viaJwt = limiter.hit(
      [
        { id: "user:u", limit: 1200 },
        { id: "org:o", limit: 6000 },
      ],
      MIN,
    );
    expect(viaJwt).toMatchObject({ limited: false, limit: 1200, remaining: 599 });
  });
  it("the organization bucket throttles every key and user of the organization", () => {
    const limiter = new FixedWindowRateLimiter();
    for (let i = 0; i < 3; i++)
      expect(
        limiter.hit(
          [
            { id: `user:${i}`, limit: 10 },
            { id: "org:o", limit: 3 },
          ],
          MIN,
        ).limited,
      ).toBe(false);
    expect(
      limiter.hit(
        [
          { id: "user:9", limit: 10 },
          { id: "org:o", limit: 3 },
        ],
        MIN,
      ),
    ).toMatchObject({ limited: true, limit: 3, remaining: 0 });
    // ...and the refused user was not charged for it.
    expect(limiter.hit([{ id: "user:9", limit: 10 }], MIN)).toMatchObject({ limited: false, remaining: 9 });
  });
  it("forgets the counts of past windows once a new window begins, so its map holds only the current window's buckets", () => {
    const limiter = new FixedWindowRateLimiter();
    for (let i = 0; i < 50; i++) limiter.hit([{ id: `key:${i}`, limit: 10 }], MIN);
    expect(limiter.size).toBe(50);
    expect(limiter.hit([{ id: "key:0", limit: 10 }], MIN + 60_000)).toMatchObject({ remaining: 9 });
    expect(limiter.size).toBe(1);
  });
});
