import { afterEach, describe, expect, it, vi } from "vitest";
import { ModuleXError } from "../core/errors.js";
import { normalizeOptions, withEnvironment } from "./normalize-options.js";

const KEY = "mx_live_DemoOwnerKey0000000000000000000000000000";
const ORG = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
const normalize = (options: Parameters<typeof normalizeOptions>[0]) => normalizeOptions(withEnvironment(options));

afterEach(() => vi.unstubAllEnvs());

describe("normalizeOptions", () => {
  it("fills in the documented defaults", async () => {
    const config = normalize({ apiKey: KEY });
    expect(config).toMatchObject({
      baseUrl: "https://api.modulex.dev",
      maxRetries: 2,
      maxRetryDelay: 60_000,
      timeout: 60_000,
      organizationId: undefined,
    });
    expect(await config.token()).toBe(KEY);
  });

  it("falls back to MODULEX_API_KEY, MODULEX_ORGANIZATION_ID and MODULEX_BASE_URL", async () => {
    vi.stubEnv("MODULEX_API_KEY", KEY);
    vi.stubEnv("MODULEX_ORGANIZATION_ID", ORG);
    vi.stubEnv("MODULEX_BASE_URL", "http://127.0.0.1:4010/");
    const config = normalize({});
    expect(await config.token()).toBe(KEY);
    expect(config.organizationId).toBe(ORG);
    expect(config.baseUrl).toBe("http://127.0.0.1:4010");
  });

  it("treats an environment that refuses access (Deno without --allow-env) or is absent as unset", () => {
    const denied = {
      env: new Proxy(
        {},
        {
          get: () => {
            throw new Error("NotCapable: Requires env access");
          },
        },
      ),
    };
    const real = globalThis.process;
    try {
      Object.defineProperty(globalThis, "process", { value: denied, configurable: true, writable: true });
      expect(withEnvironment({ token: "a.b.c" })).toMatchObject({ organizationId: undefined, baseUrl: undefined });
      Object.defineProperty(globalThis, "process", { value: undefined, configurable: true, writable: true });
      expect(withEnvironment({})).toMatchObject({ apiKey: undefined, organizationId: undefined });
    } finally {
      Object.defineProperty(globalThis, "process", { value: real, configurable: true, writable: true });
    }
  });

  it("prefers explicit options over the environment, and a token over MODULEX_API_KEY", async () => {
    vi.stubEnv("MODULEX_API_KEY", `mx_live_${"e".repeat(32)}`);
    vi.stubEnv("MODULEX_ORGANIZATION_ID", "4d7e2a90-6b1c-4f3e-8a5d-2c9b0e1f3a47");
    const config = normalize({ token: "a.b.c", organizationId: ORG });
    expect(await config.token()).toBe("a.b.c");
    expect(config.organizationId).toBe(ORG);
  });

  it("calls a token provider before every request and validates what it returns", async () => {
    let n = 0;
    const config = normalize({ token: async () => (++n === 1 ? "h.p.s1" : "not a token") });
    expect(await config.token()).toBe("h.p.s1");
    await expect(config.token()).rejects.toThrow(
      /token\(\) result is not a valid ModuleX token: it contains whitespace/,
    );
    expect(n).toBe(2);
  });

  it("rejects a malformed token at construction with the reason, never the token", () => {
    const bad = "mx_live_short5ecret";
    const error = (() => {
      try {
        normalize({ apiKey: bad });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(ModuleXError);
    expect(error?.message).toMatch(/apiKey is not a valid ModuleX token: after mx_live_ it has 11 characters/);
    expect(error?.message).not.toContain("short5ecret");
  });

  it("rejects missing or doubled credentials, a non-UUID organization and bad numbers", () => {
    expect(() => normalize({})).toThrow(/No credentials/);
    expect(() => normalize({ apiKey: KEY, token: "a.b.c" })).toThrow(/either apiKey or token/);
    expect(() => normalize({ apiKey: KEY, organizationId: "acme" })).toThrow(/organizationId must be a UUID/);
    expect(() => normalize({ apiKey: KEY, maxRetries: -1 })).toThrow(/maxRetries must be a whole number/);
    expect(() => normalize({ apiKey: KEY, timeout: 0 })).toThrow(/timeout must be a whole number of 1 or more/);
    expect(() => normalize({ apiKey: KEY, baseUrl: "api.modulex.dev" })).toThrow(/baseUrl must be an http\(s\) URL/);
  });
});
