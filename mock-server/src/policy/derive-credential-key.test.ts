import { describe, expect, it } from "vitest";
import { deriveCredentialKey, hkdfSha256 } from "./derive-credential-key.js";
import { encryptSecret, decryptSecret } from "./encrypt-secret.js";
import { fromHex, toHex, utf8 } from "./encoding.js";

describe("hkdfSha256", () => {
  it("matches RFC 5869 test case 1", async () => {
    const okm = await hkdfSha256(
      fromHex("0b".repeat(22)),
      fromHex("000102030405060708090a0b0c"),
      fromHex("f0f1f2f3f4f5f6f7f8f9"),
      42,
    );
    expect(toHex(okm)).toBe("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
  });
});

describe("deriveCredentialKey", () => {
  const master = utf8("a-master-key-for-tests-only");
  const org = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
  const other = "4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47";
  const cred = "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e";

  it("derives the same key for the same (organization, credential), so a secret round-trips", async () => {
    const sealed = await encryptSecret(
      await deriveCredentialKey(master, org, cred),
      "xoxb-your-slack-token",
      `${org}:${cred}`,
    );
    expect(await decryptSecret(await deriveCredentialKey(master, org, cred), sealed, `${org}:${cred}`)).toBe(
      "xoxb-your-slack-token",
    );
  });
  it("gives another organization's or credential's key no way to open the ciphertext", async () => {
    const sealed = await encryptSecret(
      await deriveCredentialKey(master, org, cred),
      "xoxb-your-slack-token",
      `${org}:${cred}`,
    );
    await expect(
      decryptSecret(await deriveCredentialKey(master, other, cred), sealed, `${org}:${cred}`),
    ).rejects.toThrow();
    await expect(
      decryptSecret(await deriveCredentialKey(master, org, other), sealed, `${org}:${cred}`),
    ).rejects.toThrow();
    await expect(
      decryptSecret(await deriveCredentialKey(utf8("another-master-key!!"), org, cred), sealed, `${org}:${cred}`),
    ).rejects.toThrow();
  });
});
