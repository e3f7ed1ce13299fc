import { describe, expect, it } from "vitest";
import { resolveCredential, type Resolvable } from "./resolve-credential.js";

const NOW = 1_000_000;
let seq = 0;
const cred = (id: string, over: Partial<Resolvable> = {}): Resolvable => ({
  credential_id: id,
  auth_type: "api_key",
  is_default: false,
  expiresAt: null,
  createdAt: 100,
  seq: ++seq,
  ...over,
});

describe("resolveCredential (precedence: explicit → default → most recent user → most recent modulex_key)", () => {
  it("returns an explicitly requested credential first, and nothing for an id outside the candidates", () => {
    const list = [cred("a", { is_default: true }), cred("b")];
    expect(resolveCredential(list, NOW, "b")).toMatchObject({
      credential: { credential_id: "b" },
      resolvedBy: "explicit",
    });
    expect(resolveCredential(list, NOW, "other-org-id")).toEqual({ credential: null, resolvedBy: null });
  });
  it("then the default, unless it has expired", () => {
    const list = [cred("new", { createdAt: 300 }), cred("def", { is_default: true, createdAt: 100 })];
    expect(resolveCredential(list, NOW)).toMatchObject({ credential: { credential_id: "def" }, resolvedBy: "default" });
    const expired = [cred("new", { createdAt: 300 }), cred("def", { is_default: true, expiresAt: NOW })];
    expect(resolveCredential(expired, NOW)).toMatchObject({
      credential: { credential_id: "new" },
      resolvedBy: "most_recent_user",
    });
  });
  it("then the newest unexpired non-modulex_key credential (creation order breaks ties)", () => {
    const list = [
      cred("old", { createdAt: 100 }),
      cred("managed", { auth_type: "modulex_key", createdAt: 900 }),
      cred("tie-first", { createdAt: 500 }),
      cred("tie-second", { createdAt: 500 }),
      cred("expired", { createdAt: 800, expiresAt: NOW - 1 }),
    ];
    expect(resolveCredential(list, NOW)).toMatchObject({
      credential: { credential_id: "tie-second" },
      resolvedBy: "most_recent_user",
    });
  });
  it("then the newest unexpired modulex_key, else nothing", () => {
    const list = [
      cred("m1", { auth_type: "modulex_key", createdAt: 100 }),
      cred("m2", { auth_type: "modulex_key", createdAt: 200 }),
      cred("gone", { expiresAt: 5 }),
    ];
    expect(resolveCredential(list, NOW)).toMatchObject({
      credential: { credential_id: "m2" },
      resolvedBy: "most_recent_modulex_key",
    });
    expect(resolveCredential([cred("gone", { expiresAt: 5 })], NOW)).toEqual({ credential: null, resolvedBy: null });
  });
});
