// Every secret operation of the mock in one place, keyed from the master key: API-key hashing
// (HMAC key derived from the master), per-credential AES-256-GCM keys (HKDF per organization and
// credential) and the encryption of PKCE verifiers kept between authorize and callback. Derived
// keys are cached, and leave the cache with their record, on reset, and past `maxCachedKeys`.
import { toBase64Url, utf8 } from "../policy/encoding.js";
import { hashApiKey, importHmacKey } from "../policy/hash-api-key.js";
import { credentialContext, deriveCredentialKey, hkdfSha256, importHkdfKey } from "../policy/derive-credential-key.js";
import { decryptSecret, encryptSecret } from "../policy/encrypt-secret.js";
import { hkdf, hkdfAsync, hmacHex, nodeCrypto, open, seal, type SecretKeyObject } from "./native-crypto.js";

/** How many keys `sealMany` derives at once (enough to keep the thread pool busy, bounded in memory). */
const SEAL_BATCH = 64;

/** A master key for one mock's lifetime: 256 random bits, never printed or stored. */
export function randomMasterKey(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** A master key for the browser: 256 random bits as a non-extractable HKDF key (storable in IndexedDB, never readable). */
export function randomMasterCryptoKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", crypto.getRandomValues(new Uint8Array(32)), "HKDF", false, ["deriveBits"]);
}

/** The keyring's keys as node:crypto takes them (in memory only), where it can be used. */
interface NativeKeys {
  crypto: NonNullable<ReturnType<typeof nodeCrypto>>;
  /** Imported once (a KeyObject), not on every derivation. */
  master: SecretKeyObject;
  hmac: Uint8Array;
}

export class Keyring {
  /** The master key as an HKDF key: imported once, never extractable. */
  #master: CryptoKey;
  #hmac: CryptoKey;
  /** Where node:crypto exists and the master key was given as text (not a non-extractable CryptoKey). */
  #native: NativeKeys | null;
  #keys = new Map<string, Promise<CryptoKey> | Uint8Array>();
  #maxCachedKeys: number;

  private constructor(master: CryptoKey, hmac: CryptoKey, native: NativeKeys | null, maxCachedKeys: number) {
    this.#master = master;
    this.#hmac = hmac;
    this.#native = native;
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
    const crypto = nodeCrypto();
    const native =
      crypto && typeof masterKey === "string"
        ? { crypto, master: crypto.createSecretKey(utf8(masterKey)), hmac: hmacBytes }
        : null;
    return new Keyring(master, await importHmacKey(hmacBytes), native, maxCachedKeys);
  }

  /** A value that tells whether saved state was sealed under this master key (an HMAC of a constant; reveals nothing). */
  check(): Promise<string> {
    return this.hash("modulex-mock:state-key-check:v1");
  }

  /** The one-way form of an API key, an OAuth state or an authorization code. */
  hash(value: string): Promise<string> {
    const native = this.#native;
    return native ? Promise.resolve(hmacHex(native.crypto, native.hmac, value)) : hashApiKey(value, this.#hmac);
  }

  /** The record's derived key: a CryptoKey for WebCrypto, or its bytes for node:crypto. */
  #key(organizationId: string, scopeId: string): Promise<CryptoKey> | Uint8Array {
    const id = `${organizationId}:${scopeId}`;
    let key = this.#keys.get(id);
    if (key) return key;
    // Map keeps insertion order: the first entry is the oldest.
    while (this.#keys.size >= this.#maxCachedKeys) this.#keys.delete(this.#keys.keys().next().value!);
    const native = this.#native;
    key = native
      ? hkdf(native.crypto, native.master, credentialContext(organizationId, scopeId), 32)
      : deriveCredentialKey(this.#master, organizationId, scopeId);
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
    return this.#sealUnder(this.#key(organizationId, scopeId), organizationId, scopeId, value);
  }

  /**
   * `seal` for many records at once (a seed's credentials): the keys are derived side by side —
   * on node:crypto's thread pool, or WebCrypto's — rather than one after another on this thread,
   * and are not cached (a big seed would only push every other key out). Same bytes as `seal`.
   */
  async sealMany(items: ReadonlyArray<{ organizationId: string; scopeId: string; value: unknown }>): Promise<string[]> {
    const native = this.#native;
    const sealed: string[] = [];
    for (let start = 0; start < items.length; start += SEAL_BATCH) {
      const batch = items.slice(start, start + SEAL_BATCH).map(async ({ organizationId, scopeId, value }) => {
        const key = native
          ? await hkdfAsync(native.crypto, native.master, credentialContext(organizationId, scopeId), 32)
          : deriveCredentialKey(this.#master, organizationId, scopeId);
        return this.#sealUnder(key, organizationId, scopeId, value);
      });
      sealed.push(...(await Promise.all(batch)));
    }
    return sealed;
  }

  /** Seals `value` for one record under its derived key: its bytes for node:crypto, a CryptoKey for WebCrypto. */
  async #sealUnder(
    key: Uint8Array | Promise<CryptoKey>,
    organizationId: string,
    scopeId: string,
    value: unknown,
  ): Promise<string> {
    const context = credentialContext(organizationId, scopeId);
    const plaintext = JSON.stringify(value);
    if (key instanceof Uint8Array) return seal(this.#native!.crypto, key, plaintext, context);
    return encryptSecret(await key, plaintext, context);
  }

  async open<T>(organizationId: string, scopeId: string, sealed: string): Promise<T> {
    const key = this.#key(organizationId, scopeId);
    const context = credentialContext(organizationId, scopeId);
    const plaintext =
      key instanceof Uint8Array
        ? open(this.#native!.crypto, key, sealed, context)
        : await decryptSecret(await key, sealed, context);
    // What was sealed for this record (seal JSON-encodes it); the caller names its type.
    return JSON.parse(plaintext) as T;
  }
}
