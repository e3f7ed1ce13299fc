// Values that satisfy a JSON Schema (the subset OpenAPI 3.1 documents use), as fast-check
// arbitraries. Approximate by design: callers filter with the spec's own validator, so an
// approximation can only cost a discarded sample, never a wrong verdict.
import fc from "fast-check";
import type { JsonSchema } from "../spec/json-schema.js";
import { deref, resolveRef } from "../spec/resolve-ref.js";

const TIMESTAMP_PATTERN = resolveRef("#/components/schemas/Timestamp").pattern;

/** Longest generated string, so requests stay small however large `maxLength` is. */
const MAX_GENERATED_LENGTH = 48;

function types(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === "string") return [schema.type];
  if (schema.properties || schema.additionalProperties !== undefined) return ["object"];
  return ["string"];
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? MAX_GENERATED_LENGTH, MAX_GENERATED_LENGTH));
  switch (schema.format) {
    case "uuid":
      return fc.uuid({ version: 4 });
    case "email":
      return fc
        .tuple(
          fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/),
          fc.constantFrom("example.com", "acme.test", "mail.example.org"),
        )
        .map(([local, domain]) => `${local.replace(/\.\.+/g, ".")}@${domain}`);
    case "uri":
      return fc.webUrl({ withQueryParameters: false, withFragments: false }).filter((u) => u.length <= maxLength * 8);
    case "date-time":
      return fc
        .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString());
  }
  // The spec's Timestamp is a pattern (zoneless or RFC 3339), which would also match 31 February:
  // real instants, in both of the forms it documents.
  if (schema.pattern === TIMESTAMP_PATTERN) {
    return fc
      .tuple(
        fc.date({ min: new Date("2030-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.boolean(),
      )
      .map(([d, zoneless]) => (zoneless ? d.toISOString().slice(0, 19) : d.toISOString()));
  }
  if (typeof schema.pattern === "string") {
    const re = new RegExp(schema.pattern);
    return fc.stringMatching(re, { size: "small" }).filter((s) => s.length >= minLength && s.length <= maxLength);
  }
  return fc.string({ minLength, maxLength, unit: "grapheme-ascii" });
}

function objectArbitrary(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const extra = schema.additionalProperties;
  const minProperties = schema.minProperties ?? 0;
  const maxProperties = Math.min(schema.maxProperties ?? 6, 6);
  if (Object.keys(properties).length === 0 && extra !== false) {
    // A free-form map: keys are data.
    const value =
      extra && typeof extra === "object"
        ? schemaArbitrary(extra)
        : fc.oneof(fc.string({ maxLength: 16 }), fc.integer(), fc.boolean());
    return fc.dictionary(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/), value, {
      minKeys: minProperties,
      maxKeys: Math.max(minProperties, maxProperties),
    });
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) model[name] = schemaArbitrary(sub);
  return fc
    .record(model, { requiredKeys: [...required].filter((k) => k in model) })
    .filter((o) => Object.keys(o).length >= minProperties);
}

/** An arbitrary of values valid against `schema` (approximately; see the file comment). */
export function schemaArbitrary(input: JsonSchema): fc.Arbitrary<unknown> {
  const schema = deref(input);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.oneOf)) return fc.oneof(...schema.oneOf.map(schemaArbitrary));
  if (Array.isArray(schema.anyOf)) return fc.oneof(...schema.anyOf.map(schemaArbitrary));
  if (Array.isArray(schema.allOf)) {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const part of schema.allOf.map(deref)) {
      Object.assign(properties, part.properties ?? {});
      required.push(...(part.required ?? []));
    }
    return objectArbitrary({ type: "object", properties, required });
  }
  const options = types(schema).map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "boolean":
        return fc.boolean();
      case "integer":
        return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
      case "number":
        return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
      case "array":
        return fc.array(schemaArbitrary(schema.items ?? {}), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.min(schema.maxItems ?? 4, 4),
        });
      case "object":
        return objectArbitrary(schema);
      default:
        return stringArbitrary(schema);
    }
  });
  return options.length === 1 ? options[0]! : fc.oneof(...options);
}
