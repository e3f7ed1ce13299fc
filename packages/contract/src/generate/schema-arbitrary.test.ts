// The generator is approximate by design (the runner filters with the spec's validator), but
// it must mostly produce valid values, or the filter would spin and the run would starve.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { check, coerceParameter } from "@modulex/spec/contract";
import { publicOperations } from "../spec/public-operations.js";
import { schemaArbitrary } from "./schema-arbitrary.js";
import { parameterSchema, requestBodySchema } from "../spec/spec-schemas.js";

const operations = publicOperations();

describe("schemaArbitrary", () => {
  test.each(operations.filter(([, op]) => op.requestBody).map(([id, op]) => [id, op.requestBody!.validator] as const))(
    "%s bodies are valid",
    (operationId, validator) => {
      const samples = fc.sample(schemaArbitrary(requestBodySchema(operationId)!), { seed: 11, numRuns: 60 });
      const valid = samples.filter((b) => check(validator, b, "body").length === 0);
      expect(valid.length / samples.length).toBeGreaterThan(0.9);
    },
  );

  test("every query and path parameter's values are valid", () => {
    for (const [operationId, op] of operations) {
      for (const p of op.parameters.filter((p) => p.in === "query" || p.in === "path")) {
        for (const value of fc.sample(schemaArbitrary(parameterSchema(operationId, p.name)), {
          seed: 3,
          numRuns: 20,
        })) {
          expect(check(p.validator, coerceParameter(String(value), p.type), `${operationId} ${p.name}`)).toEqual([]);
        }
      }
    }
  });

  test("the same seed gives the same values", () => {
    const arbitrary = schemaArbitrary(requestBodySchema("createCredential")!);
    expect(fc.sample(arbitrary, { seed: 5, numRuns: 10 })).toEqual(fc.sample(arbitrary, { seed: 5, numRuns: 10 }));
  });
});
