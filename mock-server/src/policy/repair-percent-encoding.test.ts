import { describe, expect, it } from "vitest";
import { repairPercentEncoding } from "./repair-percent-encoding.js";

describe("repairPercentEncoding", () => {
  it("leaves a path that decodes as it is", () => {
    expect(repairPercentEncoding("/credentials/4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e")).toBe("/credentials/4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e");
    expect(repairPercentEncoding("/integrations/caf%C3%A9/")).toBe("/integrations/caf%C3%A9/");
  });
  it("replaces only the segments that do not decode", () => {
    expect(repairPercentEncoding("/credentials/%E0%A4%A")).toBe("/credentials/%EF%BF%BD");
    expect(repairPercentEncoding("/credentials/%ZZ/test")).toBe("/credentials/%EF%BF%BD/test");
    expect(repairPercentEncoding("/a%/b/%C3")).toBe("/%EF%BF%BD/b/%EF%BF%BD");
  });
});
