// The mock's stand-in for the identity provider: an ES256 key pair of its own (jose), JWTs with
// sub = user id and email, verified by signature, issuer, audience and expiry on every request.
import { SignJWT, errors, exportJWK, generateKeyPair, jwtVerify } from "jose";
import { unauthorized } from "./errors.js";

const ISSUER = "https://idp.modulex.mock";
const AUDIENCE = "modulex-api";
export const DEFAULT_TOKEN_SECONDS = 3600;

export class IdentityProvider {
  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
  ) {}

  static async create(): Promise<IdentityProvider> {
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    return new IdentityProvider(privateKey, publicKey);
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
