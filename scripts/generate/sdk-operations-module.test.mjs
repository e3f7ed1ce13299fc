import { describe, expect, it } from "vitest";
import { sdkOperationsModule } from "./sdk-operations-module.mjs";

describe("sdkOperationsModule", () => {
  const index = {
    getThing: { spec: "modulex", method: "GET", path: "/things/{id}", orgScoped: true, parameters: [], responses: {} },
    getMe: { spec: "modulex", method: "GET", path: "/me", orgScoped: false, parameters: [], responses: {} },
    mockReset: {
      spec: "control",
      method: "POST",
      path: "/__mock/reset",
      orgScoped: false,
      parameters: [],
      responses: {},
    },
  };
  const source = sdkOperationsModule(index, { metadata: "opaque" });
  const operations = JSON.parse(/OPERATIONS = (\{[\s\S]*?\n\}) as const/.exec(source)[1]);

  it("keeps the public operations with method, path and org scope only", () => {
    expect(operations).toEqual({
      getThing: { method: "GET", path: "/things/{id}", orgScoped: true },
      getMe: { method: "GET", path: "/me", orgScoped: false },
    });
  });
  it("exports the map table and the OperationId type", () => {
    expect(source).toContain(`MAP_PROPERTIES: Readonly<Record<string, "opaque" | "keyed">> = {"metadata":"opaque"};`);
    expect(source).toContain("export type OperationId = keyof typeof OPERATIONS;");
  });
});
