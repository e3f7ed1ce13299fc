// `$ref`s of openapi/modulex.yaml (its generated spec.json), followed to what they point at.
import spec from "@modulex/spec/spec.json" with { type: "json" };
import type { JsonSchema } from "./json-schema.js";

const resolved = new Map<string, unknown>();

/** Follows a local `$ref` (`#/components/...`) to what it points at. */
export function resolveRef<T = JsonSchema>(ref: string): T {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported: ${ref}`);
  let node: unknown = resolved.get(ref) ?? spec;
  for (const part of resolved.has(ref) ? [] : ref.slice(2).split("/")) {
    if (!node || typeof node !== "object") throw new Error(`dangling $ref ${ref}`);
    node = Object.entries(node).find(([key]) => key === part.replace(/~1/g, "/").replace(/~0/g, "~"))?.[1];
  }
  if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  resolved.set(ref, node);
  // A $ref names its target's kind (#/components/schemas/… is a schema): `redocly lint` checks
  // the document, so the node is what the caller asks for.
  return node as T;
}

/** The schema itself when it is a `$ref`, else the schema. */
export function deref(schema: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; i < 16 && typeof s.$ref === "string"; i++) s = resolveRef(s.$ref);
  return s;
}
