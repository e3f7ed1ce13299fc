import { describe, expect, it } from "vitest";
import { rewriteSchemaRefs, validatorRegistry } from "./validators.mjs";

const spec = {
  components: {
    schemas: {
      Name: { type: "string", minLength: 1 },
      Thing: { type: "object", required: ["name"], properties: { name: { $ref: "#/components/schemas/Name" } } },
    },
  },
};

describe("rewriteSchemaRefs", () => {
  it("points component refs into the document's own $defs", () => {
    expect(rewriteSchemaRefs({ $ref: "#/components/schemas/Thing" }, "modulex")).toEqual({
      $ref: "modulex#/$defs/Thing",
    });
  });
});

describe("validatorRegistry", () => {
  it("gives identical schemas of one document one validator, and another document's its own", () => {
    const registry = validatorRegistry({ a: spec, b: spec });
    expect(registry.add({ $ref: "#/components/schemas/Thing" }, "a")).toBe("v0");
    expect(registry.add({ type: "integer" }, "a")).toBe("v1");
    expect(registry.add({ $ref: "#/components/schemas/Thing" }, "a")).toBe("v0");
    expect(registry.add({ $ref: "#/components/schemas/Thing" }, "b")).toBe("v2");
  });
  it("bundles one dependency-free ES module whose validators check what the schemas say", async () => {
    const registry = validatorRegistry({ a: spec });
    const thing = registry.add({ $ref: "#/components/schemas/Thing" }, "a");
    const id = registry.add({ type: "string", format: "uuid" }, "a");
    const js = await registry.bundle(process.cwd());
    expect(js).not.toMatch(/^import\s/m);
    // A data: URL has nowhere to resolve a package from: loading it proves the bundle stands alone.
    const { validators } = await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`);
    expect(validators[thing]({ name: "x" })).toBe(true);
    expect(validators[thing]({ name: "" })).toBe(false);
    expect(validators[thing]({})).toBe(false);
    expect(validators[id]("9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60")).toBe(true);
    expect(validators[id]("not-a-uuid")).toBe(false);
  });
});
