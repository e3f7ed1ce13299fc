import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret } from "./encrypt-secret.js";

const key = () => crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);

describe("encryptSecret / decryptSecret (AES-256-GCM)", () => {
  it("round-trips and never shows the plaintext in the sealed form", async () => {
    const k = await key();
    const sealed = await encryptSecret(k, "tvly-dev-1a2b3c4d5e6f7a8b9c0d", "ctx");
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain("tvly");
    expect(await decryptSecret(k, sealed, "ctx")).toBe("tvly-dev-1a2b3c4d5e6f7a8b9c0d");
  });
  it("uses a fresh nonce each time", async () => {
    const k = await key();
    expect(await encryptSecret(k, "same", "ctx")).not.toBe(await encryptSecret(k, "same", "ctx"));
  });
  it("refuses another context (the bound organization and credential ids) and any tampering", async () => {
    const k = await key();
    const sealed = await encryptSecret(k, "secret", "org-a:cred-1");
    await expect(decryptSecret(k, sealed, "org-a:cred-2")).rejects.toThrow();
    const [v, iv, data] = sealed.split(":");
    const flipped = data!.slice(0, -2) + (data!.at(-2) === "A" ? "B" : "A") + data!.at(-1);
    await expect(decryptSecret(k, `${v}:${iv}:${flipped}`, "org-a:cred-1")).rejects.toThrow();
    await expect(decryptSecret(k, `v2:${iv}:${data}`, "org-a:cred-1")).rejects.toThrow(/format/);
  });
});
