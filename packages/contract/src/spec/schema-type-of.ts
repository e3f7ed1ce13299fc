// The JSON types a schema allows, as far as its keywords say.
import type { JsonSchema } from "./json-schema.js";

/** The types `schema` allows: its `type`, else "object" for one with properties, else its enum values' types. */
export function schemaTypeOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === "string") return [schema.type];
  if (schema.properties || schema.additionalProperties !== undefined) return ["object"];
  if (Array.isArray(schema.enum)) return [...new Set(schema.enum.map((v) => (v === null ? "null" : typeof v)))];
  return [];
}
