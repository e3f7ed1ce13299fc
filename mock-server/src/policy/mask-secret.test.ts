import { describe, expect, it } from "vitest";
import { maskSecret } from "./mask-secret.js";

describe("maskSecret", () => {
  it("shows the first 4 and last 4 characters of a secret of 16 or more (the docs' example)", () => {
    expect(maskSecret("xoxb-your-slack-token")).toBe("xoxb***oken");
    expect(maskSecret("abcdefghijklmnop")).toBe("abcd***mnop"); // exactly 16
  });
  it("shows only *** for a secret shorter than 16 characters", () => {
    expect(maskSecret("abcdefghijklmno")).toBe("***"); // 15
    expect(maskSecret("")).toBe("***");
  });
  it("counts code points, never splitting a character", () => {
    expect(maskSecret("😀😀😀😀abcdefghijkl")).toBe("😀😀😀😀***ijkl");
  });
});
