import { describe, expect, it } from "vitest";
import { errorMessage, hasErrorCode } from "./error-message.js";

describe("errorMessage", () => {
  it("reads an Error's message and any other thrown value as text", () => {
    expect(errorMessage(new TypeError("bad"))).toBe("bad");
    expect(errorMessage("plain")).toBe("plain");
    expect(errorMessage(42)).toBe("42");
  });
});

describe("hasErrorCode", () => {
  it("matches a system error's code, and nothing without one", () => {
    expect(hasErrorCode(Object.assign(new Error("x"), { code: "ENOENT" }), "ENOENT")).toBe(true);
    expect(hasErrorCode(Object.assign(new Error("x"), { code: "EACCES" }), "ENOENT")).toBe(false);
    expect(hasErrorCode(new Error("x"), "ENOENT")).toBe(false);
    expect(hasErrorCode(null, "ENOENT")).toBe(false);
  });
});
