// Invalid requests per operation: the schema mutations of a valid body (sampled with
// fast-check), every constraint violation of every query and path parameter, malformed JSON,
// and the schema-valid inputs the spec still calls a 400. Schema mutations are kept only when
// the spec's own validator agrees they are invalid.
import fc from "fast-check";
import { check, coerceParameter } from "@modulex/spec/contract";
import { bodyMutations } from "./body-mutations.js";
import { constraintViolations } from "./constraint-violations.js";
import { operationSpec } from "../spec/operation-spec.js";
import type { PositiveCase } from "./positive-arbitrary.js";
import type { RequestSpec } from "../http/request-spec.js";
import type { RunContext } from "../run-context.js";
import { semanticallyInvalidCreates } from "./semantically-invalid-creates.js";
import { parameterSchema, requestBodySchema } from "../spec/spec-schemas.js";
import type { OperationId } from "../spec/wire-types.js";

/** Bigger than the 1 MiB bodies servers commonly cap (and far over auth_data's 4096-character values). */
const OVERSIZED_BYTES = 1_100_000;

export interface NegativeCase {
  /** What is wrong with the request, for the report. */
  name: string;
  request: RequestSpec;
}

/** `runs` body mutations of valid bodies, drawn with fast-check. */
function bodyCases(
  operationId: OperationId,
  valid: fc.Arbitrary<PositiveCase>,
  seed: number,
  runs: number,
): NegativeCase[] {
  const op = operationSpec(operationId);
  const schema = requestBodySchema(operationId);
  if (!schema || !op.requestBody) return [];
  const mutations = bodyMutations(schema);
  const validator = op.requestBody.validator;
  const arbitrary = fc
    .tuple(valid, fc.constantFrom(...mutations))
    .map(
      ([positive, mutation]): NegativeCase => ({
        name: mutation.name,
        request: { ...positive.request, body: mutation.apply(positive.request.body), intent: "invalid" },
      }),
    )
    .filter((c) => check(validator, c.request.body, "body").length > 0);
  return fc.sample(arbitrary, { seed, numRuns: runs });
}

/** Every constraint violation of every query and path parameter, on one valid request. */
function parameterCases(operationId: OperationId, base: RequestSpec): NegativeCase[] {
  const out: NegativeCase[] = [];
  for (const p of operationSpec(operationId).parameters) {
    if (p.in !== "query" && p.in !== "path") continue;
    for (const violation of constraintViolations(parameterSchema(operationId, p.name))) {
      const raw = typeof violation.value === "object" ? JSON.stringify(violation.value) : String(violation.value);
      if (raw === "" && p.in === "path") continue; // an empty segment is a different route, not a bad value
      if (check(p.validator, coerceParameter(raw, p.type), p.name).length === 0) continue;
      const request: RequestSpec =
        p.in === "query"
          ? { ...base, query: { ...base.query, [p.name]: raw }, intent: "invalid" }
          : { ...base, pathParams: { ...base.pathParams, [p.name]: raw }, intent: "invalid" };
      out.push({ name: `${p.in} parameter ${p.name} ${violation.name}`, request });
    }
  }
  return out;
}

/**
 * Every invalid request the run sends for `operationId`. `generated` makes the valid requests
 * to mutate; operations whose valid ids only a lifecycle can make pass a schema-valid probe as
 * `fallback` instead.
 */
export function negativeCases(
  ctx: RunContext,
  operationId: OperationId,
  generated: fc.Arbitrary<PositiveCase> | null,
  seed: number,
  fallback?: RequestSpec,
): NegativeCase[] {
  // Without generated valid requests, the fallback (a schema-valid probe) is the one to mutate.
  const valid = generated ?? (fallback ? fc.constant<PositiveCase>({ kind: "plain", request: fallback }) : null);
  if (!valid) return [];
  const [base] = fc.sample(valid, { seed, numRuns: 1 });
  if (!base) return [];
  const strict = ctx.options.profile === "strict";
  const cases = [...bodyCases(operationId, valid, seed, ctx.options.runs), ...parameterCases(operationId, base.request)]
    // API tokens have an explicit expiration time; whether a server refuses a create without one or
    // gives it a default, apiKeyExpiry checks (the docs allow either).
    .filter(
      (c) =>
        strict || !(operationId === "createApiKey" && c.name === "body: required field 'expires_in_seconds' missing"),
    );
  const op = operationSpec(operationId);
  if (op.requestBody) {
    cases.push({
      name: "malformed JSON body",
      request: {
        ...base.request,
        body: undefined,
        rawBody: '{"integration_name": "slack", "auth_data": {',
        intent: "invalid",
      },
    });
  }
  const baseBody = base.request.body;
  const baseFields = baseBody && typeof baseBody === "object" ? baseBody : {};
  if (strict && op.requestBody && baseBody && typeof baseBody === "object" && !Array.isArray(baseBody)) {
    // The docs read bodies raw (unknown fields ignored); refusing them is our stricter choice.
    cases.push({
      name: "an unknown top-level field (--strict)",
      request: { ...base.request, body: { ...baseBody, unexpected_field: "x" }, intent: "invalid" },
    });
  }
  if (operationId === "createCredential") {
    for (const c of semanticallyInvalidCreates(ctx.catalog))
      cases.push({ name: c.name, request: { ...base.request, body: c.body, intent: "invalid" } });
    // Once per run, not per operation: enough to see how the server treats a body that is too large.
    const huge = { integration_name: "slack", auth_data: { api_key: "x".repeat(OVERSIZED_BYTES) } };
    cases.push({
      name: `a body over 1 MiB (${OVERSIZED_BYTES} bytes)`,
      request: { ...base.request, body: undefined, rawBody: JSON.stringify(huge), intent: "invalid" },
    });
  }
  if (operationId === "updateCredential" && strict) {
    // Both fields are optional in the docs, so an empty update is a no-op there; --strict refuses it.
    cases.push({ name: "an empty update {} (--strict)", request: { ...base.request, body: {}, intent: "invalid" } });
  }
  if (operationId === "testTemporaryCredential" || operationId === "authorizeCredentialOAuth2") {
    const names = new Set(ctx.catalog.map((e) => e.integration_name));
    let unknown = "no_such_integration";
    for (let i = 0; names.has(unknown); i++) unknown = `no_such_integration_${i}`;
    cases.push({
      name: "unknown integration",
      request: { ...base.request, body: { ...baseFields, integration_name: unknown }, intent: "invalid" },
    });
  }
  if (operationId === "authorizeCredentialOAuth2") {
    const noOauth = ctx.catalog.find((e) => !e.auth_types.includes("oauth2"));
    if (noOauth) {
      cases.push({
        name: `an integration without oauth2 (${noOauth.integration_name})`,
        request: {
          ...base.request,
          body: { ...baseFields, integration_name: noOauth.integration_name },
          intent: "invalid",
        },
      });
    }
  }
  return cases;
}
