const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const API_KEY_PREFIX = "mx_live_";
/** 43 base62 characters carry 43·log2(62) ≈ 256.03 bits. */
const API_KEY_RANDOM_CHARS = 43;

/** Uniform random base62 text (rejection sampling: bytes ≥ 248 would bias the modulo). */
export function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

/** A new API key: `mx_live_` + 43 random base62 characters (≥ 256 bits). */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBase62(API_KEY_RANDOM_CHARS);
}

/** What is kept for display: the prefix and the first 4 random characters (12 characters). */
export function apiKeyDisplayPrefix(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + 4);
}

/** The shape every API key has (`mx_live_` + 32 or more of [A-Za-z0-9]); anything else is malformed. */
export const API_KEY_PATTERN = /^mx_live_[A-Za-z0-9]{32,}$/;
