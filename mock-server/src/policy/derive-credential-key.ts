import { utf8 } from "./encoding.js";

/** Input keying material: bytes, or an HKDF CryptoKey that holds them (non-extractable in the browser). */
export type KeyMaterial = Uint8Array<ArrayBuffer> | CryptoKey;

/** The input keying material as an HKDF key (imported once, so derivations need not re-import it). */
export function importHkdfKey(ikm: KeyMaterial): Promise<CryptoKey> {
  return ikm instanceof Uint8Array
    ? crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"])
    : Promise.resolve(ikm);
}

/** HKDF-SHA-256 (RFC 5869): `length` bytes of output keying material. */
export async function hkdfSha256(
  ikm: KeyMaterial,
  salt: Uint8Array<ArrayBuffer>,
  info: Uint8Array<ArrayBuffer>,
  length: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const base = await importHkdfKey(ikm);
  return new Uint8Array(
    await crypto.subtle.deriveBits({ name: "HKDF", hash: "SHA-256", salt, info }, base, length * 8),
  );
}

/** Domain-separation label of credential keys; bump the version to rotate the derivation. */
const CREDENTIAL_KEY_INFO = "mx-cred:v1:";

/** The HKDF `info` (and AES-GCM associated data) that binds a secret to one credential of one organization. */
export function credentialContext(organizationId: string, credentialId: string): string {
  return `${CREDENTIAL_KEY_INFO}${organizationId}:${credentialId}`;
}

/**
 * The AES-256-GCM key of one credential: HKDF-SHA-256 of the master key with
 * info = organization id + credential id, so each credential in each organization has its own key.
 */
export async function deriveCredentialKey(
  master: KeyMaterial,
  organizationId: string,
  credentialId: string,
): Promise<CryptoKey> {
  const bytes = await hkdfSha256(master, new Uint8Array(0), utf8(credentialContext(organizationId, credentialId)), 32);
  return crypto.subtle.importKey("raw", bytes, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
}
