import { describe, expect, test } from "vitest";
import { constraintViolations } from "./constraint-violations.js";
import type { JsonSchema } from "../spec/json-schema.js";
import { resolveRef } from "../spec/resolve-ref.js";

describe("constraintViolations", () => {
  test("limit: below 1, above 500, a fraction, not a number", () => {
    const values = constraintViolations(resolveRef<{ schema: JsonSchema }>("#/components/parameters/Limit").schema).map(
      (v) => v.value,
    );
    expect(values).toEqual(expect.arrayContaining([0, 501, 1.5]));
  });
  test("a UUID: not one, and a truncated one", () => {
    const values = constraintViolations({ type: "string", format: "uuid" }).map((v) => v.value);
    expect(values).toEqual(expect.arrayContaining(["not-a-uuid", "9a1f0c7e-2b44-4f1a-9c3d"]));
  });
});
