import { describe, expect, it } from "vitest";
import { hashApiKey, importHmacKey } from "../policy/hash-api-key.js";
import { Keyring, nativeHmacHex, randomMasterKey } from "./keyring.js";

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

describe("nativeHmacHex", () => {
  it("computes the very hashes WebCrypto does (so state saved by either reads in the other)", async () => {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const native = nativeHmacHex(secret);
    expect(native).not.toBeNull(); // Node has node:crypto
    const webCrypto = await importHmacKey(secret);
    for (const value of ["mx_live_DemoOwnerKey0000000000000000000000000000", "", "ünïcode ✓"]) {
      expect(native!(value)).toBe(await hashApiKey(value, webCrypto));
    }
  });
  it("is null where the runtime has no node:crypto (a browser)", () => {
    const { process } = globalThis;
    try {
      Object.defineProperty(globalThis, "process", { value: undefined, configurable: true });
      expect(nativeHmacHex(new Uint8Array(32))).toBeNull();
    } finally {
      Object.defineProperty(globalThis, "process", { value: process, configurable: true });
    }
  });
});

describe("randomMasterKey", () => {
  it("is 256 random bits, base64url, different every time", () => {
    const a = randomMasterKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomMasterKey()).not.toBe(a);
  });
});
