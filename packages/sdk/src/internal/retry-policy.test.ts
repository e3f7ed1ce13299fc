import { describe, expect, it } from "vitest";
import { backoff, retryDelay, type RetryInput } from "./retry-policy.js";

const NOW = Date.UTC(2026, 0, 19, 12, 0, 0);
const base: RetryInput = { retriesSoFar: 0, maxRetries: 2, maxRetryDelay: 60_000, method: "GET", now: NOW, random: 0 };
const headers = (h: Record<string, string>) => new Headers(h);

describe("retryDelay", () => {
  it("waits Retry-After seconds on 429, for every method", () => {
    for (const method of ["GET", "POST", "PUT", "DELETE"])
      expect(retryDelay({ ...base, method, status: 429, headers: headers({ "retry-after": "2" }) })).toBe(2000);
  });

  it("reads Retry-After as an HTTP date against the clock", () => {
    const at = new Date(NOW + 7_000).toUTCString();
    expect(retryDelay({ ...base, status: 429, headers: headers({ "retry-after": at }) })).toBe(7000);
    // A date in the past means "now".
    expect(
      retryDelay({ ...base, status: 429, headers: headers({ "retry-after": new Date(NOW - 5_000).toUTCString() }) }),
    ).toBe(0);
  });

  it("falls back to X-RateLimit-Reset, then to backoff, when Retry-After is absent or malformed", () => {
    const reset = String(NOW / 1000 + 12);
    expect(retryDelay({ ...base, status: 429, headers: headers({ "x-ratelimit-reset": reset }) })).toBe(12_000);
    expect(
      retryDelay({ ...base, status: 429, headers: headers({ "retry-after": "soon", "x-ratelimit-reset": reset }) }),
    ).toBe(12_000);
    expect(retryDelay({ ...base, status: 429, headers: headers({ "retry-after": "-3" }) })).toBe(500);
    expect(retryDelay({ ...base, status: 429, headers: headers({}) })).toBe(500);
  });

  it("refuses to sleep longer than maxRetryDelay (the caller then throws RateLimitError at once)", () => {
    expect(retryDelay({ ...base, status: 429, headers: headers({ "retry-after": "61" }) })).toBeUndefined();
    expect(retryDelay({ ...base, status: 429, headers: headers({ "retry-after": "60" }) })).toBe(60_000);
    expect(
      retryDelay({ ...base, maxRetryDelay: 1000, status: 429, headers: headers({ "retry-after": "2" }) }),
    ).toBeUndefined();
  });

  it("stops after maxRetries", () => {
    expect(
      retryDelay({ ...base, retriesSoFar: 2, status: 429, headers: headers({ "retry-after": "1" }) }),
    ).toBeUndefined();
    expect(retryDelay({ ...base, retriesSoFar: 1, status: 503 })).toBe(1000);
    expect(retryDelay({ ...base, maxRetries: 0, status: 503 })).toBeUndefined();
  });

  it("retries 408, 5xx and network failures only for idempotent methods: a POST is never sent twice", () => {
    for (const status of [408, 500, 502, 503, 504, undefined]) {
      for (const method of ["GET", "PUT", "DELETE", "get"]) expect(retryDelay({ ...base, method, status })).toBe(500);
      for (const method of ["POST", "PATCH"]) expect(retryDelay({ ...base, method, status })).toBeUndefined();
    }
  });

  it("honours Retry-After on a retryable 5xx too, within the cap", () => {
    expect(retryDelay({ ...base, status: 503, headers: headers({ "retry-after": "3" }) })).toBe(3000);
    expect(retryDelay({ ...base, status: 503, headers: headers({ "retry-after": "300" }) })).toBeUndefined();
  });

  it("never retries other statuses", () => {
    for (const status of [200, 201, 204, 400, 401, 403, 404, 409, 422])
      expect(retryDelay({ ...base, status })).toBeUndefined();
  });
});

describe("backoff", () => {
  it("doubles from 0.5 s, caps at 8 s and takes off at most 25% as jitter", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => backoff({ retriesSoFar: n, random: 0 }))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(backoff({ retriesSoFar: 1, random: 0.999999 })).toBeCloseTo(750, 0);
    expect(backoff({ retriesSoFar: 1, random: 0.5 })).toBe(875);
  });
});
