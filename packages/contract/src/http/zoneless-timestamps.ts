// The strict profile's timestamp rule: every value the spec types as a Timestamp carries a zone
// (RFC 3339). The default profile accepts the docs' zoneless form, so only --strict asks this.
import type { JsonSchema } from "../spec/json-schema.js";
import { resolveRef } from "../spec/resolve-ref.js";

const TIMESTAMP_REFS = new Set(["#/components/schemas/Timestamp", "#/components/schemas/NullableTimestamp"]);
const ZONED = /(?:[Zz]|[+-]\d{2}:\d{2})$/;
const MAX_DEPTH = 16;
const COMBINATORS: Array<"allOf" | "oneOf" | "anyOf"> = ["allOf", "oneOf", "anyOf"];

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
    for (const key of COMBINATORS) for (const sub of s[key] ?? []) walk(node, sub, at, depth + 1);
    if (Array.isArray(node)) {
      const items = s.items;
      if (items && typeof items === "object") {
        node.forEach((item, i) => {
          walk(item, items, `${at}[${i}]`, depth + 1);
        });
      }
      return;
    }
    if (typeof node !== "object") return;
    const fields = new Map(Object.entries(node));
    const properties = s.properties ?? {};
    for (const [name, sub] of Object.entries(properties))
      if (fields.has(name)) walk(fields.get(name), sub, `${at}.${name}`, depth + 1);
    const extra = s.additionalProperties;
    if (extra && typeof extra === "object") {
      for (const [name, item] of fields) if (!(name in properties)) walk(item, extra, `${at}.${name}`, depth + 1);
    }
  };
  walk(value, schema, path, 0);
  return [...found];
}
