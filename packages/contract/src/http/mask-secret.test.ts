import { describe, expect, test } from "vitest";
import { maskSecret } from "./mask-secret.js";

describe("maskSecret", () => {
  test("the docs' example", () => expect(maskSecret("xoxb-your-slack-token")).toBe("xoxb***oken"));
  test("16 characters is the threshold", () => {
    expect(maskSecret("abcdefghijklmnop")).toBe("abcd***mnop");
    expect(maskSecret("abcdefghijklmno")).toBe("***");
  });
  test("counts characters, not UTF-16 code units, like the mock", () => {
    expect(maskSecret("🔑".repeat(8))).toBe("***");
    expect(maskSecret("🔑".repeat(16))).toBe("🔑🔑🔑🔑***🔑🔑🔑🔑");
  });
  test("empty and short values show nothing", () => {
    expect(maskSecret("")).toBe("***");
    expect(maskSecret("secret")).toBe("***");
  });
});
