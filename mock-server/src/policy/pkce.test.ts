import { describe, expect, it } from "vitest";
import { createCodeVerifier, s256Challenge, verifyCodeVerifier } from "./pkce.js";
import { toBase64Url } from "./encoding.js";

// RFC 7636 Appendix B.
const OCTETS = [
  116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91,
  88, 5, 88, 83, 132, 141, 121,
];
const VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

describe("PKCE S256 (RFC 7636)", () => {
  it("builds the Appendix B verifier from its octets and the challenge from the verifier", async () => {
    expect(toBase64Url(Uint8Array.from(OCTETS))).toBe(VERIFIER);
    expect(await s256Challenge(VERIFIER)).toBe(CHALLENGE);
  });
  it("accepts the matching verifier and refuses any other", async () => {
    expect(await verifyCodeVerifier(VERIFIER, CHALLENGE)).toBe(true);
    expect(await verifyCodeVerifier(VERIFIER.replace("d", "e"), CHALLENGE)).toBe(false);
    expect(await verifyCodeVerifier("too-short", await s256Challenge("too-short"))).toBe(false);
  });
  it("creates 43-character verifiers of the unreserved alphabet", () => {
    const v = createCodeVerifier();
    expect(v).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createCodeVerifier()).not.toBe(v);
  });
});
