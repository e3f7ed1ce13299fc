import { toHex, utf8 } from "./encoding.js";

/** Imports the mock's API-key hashing secret as an HMAC-SHA-256 key. */
export function importHmacKey(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/**
 * The one-way form in which an API key is stored and looked up: HMAC-SHA-256 of the whole key
 * (prefix included) under the mock's hashing secret, as lowercase hex. A fast hash is enough for
 * keys with 256 bits of randomness; the keyed hash means a leaked dump alone cannot test guesses.
 */
export async function hashApiKey(key: string, hmacKey: CryptoKey): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign("HMAC", hmacKey, utf8(key))));
}
