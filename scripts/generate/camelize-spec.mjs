// The SDK's view of the document: property and parameter names in camelCase, free-form maps
// marked `x-modulex-map: opaque` untouched (user data keeps its keys), examples dropped.
import { METHODS } from "./spec-walk.mjs";

/** `auth_data` → `authData`; digits count as word starts (`v2_id` → `v2Id`). */
export function snakeToCamel(name) {
  return name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function dropExamples(media) {
  delete media.example;
  delete media.examples;
}

function camelizeSchema(schema) {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return;
  if (schema["x-modulex-map"] === "opaque") return;
  if (schema.properties) {
    schema.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [snakeToCamel(k), v]));
    for (const v of Object.values(schema.properties)) camelizeSchema(v);
  }
  if (Array.isArray(schema.required)) schema.required = schema.required.map(snakeToCamel);
  for (const key of ["items", "additionalProperties"]) camelizeSchema(schema[key]);
  for (const key of ["allOf", "oneOf", "anyOf"]) for (const s of schema[key] ?? []) camelizeSchema(s);
  // Examples stay in wire format; the camel document only feeds type generation.
  dropExamples(schema);
}

function camelizeParameter(p) {
  if (p.in === "query" || p.in === "path") p.name = snakeToCamel(p.name);
}

/** A camelCase copy of `spec` (the input is not changed). Path templates keep their wire names. */
export function camelizeSpec(spec) {
  const out = structuredClone(spec);
  for (const s of Object.values(out.components?.schemas ?? {})) camelizeSchema(s);
  for (const p of Object.values(out.components?.parameters ?? {})) camelizeParameter(p);
  for (const item of Object.values(out.paths ?? {})) {
    for (const p of item.parameters ?? []) if (!p.$ref) camelizeParameter(p);
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const p of op.parameters ?? []) if (!p.$ref) camelizeParameter(p);
      for (const media of Object.values(op.requestBody?.content ?? {})) {
        camelizeSchema(media.schema);
        dropExamples(media);
      }
      for (const response of Object.values(op.responses ?? {})) {
        for (const media of Object.values(response.content ?? {})) {
          camelizeSchema(media.schema);
          dropExamples(media);
        }
      }
    }
  }
  for (const response of Object.values(out.components?.responses ?? {})) {
    for (const media of Object.values(response.content ?? {})) dropExamples(media);
  }
  return out;
}
