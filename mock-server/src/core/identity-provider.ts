// The mock's stand-in for the identity provider: an ES256 key pair of its own (jose), JWTs with
// sub = user id and email, verified by signature, issuer, audience and expiry on every request.
import { SignJWT, errors, exportJWK, generateKeyPair, importJWK, jwtVerify, type JWK } from "jose";
import { unauthorized } from "./errors.js";

const ISSUER = "https://idp.modulex.mock";
const AUDIENCE = "modulex-api";
const DEFAULT_TOKEN_SECONDS = 3600;

export class IdentityProvider {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
  ) {}

  /** A new key pair; extractable so that persistence can keep it, sealed (see `privateJwk`). */
  static async create(): Promise<IdentityProvider> {
    const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
    return new IdentityProvider(privateKey, publicKey);
  }

  /** The provider a saved private JWK describes (tokens it issued before a restart still verify). */
  static async fromPrivateJwk(jwk: JWK): Promise<IdentityProvider> {
    if (jwk.kty !== "EC" || jwk.crv !== "P-256" || !jwk.d || !jwk.x || !jwk.y)
      throw new Error("not an ES256 private key");
    // importJWK answers CryptoKey | Uint8Array; an EC JWK always gives a CryptoKey.
    const privateKey = (await importJWK({ ...jwk, alg: "ES256" }, "ES256", { extractable: true })) as CryptoKey;
    const publicKey = (await importJWK(
      { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, alg: "ES256" },
      "ES256",
    )) as CryptoKey;
    return new IdentityProvider(privateKey, publicKey);
  }

  /** The signing key as a JWK, for persistence to seal before it stores it. Never sent anywhere. */
  privateJwk(): Promise<JWK> {
    return exportJWK(this.privateKey);
  }

  async sign(user: { user_id: string; email: string }, nowMs: number, expiresInSeconds = DEFAULT_TOKEN_SECONDS) {
    const iat = Math.floor(nowMs / 1000);
    const exp = iat + expiresInSeconds;
    const token = await new SignJWT({ email: user.email })
      .setProtectedHeader({ alg: "ES256", typ: "JWT" })
      .setSubject(user.user_id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.privateKey);
    return { token, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** The user id the token was issued to; 401 for a bad signature, claims or expiry. */
  async verify(token: string, nowMs: number): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        algorithms: ["ES256"],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: new Date(nowMs),
        clockTolerance: 0,
        requiredClaims: ["exp", "sub"],
      });
      if (!payload.sub) throw unauthorized("Invalid token: no subject");
      return payload.sub;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthorized("Token has expired");
      if (error instanceof errors.JOSEError) throw unauthorized("Invalid token");
      throw error;
    }
  }

  /** The public key as a JWK, for anyone who wants to verify the mock's tokens themselves. */
  publicJwk() {
    return exportJWK(this.publicKey);
  }
}
