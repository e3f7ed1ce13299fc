import { describe, expect, it } from "vitest";
import { Keyring, randomMasterKey } from "./keyring.js";

const ORG = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";

describe("Keyring's derived-key cache", () => {
  it("keeps at most maxCachedKeys keys, dropping the oldest; a dropped key is derived again when needed", async () => {
    const keyring = await Keyring.create("a-master-key-for-tests-only", 3);
    const sealed = await keyring.seal(ORG, "c0", { secret: "s0" });
    for (let i = 1; i < 10; i++) await keyring.seal(ORG, `c${i}`, { secret: `s${i}` });
    expect(keyring.cachedKeys).toBe(3);
    expect(await keyring.open(ORG, "c0", sealed)).toEqual({ secret: "s0" });
  });
  it("forget drops one record's key, clearCache every key", async () => {
    const keyring = await Keyring.create("a-master-key-for-tests-only");
    await keyring.seal(ORG, "a", 1);
    await keyring.seal(ORG, "b", 2);
    keyring.forget(ORG, "a");
    expect(keyring.cachedKeys).toBe(1);
    keyring.clearCache();
    expect(keyring.cachedKeys).toBe(0);
  });
  it("refuses a short master key without repeating it", async () => {
    await expect(Keyring.create("short-secret")).rejects.toThrow(/^masterKey must be at least 16 characters$/);
  });
});

describe("randomMasterKey", () => {
  it("is 256 random bits, base64url, different every time", () => {
    const a = randomMasterKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomMasterKey()).not.toBe(a);
  });
});
