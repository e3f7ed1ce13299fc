type ResolutionRule = "explicit" | "default" | "most_recent_user" | "most_recent_modulex_key";

export interface Resolvable {
  credential_id: string;
  auth_type: string;
  is_default: boolean;
  /** Epoch ms, or null when it never expires. */
  expiresAt: number | null;
  /** Epoch ms; ties are broken by `seq` (creation order). */
  createdAt: number;
  seq: number;
}

export type Resolution<T> = { credential: T; resolvedBy: ResolutionRule } | { credential: null; resolvedBy: null };

const isLive = (c: Resolvable, now: number) => c.expiresAt === null || c.expiresAt > now;
const newestFirst = (a: Resolvable, b: Resolvable) => b.createdAt - a.createdAt || b.seq - a.seq;

/**
 * Which credential an integration uses, by the documented precedence: the explicitly requested
 * id, then the default (unless expired), then the newest unexpired non-modulex_key credential,
 * then the newest unexpired modulex_key. `candidates` are the organization's credentials of the
 * integration; an explicit id outside them resolves to nothing (a 404, like a missing one).
 */
export function resolveCredential<T extends Resolvable>(
  candidates: readonly T[],
  now: number,
  credentialId?: string | null,
): Resolution<T> {
  if (credentialId) {
    const explicit = candidates.find((c) => c.credential_id === credentialId);
    return explicit ? { credential: explicit, resolvedBy: "explicit" } : { credential: null, resolvedBy: null };
  }
  const live = candidates.filter((c) => isLive(c, now)).sort(newestFirst);
  const byDefault = live.find((c) => c.is_default);
  if (byDefault) return { credential: byDefault, resolvedBy: "default" };
  const user = live.find((c) => c.auth_type !== "modulex_key");
  if (user) return { credential: user, resolvedBy: "most_recent_user" };
  const managed = live.find((c) => c.auth_type === "modulex_key");
  if (managed) return { credential: managed, resolvedBy: "most_recent_modulex_key" };
  return { credential: null, resolvedBy: null };
}
