// Every secret operation of the mock in one place, keyed from the master key: API-key hashing
// (HMAC key derived from the master), per-credential AES-256-GCM keys (HKDF per organization and
// credential) and the encryption of PKCE verifiers kept between authorize and callback. Derived
// keys are cached, and leave the cache with their record, on reset, and past `maxCachedKeys`.
import { toBase64Url, utf8 } from "../policy/encoding.js";
import { hashApiKey, importHmacKey } from "../policy/hash-api-key.js";
import { credentialContext, deriveCredentialKey, hkdfSha256, importHkdfKey } from "../policy/derive-credential-key.js";
import { decryptSecret, encryptSecret } from "../policy/encrypt-secret.js";

/** A master key for one mock's lifetime: 256 random bits, never printed or stored. */
export function randomMasterKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** A master key for the browser: 256 random bits as a non-extractable HKDF key (storable in IndexedDB, never readable). */
export function randomMasterCryptoKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", crypto.getRandomValues(new Uint8Array(32)), "HKDF", false, ["deriveBits"]);
}

/** The part of node:crypto the keyring can use where it exists. */
interface NodeCrypto {
  createHmac(algorithm: "sha256", key: Uint8Array): { update(value: string): { digest(encoding: "hex"): string } };
}

/**
 * HMAC-SHA-256 as lowercase hex, computed at once by node:crypto where the runtime has it (Node,
 * Bun, Deno: `process.getBuiltinModule`), or null (a browser: WebCrypto, which answers later on
 * another thread). The same bytes either way; every API-key request hashes, so this is its cost.
 */
export function nativeHmacHex(secret: Uint8Array): ((value: string) => string) | null {
  // Looked up at run time, so the core imports nothing from node: and still runs in a browser.
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const nodeCrypto = runtime?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;
  if (!nodeCrypto) return null;
  return (value) => nodeCrypto.createHmac("sha256", secret).update(value).digest("hex");
}

export class Keyring {
  /** The master key as an HKDF key: imported once, never extractable. */
  #master: CryptoKey;
  #hmac: CryptoKey;
  #nativeHmac: ((value: string) => string) | null;
  #keys = new Map<string, Promise<CryptoKey>>();
  #maxCachedKeys: number;

  private constructor(
    master: CryptoKey,
    hmac: CryptoKey,
    nativeHmac: ((value: string) => string) | null,
    maxCachedKeys: number,
  ) {
    this.#master = master;
    this.#hmac = hmac;
    this.#nativeHmac = nativeHmac;
    this.#maxCachedKeys = maxCachedKeys;
  }

  /** From a master key string (16+ characters), or an HKDF CryptoKey (the browser keeps one non-extractable across reloads). */
  static async create(masterKey: string | CryptoKey, maxCachedKeys = 1000): Promise<Keyring> {
    if (typeof masterKey === "string" && masterKey.length < 16)
      throw new Error("masterKey must be at least 16 characters");
    if (typeof masterKey !== "string" && masterKey.algorithm.name !== "HKDF")
      throw new Error("a masterKey CryptoKey must be an HKDF key");
    const master = await importHkdfKey(typeof masterKey === "string" ? utf8(masterKey) : masterKey);
    const hmacBytes = await hkdfSha256(master, new Uint8Array(0), utf8("mx-api-key-hmac:v1"), 32);
    return new Keyring(master, await importHmacKey(hmacBytes), nativeHmacHex(hmacBytes), maxCachedKeys);
  }

  /** A value that tells whether saved state was sealed under this master key (an HMAC of a constant; reveals nothing). */
  check(): Promise<string> {
    return this.hash("modulex-mock:state-key-check:v1");
  }

  /** The one-way form of an API key, an OAuth state or an authorization code. */
  hash(value: string): Promise<string> {
    return this.#nativeHmac ? Promise.resolve(this.#nativeHmac(value)) : hashApiKey(value, this.#hmac);
  }

  #key(organizationId: string, scopeId: string): Promise<CryptoKey> {
    const id = `${organizationId}:${scopeId}`;
    let key = this.#keys.get(id);
    if (key) return key;
    // Map keeps insertion order: the first entry is the oldest.
    while (this.#keys.size >= this.#maxCachedKeys) this.#keys.delete(this.#keys.keys().next().value!);
    key = deriveCredentialKey(this.#master, organizationId, scopeId);
    this.#keys.set(id, key);
    return key;
  }

  /** Drops the cached key of a record that is gone (a deleted credential, a finished OAuth2 connection). */
  forget(organizationId: string, scopeId: string): void {
    this.#keys.delete(`${organizationId}:${scopeId}`);
  }

  /** Drops every cached key (reset). */
  clearCache(): void {
    this.#keys.clear();
  }

  /** How many derived keys are cached. */
  get cachedKeys(): number {
    return this.#keys.size;
  }

  async seal(organizationId: string, scopeId: string, value: unknown): Promise<string> {
    return encryptSecret(
      await this.#key(organizationId, scopeId),
      JSON.stringify(value),
      credentialContext(organizationId, scopeId),
    );
  }

  async open<T>(organizationId: string, scopeId: string, sealed: string): Promise<T> {
    return JSON.parse(
      await decryptSecret(await this.#key(organizationId, scopeId), sealed, credentialContext(organizationId, scopeId)),
    ) as T;
  }
}
