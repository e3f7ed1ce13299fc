import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenProblem } from "./token-problem.js";

const KEY = "mx_live_DemoOwnerKey0000000000000000000000000000";
const JWT = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl";

describe("tokenProblem", () => {
  it("accepts API keys of 32+ alphanumerics and JWT-shaped tokens", () => {
    expect(tokenProblem(KEY)).toBeUndefined();
    expect(tokenProblem(`mx_live_${"a".repeat(32)}`)).toBeUndefined();
    expect(tokenProblem(JWT)).toBeUndefined();
  });

  it("says why a token is wrong", () => {
    expect(tokenProblem(`mx_live_${"a".repeat(31)}`)).toMatch(/31 characters.*at least 32/);
    expect(tokenProblem(`mx_live_${"a".repeat(31)}-`)).toMatch(/other than letters and digits/);
    expect(tokenProblem(`Bearer ${KEY}`)).toMatch(/starts with "Bearer "/);
    expect(tokenProblem(`${KEY}\n`)).toMatch(/whitespace/);
    expect(tokenProblem("")).toMatch(/empty/);
    expect(tokenProblem("mx_test_abc")).toMatch(/a ModuleX key starts with mx_live_/);
    expect(tokenProblem("a.b")).toMatch(/neither an API key .* nor a JWT/);
    expect(tokenProblem(undefined)).toMatch(/undefined, not a string/);
  });

  it("never repeats any part of the token it rejects", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(mx_live_|mx_|Bearer |)[A-Za-z0-9_\-. ]{6,40}$/), (token) => {
        const problem = tokenProblem(token);
        if (!problem) return;
        const secretPart = token.replace(/^(mx_live_|mx_|Bearer )/, "");
        // Any 6-character run of the secret part would be a leak.
        for (let i = 0; i + 6 <= secretPart.length; i++) expect(problem).not.toContain(secretPart.slice(i, i + 6));
      }),
    );
  });
});
