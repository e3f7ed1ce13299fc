// Every secret operation of the mock in one place, keyed from the master key: API-key hashing
// (HMAC key derived from the master), per-credential AES-256-GCM keys (HKDF per organization and
// credential) and the encryption of PKCE verifiers kept between authorize and callback.
import { utf8 } from "./encoding.js";
import { hashApiKey, importHmacKey } from "../policy/hash-api-key.js";
import { credentialContext, deriveCredentialKey, hkdfSha256 } from "../policy/derive-credential-key.js";
import { decryptSecret, encryptSecret } from "../policy/encrypt-secret.js";

export const DEV_MASTER_KEY = "modulex-mock-dev-master-key-not-for-production";

export class Keyring {
  #master: Uint8Array<ArrayBuffer>;
  #hmac: CryptoKey;
  #keys = new Map<string, Promise<CryptoKey>>();

  private constructor(master: Uint8Array<ArrayBuffer>, hmac: CryptoKey) {
    this.#master = master;
    this.#hmac = hmac;
  }

  static async create(masterKey: string): Promise<Keyring> {
    if (masterKey.length < 16) throw new Error("masterKey must be at least 16 characters");
    const master = utf8(masterKey);
    const hmacBytes = await hkdfSha256(master, new Uint8Array(0), utf8("mx-api-key-hmac:v1"), 32);
    return new Keyring(master, await importHmacKey(hmacBytes));
  }

  /** The one-way form of an API key, an OAuth state or an authorization code. */
  hash(value: string): Promise<string> {
    return hashApiKey(value, this.#hmac);
  }

  #key(organizationId: string, scopeId: string): Promise<CryptoKey> {
    const id = `${organizationId}:${scopeId}`;
    let key = this.#keys.get(id);
    if (!key) this.#keys.set(id, (key = deriveCredentialKey(this.#master, organizationId, scopeId)));
    return key;
  }

  async seal(organizationId: string, scopeId: string, value: unknown): Promise<string> {
    return encryptSecret(await this.#key(organizationId, scopeId), JSON.stringify(value), credentialContext(organizationId, scopeId));
  }

  async open<T>(organizationId: string, scopeId: string, sealed: string): Promise<T> {
    return JSON.parse(await decryptSecret(await this.#key(organizationId, scopeId), sealed, credentialContext(organizationId, scopeId))) as T;
  }
}
