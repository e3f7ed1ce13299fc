// Every mutation the runner sends as invalid must really be invalid by the spec's own
// validator, or the runner would blame a server for accepting valid input.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { check } from "@modulex/spec/contract";
import { bodyMutations } from "./body-mutations.js";
import { publicOperations } from "../spec/public-operations.js";
import { schemaArbitrary } from "./schema-arbitrary.js";
import { requestBodySchema } from "../spec/spec-schemas.js";

const withBodies = publicOperations().filter(([, op]) => op.requestBody);

describe("bodyMutations", () => {
  test.each(withBodies.map(([id, op]) => [id, op.requestBody!.validator] as const))(
    "%s: mutations of valid bodies are invalid",
    (operationId, validator) => {
      const schema = requestBodySchema(operationId)!;
      const valid = fc.sample(
        schemaArbitrary(schema).filter((b) => check(validator, b, "body").length === 0),
        { seed: 7, numRuns: 5 },
      );
      expect(valid.length).toBe(5);
      const mutations = bodyMutations(schema);
      expect(mutations.length).toBeGreaterThan(3);
      let invalid = 0;
      for (const body of valid)
        for (const m of mutations) if (check(validator, m.apply(body), "body").length > 0) invalid++;
      // Most mutations are invalid for every body; the runner filters the rest with the same validator.
      expect(invalid / (valid.length * mutations.length)).toBeGreaterThan(0.8);
    },
  );

  test("createCredential's include the cases the issue names", () => {
    const names = bodyMutations(requestBodySchema("createCredential")!).map((m) => m.name);
    expect(names).toContain("body: required field 'integration_name' missing");
    // The body is read raw: an unknown field is not invalid by the spec (--strict adds that case itself).
    expect(names).not.toContain("body: unknown field 'unexpected_field'");
    expect(names.some((n) => n.startsWith("body.integration_name not matching"))).toBe(true);
    expect(names.some((n) => n.startsWith("body.expires_at not matching"))).toBe(true);
  });
});
