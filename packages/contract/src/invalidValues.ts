// Ways to break a valid value against its JSON Schema: a missing required field, a wrong type,
// a violated constraint, an unknown field, a body that is not an object. Each mutation names
// what it does, so a report can say which invalid input a server accepted.
import { deref, type JsonSchema } from "./spec.js";

export interface Mutation {
  /** What the mutation does, e.g. "limit above its maximum (501)". */
  name: string;
  apply(value: unknown): unknown;
}

function typeOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === "string") return [schema.type];
  if (schema.properties || schema.additionalProperties !== undefined) return ["object"];
  if (Array.isArray(schema.enum)) return [...new Set((schema.enum as unknown[]).map((v) => (v === null ? "null" : typeof v)))];
  return [];
}

/** A value of a type the schema does not allow, or undefined when every type is allowed. */
function wrongTypeValue(schema: JsonSchema): unknown {
  const allowed = new Set(typeOf(schema));
  if (Array.isArray(schema.oneOf)) for (const s of schema.oneOf as JsonSchema[]) for (const t of typeOf(deref(s))) allowed.add(t);
  if (allowed.size === 0) return undefined;
  const candidates: Array<[string, unknown]> = [
    ["string", "not-the-right-type"],
    ["integer", 12345],
    ["boolean", true],
    ["object", { unexpected: "object" }],
    ["array", ["unexpected", "array"]],
  ];
  for (const [type, value] of candidates) {
    if (allowed.has(type) || (type === "integer" && allowed.has("number"))) continue;
    return value;
  }
  return undefined;
}

/** Values that break one constraint of a scalar schema, each with a name. */
export function constraintViolations(input: JsonSchema): Array<{ name: string; value: unknown }> {
  const schema = deref(input);
  const out: Array<{ name: string; value: unknown }> = [];
  if (Array.isArray(schema.enum)) out.push({ name: "a value outside its enum", value: "not_a_listed_value" });
  if (schema.format === "uuid") out.push({ name: "not a UUID", value: "not-a-uuid" }, { name: "a truncated UUID", value: "9a1f0c7e-2b44-4f1a-9c3d" });
  if (schema.format === "email") out.push({ name: "not an email address", value: "not-an-email" });
  if (schema.format === "uri") out.push({ name: "not a URI", value: "not a uri" });
  if (schema.format === "date-time") out.push({ name: "not a date-time", value: "next tuesday" });
  if (typeof schema.pattern === "string") out.push({ name: `not matching ${schema.pattern}`, value: "Not Valid !" }, { name: "blank", value: "   " });
  if (typeof schema.minLength === "number" && schema.minLength > 0) out.push({ name: "shorter than its minLength", value: "" });
  if (typeof schema.maxLength === "number") out.push({ name: "longer than its maxLength", value: "x".repeat(schema.maxLength + 1) });
  if (typeof schema.minimum === "number") out.push({ name: `below its minimum (${schema.minimum - 1})`, value: schema.minimum - 1 });
  if (typeof schema.maximum === "number") out.push({ name: `above its maximum (${schema.maximum + 1})`, value: schema.maximum + 1 });
  if (typeOf(schema).includes("integer")) out.push({ name: "a fraction where an integer is required", value: 1.5 });
  const wrong = wrongTypeValue(schema);
  if (wrong !== undefined) out.push({ name: `of the wrong type (${Array.isArray(wrong) ? "array" : typeof wrong})`, value: wrong });
  return out;
}

/** Every single-step mutation that makes an object valid against `schema` invalid. */
export function bodyMutations(input: JsonSchema, path = "body"): Mutation[] {
  const schema = deref(input);
  const mutations: Mutation[] = [];
  if (path === "body") {
    mutations.push(
      { name: "body is an array, not an object", apply: () => [] },
      { name: "body is a string, not an object", apply: () => "just a string" },
      { name: "body is null", apply: () => null },
    );
  }
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const name of (schema.required ?? []) as string[]) {
    mutations.push({ name: `${path}: required field '${name}' missing`, apply: (v) => omit(v, name) });
  }
  if (schema.additionalProperties === false) {
    mutations.push({ name: `${path}: unknown field 'unexpected_field'`, apply: (v) => ({ ...(v as object), unexpected_field: "x" }) });
  }
  if (typeof schema.minProperties === "number" && schema.minProperties > 0) {
    mutations.push({ name: `${path}: empty object (minProperties ${schema.minProperties})`, apply: () => ({}) });
  }
  for (const [name, sub] of Object.entries(properties)) {
    const resolved = deref(sub);
    for (const violation of constraintViolations(resolved)) {
      mutations.push({ name: `${path}.${name} ${violation.name}`, apply: (v) => ({ ...(v as object), [name]: violation.value }) });
    }
    if (resolved.properties && typeOf(resolved).includes("object")) {
      for (const inner of bodyMutations(resolved, `${path}.${name}`)) {
        mutations.push({
          name: inner.name,
          apply: (v) => {
            const current = (v as Record<string, unknown>)[name];
            return { ...(v as object), [name]: inner.apply(current && typeof current === "object" ? current : {}) };
          },
        });
      }
    }
    if (typeof resolved.maxProperties === "number") {
      const tooMany = Object.fromEntries(Array.from({ length: resolved.maxProperties + 1 }, (_, i) => [`k${i}`, "v"]));
      mutations.push({ name: `${path}.${name} with more than ${resolved.maxProperties} entries`, apply: (v) => ({ ...(v as object), [name]: tooMany }) });
    }
    if (resolved.minProperties === 1 && !resolved.properties) {
      mutations.push({ name: `${path}.${name} empty`, apply: (v) => ({ ...(v as object), [name]: {} }) });
    }
  }
  return mutations;
}

function omit(value: unknown, key: string): unknown {
  if (!value || typeof value !== "object") return value;
  const copy = { ...(value as Record<string, unknown>) };
  delete copy[key];
  return copy;
}
