import { describe, expect, it } from "vitest";
import { credentialContext, deriveCredentialKey, hkdfSha256 } from "../policy/derive-credential-key.js";
import { decryptSecret, encryptSecret } from "../policy/encrypt-secret.js";
import { fromBase64Url, utf8 } from "../policy/encoding.js";
import { hashApiKey, importHmacKey } from "../policy/hash-api-key.js";
import { hkdf, hkdfAsync, hmacHex, nodeCrypto, open, seal } from "./native-crypto.js";

const ORG = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
const CRED = "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e";
const native = nodeCrypto()!;
const master = utf8("a-master-key-for-tests-only");

describe("node:crypto gives the bytes WebCrypto gives (state sealed by one opens with the other)", () => {
  it("finds node:crypto here, and nothing where the runtime has no process (a browser)", () => {
    expect(native).not.toBeNull();
    const { process } = globalThis;
    try {
      Object.defineProperty(globalThis, "process", { value: undefined, configurable: true });
      expect(nodeCrypto()).toBeNull();
    } finally {
      Object.defineProperty(globalThis, "process", { value: process, configurable: true });
    }
  });

  it("HMAC-SHA-256", async () => {
    const key = crypto.getRandomValues(new Uint8Array(32));
    const webCrypto = await importHmacKey(key);
    for (const value of ["mx_live_DemoOwnerKey0000000000000000000000000000", "", "ünïcode ✓"]) {
      expect(hmacHex(native, key, value)).toBe(await hashApiKey(value, webCrypto));
    }
  });

  it("HKDF-SHA-256, from raw bytes or a KeyObject, on this thread or the thread pool", async () => {
    const info = credentialContext(ORG, CRED);
    const expected = await hkdfSha256(master, new Uint8Array(0), utf8(info), 32);
    expect(hkdf(native, master, info, 32)).toEqual(expected);
    expect(hkdf(native, native.createSecretKey(master), info, 32)).toEqual(expected);
    expect(await hkdfAsync(native, native.createSecretKey(master), info, 32)).toEqual(expected);
  });

  it("AES-256-GCM: a fresh 96-bit nonce every seal, across refills of the nonce pool", () => {
    const key = hkdf(native, master, "nonces", 32);
    const ivs = Array.from({ length: 600 }, () => seal(native, key, "x", "ctx").split(":")[1]!);
    expect(new Set(ivs).size).toBe(600);
    expect(ivs.every((iv) => fromBase64Url(iv).length === 12)).toBe(true);
  });

  it("AES-256-GCM both ways, and a wrong context, a wrong key or tampering fails", async () => {
    const context = credentialContext(ORG, CRED);
    const raw = hkdf(native, master, context, 32);
    const webKey = await deriveCredentialKey(master, ORG, CRED);
    const byNode = seal(native, raw, '{"api_key":"xoxb-your-slack-token"}', context);
    expect(byNode).toMatch(/^v1:[\w-]{16}:[\w-]+$/);
    expect(await decryptSecret(webKey, byNode, context)).toBe('{"api_key":"xoxb-your-slack-token"}');
    const byWebCrypto = await encryptSecret(webKey, "secret ✓", context);
    expect(open(native, raw, byWebCrypto, context)).toBe("secret ✓");
    expect(() => open(native, raw, byNode, credentialContext(ORG, "another"))).toThrow();
    expect(() => open(native, hkdf(native, master, "other", 32), byNode, context)).toThrow();
    const [v, iv, data] = byNode.split(":");
    // The second-last character changes (six whole bits of the tag; the last may hold padding bits).
    const flipped = `${data!.slice(0, -2)}${data!.at(-2) === "A" ? "B" : "A"}${data!.slice(-1)}`;
    expect(() => open(native, raw, `${v}:${iv}:${flipped}`, context)).toThrow();
    expect(() => open(native, raw, "v2:x:y", context)).toThrow(/unrecognised ciphertext format/);
  });
});
