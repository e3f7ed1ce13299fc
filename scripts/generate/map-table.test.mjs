import { describe, expect, it } from "vitest";
import { mapTable } from "./map-table.mjs";

const doc = (schemas, paths = {}) => ({ paths, components: { schemas } });

describe("mapTable", () => {
  it("names every property whose schema (directly or by $ref) is a marked map, sorted", () => {
    const spec = doc({
      Meta: { type: "object", "x-modulex-map": "opaque" },
      Grouped: { type: "object", "x-modulex-map": "keyed", additionalProperties: { type: "array" } },
      Credential: {
        type: "object",
        properties: { metadata: { $ref: "#/components/schemas/Meta" }, name: { type: "string" } },
      },
      List: { type: "object", properties: { integrations: { $ref: "#/components/schemas/Grouped" } } },
    });
    expect(mapTable(spec)).toEqual({ integrations: "keyed", metadata: "opaque" });
  });
  it("finds maps in inline request and response schemas of operations", () => {
    const body = { type: "object", properties: { details: { type: "object", "x-modulex-map": "opaque" } } };
    const spec = doc(
      {},
      { "/x": { post: { requestBody: { content: { "application/json": { schema: body } } }, responses: {} } } },
    );
    expect(mapTable(spec)).toEqual({ details: "opaque" });
  });
  it("refuses one name marked as two kinds of map", () => {
    const spec = doc({
      A: { type: "object", properties: { data: { type: "object", "x-modulex-map": "opaque" } } },
      B: { type: "object", properties: { data: { type: "object", "x-modulex-map": "keyed" } } },
    });
    expect(() => mapTable(spec)).toThrow(/data is marked both/);
  });
  it("refuses a name that is a map in one schema and an object with properties in another", () => {
    const spec = doc({
      A: { type: "object", properties: { data: { type: "object", "x-modulex-map": "opaque" } } },
      B: { type: "object", properties: { data: { type: "object", properties: { id: { type: "string" } } } } },
    });
    expect(() => mapTable(spec)).toThrow(/free-form map in one schema and an object elsewhere/);
  });
});
