import { sha256, toBase64Url, utf8 } from "./encoding.js";

/** A code_verifier per RFC 7636 §4.1: 32 random octets, base64url (43 characters). */
export function createCodeVerifier(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** S256 code_challenge = BASE64URL(SHA256(ASCII(code_verifier))) (RFC 7636 §4.2). */
export async function s256Challenge(codeVerifier: string): Promise<string> {
  return toBase64Url(await sha256(utf8(codeVerifier)));
}

/** RFC 7636 §4.1: 43–128 characters of [A-Z] [a-z] [0-9] - . _ ~ */
const CODE_VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/;

/** The token endpoint's check (RFC 7636 §4.6): does this verifier produce the stored challenge? */
export async function verifyCodeVerifier(codeVerifier: string, codeChallenge: string): Promise<boolean> {
  if (!CODE_VERIFIER_PATTERN.test(codeVerifier)) return false;
  return (await s256Challenge(codeVerifier)) === codeChallenge;
}
