import { describe, expect, test } from "vitest";
import { rateLimitRetryDelay } from "./rate-limit-retry-delay.js";

describe("rateLimitRetryDelay", () => {
  test("waits out Retry-After on a 429, at least a second", () => {
    expect(rateLimitRetryDelay(429, "3", 0, 65_000)).toBe(3000);
    expect(rateLimitRetryDelay(429, "0", 0, 65_000)).toBe(1000);
    expect(rateLimitRetryDelay(429, null, 1, 65_000)).toBe(1000);
    expect(rateLimitRetryDelay(429, "soon", 0, 65_000)).toBe(1000);
  });
  test("keeps the answer: not a 429, out of retries, or a wait over the bound", () => {
    expect(rateLimitRetryDelay(200, "3", 0, 65_000)).toBeNull();
    expect(rateLimitRetryDelay(429, "3", 2, 65_000)).toBeNull();
    expect(rateLimitRetryDelay(429, "120", 0, 65_000)).toBeNull();
  });
});
