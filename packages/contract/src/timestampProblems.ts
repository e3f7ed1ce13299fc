// The strict profile's timestamp rule: every value the spec types as a Timestamp carries a zone
// (RFC 3339). The default profile accepts the docs' zoneless form, so only --strict asks this.
import { resolveRef, type JsonSchema } from "./spec.js";

const TIMESTAMP_REFS = new Set(["#/components/schemas/Timestamp", "#/components/schemas/NullableTimestamp"]);
const ZONED = /(?:[Zz]|[+-]\d{2}:\d{2})$/;
const MAX_DEPTH = 16;

/** Where `value`, read against `schema`, holds a timestamp without a zone (each as `path 'value'`). */
export function zonelessTimestamps(value: unknown, schema: JsonSchema, path = "body"): string[] {
  const found = new Set<string>();
  const walk = (node: unknown, s: JsonSchema, at: string, depth: number): void => {
    if (depth > MAX_DEPTH || node === null || node === undefined) return;
    if (typeof s.$ref === "string") {
      if (!TIMESTAMP_REFS.has(s.$ref)) walk(node, resolveRef(s.$ref), at, depth + 1);
      else if (typeof node === "string" && !ZONED.test(node)) found.add(`${at} '${node}'`);
      return;
    }
    for (const key of ["allOf", "oneOf", "anyOf"] as const) for (const sub of (s[key] as JsonSchema[] | undefined) ?? []) walk(node, sub, at, depth + 1);
    if (Array.isArray(node)) {
      if (s.items && typeof s.items === "object") node.forEach((item, i) => walk(item, s.items as JsonSchema, `${at}[${i}]`, depth + 1));
      return;
    }
    if (typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
    for (const [name, sub] of Object.entries(properties)) if (name in record) walk(record[name], sub, `${at}.${name}`, depth + 1);
    if (s.additionalProperties && typeof s.additionalProperties === "object") {
      for (const [name, item] of Object.entries(record)) if (!(name in properties)) walk(item, s.additionalProperties as JsonSchema, `${at}.${name}`, depth + 1);
    }
  };
  walk(value, schema, path, 0);
  return [...found];
}
