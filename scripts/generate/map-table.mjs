// The SDK's case converter is driven by property names; this table says which names hold free-form
// maps (`x-modulex-map`), whose keys must not be converted.
import { deref, operationsOf } from "./spec-walk.mjs";

const isMap = (schema) => Boolean(schema) && typeof schema === "object" && typeof schema["x-modulex-map"] === "string";

/**
 * Property name → "opaque" | "keyed", for every property whose schema is a marked map, sorted by
 * name. Throws when one name is a map in one schema and an object (or another kind of map)
 * elsewhere: a name-driven converter would corrupt one of them.
 */
export function mapTable(spec) {
  const table = {};
  const plainObjects = new Set();
  const seen = new Set();
  const walk = (value) => {
    const schema = deref(spec, value);
    if (!schema || typeof schema !== "object" || seen.has(schema)) return;
    seen.add(schema);
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      const target = deref(spec, prop);
      if (isMap(target)) {
        const kind = target["x-modulex-map"];
        if (table[name] && table[name] !== kind)
          throw new Error(`property ${name} is marked both ${table[name]} and ${kind}`);
        table[name] = kind;
      } else if (target && (target.properties || target.allOf || target.oneOf)) plainObjects.add(name);
      walk(prop);
    }
    for (const key of ["items", "additionalProperties"]) if (typeof schema[key] === "object") walk(schema[key]);
    for (const key of ["allOf", "oneOf", "anyOf"]) for (const s of schema[key] ?? []) walk(s);
  };
  for (const s of Object.values(spec.components?.schemas ?? {})) walk(s);
  for (const { operation } of operationsOf(spec)) {
    for (const r of Object.values(operation.responses ?? {})) {
      for (const media of Object.values(deref(spec, r).content ?? {})) walk(media.schema);
    }
    for (const media of Object.values(operation.requestBody?.content ?? {})) walk(media.schema);
  }
  for (const name of Object.keys(table)) {
    if (plainObjects.has(name))
      throw new Error(`property ${name} is a free-form map in one schema and an object elsewhere`);
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}
