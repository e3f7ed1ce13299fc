import { describe, expect, it } from "vitest";
import { hashApiKey, importHmacKey } from "./hash-api-key.js";
import { utf8 } from "./encoding.js";

describe("hashApiKey", () => {
  it("is HMAC-SHA-256 in hex (RFC 4231 test case 2)", async () => {
    const key = await importHmacKey(utf8("Jefe"));
    expect(await hashApiKey("what do ya want for nothing?", key)).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });
  it("is deterministic per key and differs between keys and between hashing secrets", async () => {
    const a = await importHmacKey(utf8("secret-a"));
    const b = await importHmacKey(utf8("secret-b"));
    const key = "mx_live_DemoOwnerKey0000000000000000000000000000";
    expect(await hashApiKey(key, a)).toBe(await hashApiKey(key, a));
    expect(await hashApiKey(key, a)).not.toBe(await hashApiKey(`${key}1`, a));
    expect(await hashApiKey(key, a)).not.toBe(await hashApiKey(key, b));
    expect(await hashApiKey(key, a)).not.toContain("DemoOwner");
  });
});
