// The keyring's primitives done at once by node:crypto where the runtime has it (Node, Bun, Deno:
// `process.getBuiltinModule`), instead of WebCrypto, which answers later from a thread pool. Found
// at run time, so the core imports nothing from `node:` and a browser keeps WebCrypto. Every
// function gives the very bytes its WebCrypto counterpart in policy/ gives (tests compare them),
// so state sealed by one opens with the other.
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from "../policy/encoding.js";

interface Cipher {
  setAAD(data: Uint8Array): void;
  update(data: Uint8Array): Uint8Array;
  final(): Uint8Array;
}
/** A node:crypto KeyObject: the master key imported once, so a derivation need not import it again. */
export interface SecretKeyObject {
  readonly type: "secret";
}
/** Input keying material as node:crypto takes it. */
type Ikm = Uint8Array | SecretKeyObject;
/** The part of node:crypto used here. */
interface NodeCrypto {
  createHmac(algorithm: "sha256", key: Uint8Array): { update(value: string): { digest(encoding: "hex"): string } };
  createSecretKey(key: Uint8Array): SecretKeyObject;
  hkdfSync(digest: "sha256", ikm: Ikm, salt: Uint8Array, info: Uint8Array, length: number): ArrayBuffer;
  hkdf(
    digest: "sha256",
    ikm: Ikm,
    salt: Uint8Array,
    info: Uint8Array,
    length: number,
    done: (error: Error | null, key: ArrayBuffer) => void,
  ): void;
  createCipheriv(algorithm: "aes-256-gcm", key: Uint8Array, iv: Uint8Array): Cipher & { getAuthTag(): Uint8Array };
  createDecipheriv(
    algorithm: "aes-256-gcm",
    key: Uint8Array,
    iv: Uint8Array,
  ): Cipher & { setAuthTag(tag: Uint8Array): void };
}

/** node:crypto, or null where the runtime has none (a browser). */
export function nodeCrypto(): NodeCrypto | null {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  // The module's shape is Node's documented API; only the functions above are used.
  return (runtime?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined) ?? null;
}

/** HMAC-SHA-256 as lowercase hex (as policy/hash-api-key.ts). */
export function hmacHex(crypto: NodeCrypto, key: Uint8Array, value: string): string {
  return crypto.createHmac("sha256", key).update(value).digest("hex");
}

/** HKDF-SHA-256 with an empty salt (as policy/derive-credential-key.ts). */
export function hkdf(crypto: NodeCrypto, ikm: Ikm, info: string, length: number): Uint8Array {
  return new Uint8Array(crypto.hkdfSync("sha256", ikm, new Uint8Array(0), utf8(info), length));
}

/** `hkdf` on libuv's thread pool: many at once use every core (loading a big seed). */
export function hkdfAsync(crypto: NodeCrypto, ikm: Ikm, info: string, length: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    crypto.hkdf("sha256", ikm, new Uint8Array(0), utf8(info), length, (error, key) =>
      error ? reject(error) : resolve(new Uint8Array(key)),
    ),
  );
}

const TAG_BYTES = 16;

const NONCE_BYTES = 12;
/** Random bytes for 256 nonces, drawn at once: one call of the system's CSPRNG, not one per seal. */
let nonces = new Uint8Array(0);
let nextNonce = 0;

/** A fresh 96-bit random nonce, never handed out twice. */
function nonce(): Uint8Array {
  if (nextNonce === nonces.length) {
    nonces = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES * 256));
    nextNonce = 0;
  }
  nextNonce += NONCE_BYTES;
  return nonces.subarray(nextNonce - NONCE_BYTES, nextNonce);
}

/** AES-256-GCM sealing, `v1:<nonce>:<ct+tag>` (as policy/encrypt-secret.ts). */
export function seal(crypto: NodeCrypto, key: Uint8Array, plaintext: string, context: string): string {
  const iv = nonce();
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(utf8(context));
  const head = cipher.update(utf8(plaintext));
  const tail = cipher.final();
  const tag = cipher.getAuthTag();
  const out = new Uint8Array(head.length + tail.length + tag.length);
  out.set(head, 0);
  out.set(tail, head.length);
  out.set(tag, head.length + tail.length);
  return `v1:${toBase64Url(iv)}:${toBase64Url(out)}`;
}

/** Reverses `seal` (and encryptSecret); throws on a wrong key, a wrong context or any tampering. */
export function open(crypto: NodeCrypto, key: Uint8Array, sealed: string, context: string): string {
  const [version, iv, data] = sealed.split(":");
  if (version !== "v1" || !iv || !data) throw new Error("unrecognised ciphertext format");
  const bytes = fromBase64Url(data);
  if (bytes.length < TAG_BYTES) throw new Error("ciphertext too short");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, fromBase64Url(iv));
  decipher.setAAD(utf8(context));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  const head = decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES));
  const tail = decipher.final();
  const plain = new Uint8Array(head.length + tail.length);
  plain.set(head, 0);
  plain.set(tail, head.length);
  return fromUtf8(plain);
}
