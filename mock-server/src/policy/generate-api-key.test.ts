import { describe, expect, it } from "vitest";
import { API_KEY_PATTERN, apiKeyDisplayPrefix, generateApiKey, randomBase62 } from "./generate-api-key.js";

describe("generateApiKey", () => {
  it("is mx_live_ + 43 base62 characters (≥ 256 bits), unique each time", () => {
    const keys = new Set(Array.from({ length: 200 }, generateApiKey));
    expect(keys.size).toBe(200);
    for (const key of keys) {
      expect(key).toMatch(/^mx_live_[A-Za-z0-9]{43}$/);
      expect(API_KEY_PATTERN.test(key)).toBe(true);
    }
    expect(43 * Math.log2(62)).toBeGreaterThanOrEqual(256);
  });
  it("keeps a 12-character display prefix matching the spec's pattern", () => {
    expect(apiKeyDisplayPrefix("mx_live_Q7vKp2Lx9ZbN4mRt8WcY1dFh6JsA3eGu5TkV0oPiXqB7nM2")).toBe("mx_live_Q7vK");
    expect(apiKeyDisplayPrefix(generateApiKey())).toMatch(/^mx_live_[A-Za-z0-9]{4}$/);
  });
  it("draws every base62 character (no alphabet gap)", () => {
    expect(new Set(randomBase62(20_000)).size).toBe(62);
  });
});
