// Walking an OpenAPI document: its operations in document order, local $refs, an operation's parameters.

/** The HTTP methods an OpenAPI path item may hold, in the order operations are listed. */
export const METHODS = ["get", "put", "post", "delete", "patch"];

/** Every operation of `spec`, in document order: `{ path, method, item, operation }`. */
export function* operationsOf(spec) {
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      if (item[method]) yield { path, method, item, operation: item[method] };
    }
  }
}

/** The object a local `$ref` (`#/components/...`, JSON-pointer escaped) points at; throws for an external one. */
export function resolveRef(spec, ref) {
  if (!ref.startsWith("#/")) throw new Error(`external $ref not supported: ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((o, k) => o?.[k], spec);
}

/** `value`, or what it refers to when it is a `$ref`. */
export function deref(spec, value) {
  return value?.$ref ? resolveRef(spec, value.$ref) : value;
}

/** The path item's parameters, then the operation's, each resolved. */
export function parametersOf(spec, item, operation) {
  return [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(spec, p));
}
