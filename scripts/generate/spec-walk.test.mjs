import { describe, expect, it } from "vitest";
import { deref, operationsOf, parametersOf, resolveRef } from "./spec-walk.mjs";

const spec = {
  paths: {
    "/a/{id}": {
      parameters: [{ $ref: "#/components/parameters/Id" }],
      delete: { operationId: "deleteA" },
      get: { operationId: "getA", parameters: [{ name: "q", in: "query" }] },
    },
    "/b": { post: { operationId: "createB" } },
  },
  components: {
    parameters: { Id: { name: "id", in: "path" } },
    schemas: { "a/b": { type: "string" }, "c~d": { type: "number" } },
  },
};

describe("operationsOf", () => {
  it("yields every operation in document order, methods in the fixed order get, put, post, delete, patch", () => {
    expect([...operationsOf(spec)].map((o) => `${o.method} ${o.path} ${o.operation.operationId}`)).toEqual([
      "get /a/{id} getA",
      "delete /a/{id} deleteA",
      "post /b createB",
    ]);
  });
});

describe("resolveRef", () => {
  it("follows a local pointer and unescapes ~1 and ~0", () => {
    expect(resolveRef(spec, "#/components/schemas/a~1b")).toEqual({ type: "string" });
    expect(resolveRef(spec, "#/components/schemas/c~0d")).toEqual({ type: "number" });
  });
  it("refuses an external reference", () => {
    expect(() => resolveRef(spec, "other.yaml#/x")).toThrow(/external \$ref/);
  });
  it("deref returns a value that is not a $ref as it is", () => {
    const value = { type: "boolean" };
    expect(deref(spec, value)).toBe(value);
  });
});

describe("parametersOf", () => {
  it("lists the path item's parameters, then the operation's, each resolved", () => {
    const item = spec.paths["/a/{id}"];
    expect(parametersOf(spec, item, item.get)).toEqual([
      { name: "id", in: "path" },
      { name: "q", in: "query" },
    ]);
  });
});
