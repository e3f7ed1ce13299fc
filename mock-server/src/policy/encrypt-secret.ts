import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from "./encoding.js";

const VERSION = "v1";

/**
 * AES-256-GCM with a random 96-bit nonce; `context` is bound as associated data, so ciphertext
 * moved to another credential or organization fails authentication. Output: `v1:<nonce>:<ct+tag>`.
 */
export async function encryptSecret(key: CryptoKey, plaintext: string, context: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: utf8(context) },
    key,
    utf8(plaintext),
  );
  return `${VERSION}:${toBase64Url(iv)}:${toBase64Url(new Uint8Array(sealed))}`;
}

/** Reverses encryptSecret; rejects on a wrong key, a wrong context or any tampering. */
export async function decryptSecret(key: CryptoKey, sealed: string, context: string): Promise<string> {
  const [version, iv, data] = sealed.split(":");
  if (version !== VERSION || !iv || !data) throw new Error("unrecognised ciphertext format");
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: fromBase64Url(iv), additionalData: utf8(context) },
    key,
    fromBase64Url(data),
  );
  return fromUtf8(new Uint8Array(plain));
}
