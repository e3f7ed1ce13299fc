import { describe, expect, test } from "vitest";
import { SecretRegistry } from "./secret-registry.js";

describe("SecretRegistry", () => {
  test("finds a submitted secret anywhere in a text, with what it is", () => {
    const secrets = new SecretRegistry();
    secrets.add("sk-mxcAbcdef123456", "credential secret");
    expect(secrets.findLeaks('{"auth_summary":"sk-mxcAbcdef123456"}')).toEqual(["credential secret"]);
    expect(secrets.findLeaks('{"auth_summary":"sk-m***3456"}')).toEqual([]);
  });

  test("short values are not searched (they occur by chance) and allowed ones are skipped", () => {
    const secrets = new SecretRegistry();
    secrets.add("bearer", "credential secret");
    secrets.add("mx_live_abcdefghijklmnopqrstuvwxyz0123456789", "API key");
    expect(secrets.findLeaks("token_type: bearer")).toEqual([]);
    expect(
      secrets.findLeaks(
        "mx_live_abcdefghijklmnopqrstuvwxyz0123456789",
        new Set(["mx_live_abcdefghijklmnopqrstuvwxyz0123456789"]),
      ),
    ).toEqual([]);
  });

  test("redact replaces every known secret by its masked form, longest first", () => {
    const secrets = new SecretRegistry();
    secrets.add("tok-mxcLongSecretValue", "credential secret");
    secrets.add("tok-mxcLongSecretValue-and-more", "credential secret");
    const out = secrets.redact("a tok-mxcLongSecretValue-and-more b tok-mxcLongSecretValue");
    expect(out).not.toContain("mxcLongSecretValue");
    expect(out).toBe("a [redacted tok-***more] b [redacted tok-***alue]");
  });

  test("credentials remembered for the masking rule register their secrets too", () => {
    const secrets = new SecretRegistry();
    secrets.addCredential("c1", { authType: "api_key", authData: { api_key: "sk-mxcRemembered0001" } });
    expect(secrets.credential("c1")?.authType).toBe("api_key");
    expect(secrets.findLeaks("…sk-mxcRemembered0001…")).toEqual(["credential secret"]);
  });
});
