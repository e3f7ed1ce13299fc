// Values that break one constraint of a scalar schema (a format, a pattern, a length, a bound,
// a type), each named so a report can say which invalid input a server accepted.
import type { JsonSchema } from "../spec/json-schema.js";
import { deref } from "../spec/resolve-ref.js";
import { schemaTypeOf } from "../spec/schema-type-of.js";

/** A value of a type the schema does not allow, or undefined when every type is allowed. */
function wrongTypeValue(schema: JsonSchema): unknown {
  const allowed = new Set(schemaTypeOf(schema));
  if (Array.isArray(schema.oneOf)) for (const s of schema.oneOf) for (const t of schemaTypeOf(deref(s))) allowed.add(t);
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
  if (schema.format === "uuid")
    out.push(
      { name: "not a UUID", value: "not-a-uuid" },
      { name: "a truncated UUID", value: "9a1f0c7e-2b44-4f1a-9c3d" },
    );
  if (schema.format === "email") out.push({ name: "not an email address", value: "not-an-email" });
  if (schema.format === "uri") out.push({ name: "not a URI", value: "not a uri" });
  if (schema.format === "date-time") out.push({ name: "not a date-time", value: "next tuesday" });
  if (typeof schema.pattern === "string")
    out.push({ name: `not matching ${schema.pattern}`, value: "Not Valid !" }, { name: "blank", value: "   " });
  if (typeof schema.minLength === "number" && schema.minLength > 0)
    out.push({ name: "shorter than its minLength", value: "" });
  if (typeof schema.maxLength === "number")
    out.push({ name: "longer than its maxLength", value: "x".repeat(schema.maxLength + 1) });
  if (typeof schema.minimum === "number")
    out.push({ name: `below its minimum (${schema.minimum - 1})`, value: schema.minimum - 1 });
  if (typeof schema.maximum === "number")
    out.push({ name: `above its maximum (${schema.maximum + 1})`, value: schema.maximum + 1 });
  if (schemaTypeOf(schema).includes("integer"))
    out.push({ name: "a fraction where an integer is required", value: 1.5 });
  const wrong = wrongTypeValue(schema);
  if (wrong !== undefined)
    out.push({ name: `of the wrong type (${Array.isArray(wrong) ? "array" : typeof wrong})`, value: wrong });
  return out;
}
