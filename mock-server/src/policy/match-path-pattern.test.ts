import { describe, expect, it } from "vitest";
import { matchPathPattern } from "./match-path-pattern.js";

describe("matchPathPattern", () => {
  it("matches literal paths exactly", () => {
    expect(matchPathPattern("/credentials", "/credentials")).toBe(true);
    expect(matchPathPattern("/credentials", "/credentials/x")).toBe(false);
  });
  it("matches one segment with *", () => {
    expect(matchPathPattern("/credentials/*", "/credentials/abc")).toBe(true);
    expect(matchPathPattern("/credentials/*", "/credentials")).toBe(false);
    expect(matchPathPattern("/credentials/*/test", "/credentials/abc/test")).toBe(true);
    expect(matchPathPattern("/credentials/*", "/credentials/abc/test")).toBe(false);
  });
  it("matches any rest with a trailing /**", () => {
    expect(matchPathPattern("/credentials/**", "/credentials")).toBe(true);
    expect(matchPathPattern("/credentials/**", "/credentials/a/b/c")).toBe(true);
    expect(matchPathPattern("/**", "/me")).toBe(true);
    expect(matchPathPattern("/credentials/**", "/members")).toBe(false);
  });
});
