// Ways to break a valid body against its JSON Schema: a missing required field, a wrong type,
// a violated constraint, an unknown field, a body that is not an object. Each mutation names
// what it does, so a report can say which invalid input a server accepted.
import { constraintViolations } from "./constraint-violations.js";
import type { JsonSchema } from "../spec/json-schema.js";
import { deref } from "../spec/resolve-ref.js";
import { schemaTypeOf } from "../spec/schema-type-of.js";

export interface Mutation {
  /** What the mutation does, e.g. "limit above its maximum (501)". */
  name: string;
  apply(value: unknown): unknown;
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
  const properties = schema.properties ?? {};
  for (const name of schema.required ?? []) {
    mutations.push({ name: `${path}: required field '${name}' missing`, apply: (v) => omit(v, name) });
  }
  if (schema.additionalProperties === false) {
    mutations.push({
      name: `${path}: unknown field 'unexpected_field'`,
      apply: (v) => ({ ...fieldsOf(v), unexpected_field: "x" }),
    });
  }
  if (typeof schema.minProperties === "number" && schema.minProperties > 0) {
    mutations.push({ name: `${path}: empty object (minProperties ${schema.minProperties})`, apply: () => ({}) });
  }
  for (const [name, sub] of Object.entries(properties)) {
    const resolved = deref(sub);
    for (const violation of constraintViolations(resolved)) {
      mutations.push({
        name: `${path}.${name} ${violation.name}`,
        apply: (v) => ({ ...fieldsOf(v), [name]: violation.value }),
      });
    }
    if (resolved.properties && schemaTypeOf(resolved).includes("object")) {
      for (const inner of bodyMutations(resolved, `${path}.${name}`)) {
        mutations.push({
          name: inner.name,
          apply: (v) => {
            const current = fieldOf(v, name);
            return { ...fieldsOf(v), [name]: inner.apply(current && typeof current === "object" ? current : {}) };
          },
        });
      }
    }
    if (typeof resolved.maxProperties === "number") {
      const tooMany = Object.fromEntries(Array.from({ length: resolved.maxProperties + 1 }, (_, i) => [`k${i}`, "v"]));
      mutations.push({
        name: `${path}.${name} with more than ${resolved.maxProperties} entries`,
        apply: (v) => ({ ...fieldsOf(v), [name]: tooMany }),
      });
    }
    if (resolved.minProperties === 1 && !resolved.properties) {
      mutations.push({ name: `${path}.${name} empty`, apply: (v) => ({ ...fieldsOf(v), [name]: {} }) });
    }
  }
  return mutations;
}

/** The fields of an object value (none for anything else), to spread into a mutated copy. */
function fieldsOf(value: unknown): object {
  return value && typeof value === "object" ? value : {};
}

function fieldOf(value: unknown, key: string): unknown {
  return Object.entries(fieldsOf(value)).find(([name]) => name === key)?.[1];
}

function omit(value: unknown, key: string): unknown {
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
}
