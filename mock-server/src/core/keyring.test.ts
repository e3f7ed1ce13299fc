import { describe, expect, it } from "vitest";
import { Keyring, randomMasterCryptoKey, randomMasterKey } from "./keyring.js";

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
  it("sealMany seals what seal seals, each under its own record's key, and caches no key", async () => {
    const keyring = await Keyring.create("a-master-key-for-tests-only");
    const items = Array.from({ length: 150 }, (_, i) => ({ organizationId: ORG, scopeId: `c${i}`, value: { n: i } }));
    const sealed = await keyring.sealMany(items);
    expect(keyring.cachedKeys).toBe(0);
    expect(sealed).toHaveLength(150);
    expect(new Set(sealed).size).toBe(150);
    for (const [i, text] of sealed.entries()) expect(await keyring.open(ORG, `c${i}`, text)).toEqual({ n: i });
    await expect(keyring.open(ORG, "c1", sealed[0]!)).rejects.toThrow();
  });
  it("sealMany without node:crypto (a non-extractable master, as in the browser) opens the same way", async () => {
    const keyring = await Keyring.create(await randomMasterCryptoKey());
    const [sealed] = await keyring.sealMany([{ organizationId: ORG, scopeId: "c", value: "secret" }]);
    expect(sealed).not.toContain("secret");
    expect(await keyring.open(ORG, "c", sealed!)).toBe("secret");
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
