import { describe, expect, it } from "vitest";
import { compileRouter } from "./router.js";
import { ROUTES } from "../handlers/index.js";
import type { AnyRoute } from "./route.js";

const router = compileRouter(ROUTES);
const op = (method: string, path: string) => router.match(method, path).found?.route.operationId ?? null;

describe("compileRouter", () => {
  it("matches the spec's paths from the root only", () => {
    expect(op("GET", "/me")).toBe("getMe");
    expect(op("GET", "/v1/me")).toBeNull();
    expect(op("GET", "/members/invitations/me")).toBeNull();
    expect(op("GET", "/me/extra")).toBeNull();
    expect(op("GET", "/credentials//audit")).toBeNull();
  });
  it("prefers a literal segment over a parameter, and decodes parameters", () => {
    expect(op("POST", "/credentials/resolve")).toBe("resolveCredential");
    expect(router.match("GET", "/integrations/caf%C3%A9").found?.params).toEqual({ integration_name: "café" });
  });
  it("reads a malformed escape as U+FFFD, which the route's validation then refuses", () => {
    expect(router.match("GET", "/credentials/%ZZ").found?.params).toEqual({ credential_id: "\uFFFD" });
  });
  it("takes one trailing slash as the same path, and is case-sensitive", () => {
    expect(op("GET", "/credentials/")).toBe("listCredentials");
    expect(op("GET", "/Credentials")).toBeNull();
  });
  it("names the methods a known path takes when the method is another (405)", () => {
    expect(router.match("DELETE", "/me")).toEqual({ found: null, allowed: ["GET"] });
    expect(router.match("GET", "/nope")).toEqual({ found: null, allowed: [] });
  });
  it("refuses a route whose operation the spec does not have", () => {
    // A route of a removed operation, as a stale hand-written list would hold it.
    const stale = { ...ROUTES[0]!, operationId: "noSuchOperation" } as unknown as AnyRoute;
    expect(() => compileRouter([stale])).toThrow(/noSuchOperation/);
  });
});
