// The one operation index (openapi/generated/operations.json) the mock, the contract runner and
// the SDK read: per operationId its method, path, whether it is org-scoped, who may call it, its
// parameters, body and responses, each schema named by the validator that checks it.
import { deref, operationsOf, parametersOf } from "./spec-walk.mjs";

const ACCESS_FLAGS = ["jwtOnly", "ownerOnly", "allowInactive"];

/**
 * Who may call an operation: `kind` "public" (no authentication: the mock's control routes),
 * "user" (any signed-in caller, no organization) or "org" (X-Organization-ID, owner or admin);
 * and the operation's `x-modulex-access` flags: `jwtOnly` (an API key gets 403), `ownerOnly`
 * (admins get 403), `allowInactive` (an inactive user is answered). Throws for a flag that does
 * not fit the kind, so the index never states a rule no server could apply.
 */
export function accessOf(spec, item, operation) {
  const orgScoped = parametersOf(spec, item, operation).some(
    (p) => p.in === "header" && p.name.toLowerCase() === "x-organization-id",
  );
  const secured = (operation.security ?? spec.security ?? []).length > 0;
  const kind = !secured ? "public" : orgScoped ? "org" : "user";
  const flags = operation["x-modulex-access"] ?? {};
  for (const [name, value] of Object.entries(flags)) {
    if (!ACCESS_FLAGS.includes(name))
      throw new Error(`${operation.operationId}: unknown x-modulex-access flag ${name}`);
    if (typeof value !== "boolean")
      throw new Error(`${operation.operationId}: x-modulex-access.${name} must be a boolean`);
  }
  const access = {
    kind,
    jwtOnly: flags.jwtOnly === true,
    ownerOnly: flags.ownerOnly === true,
    allowInactive: flags.allowInactive === true,
  };
  if (access.ownerOnly && kind !== "org")
    throw new Error(`${operation.operationId}: ownerOnly needs an org-scoped operation`);
  if ((access.jwtOnly || access.allowInactive) && kind !== "user") {
    throw new Error(`${operation.operationId}: jwtOnly and allowInactive apply to user-scoped operations only`);
  }
  return { orgScoped, access };
}

/** The schema's own `type`, or its target's when it is a `$ref`. */
const typeOf = (spec, schema) => deref(spec, schema)?.type;

/**
 * The index of every operation of every document, keyed by operationId. `addValidator(schema,
 * specId)` registers a schema and returns the name of its validator (see validators.mjs).
 */
export function operationIndex(specsById, addValidator) {
  const index = {};
  for (const [specId, spec] of Object.entries(specsById)) {
    for (const { path, method, item, operation } of operationsOf(spec)) {
      if (index[operation.operationId]) throw new Error(`operationId ${operation.operationId} is used twice`);
      const parameters = parametersOf(spec, item, operation).map((p) => ({
        name: p.name,
        in: p.in,
        required: Boolean(p.required),
        validator: addValidator(p.schema, specId),
        type: typeOf(spec, p.schema),
      }));
      let requestBody = null;
      if (operation.requestBody) {
        const [contentType, media] = Object.entries(operation.requestBody.content)[0];
        // The body's own fields: servers ignore others (the body is read raw); the mock's strict mode refuses them.
        const fields = Object.keys(deref(spec, media.schema).properties ?? {});
        requestBody = {
          required: Boolean(operation.requestBody.required),
          contentType,
          validator: addValidator(media.schema, specId),
          fields,
        };
      }
      const responses = {};
      for (const [status, r] of Object.entries(operation.responses)) {
        const response = deref(spec, r);
        const headers = {};
        for (const [name, h] of Object.entries(response.headers ?? {})) {
          const header = deref(spec, h);
          headers[name.toLowerCase()] = {
            required: Boolean(header.required),
            validator: addValidator(header.schema, specId),
            type: header.schema.type,
          };
        }
        const content = Object.entries(response.content ?? {})[0];
        const contentSchema = content ? deref(spec, content[1].schema) : undefined;
        responses[status] = {
          contentType: content ? content[0] : null,
          validator: content ? addValidator(content[1].schema, specId) : null,
          headers,
          // x-modulex-tbd: the docs call this body's shape unverified; x-modulex-documented-failure: a 5xx the docs describe.
          ...(contentSchema?.["x-modulex-tbd"] ? { tbd: true } : {}),
          ...(response["x-modulex-documented-failure"] ? { documentedFailure: true } : {}),
        };
      }
      index[operation.operationId] = {
        spec: specId,
        method: method.toUpperCase(),
        path,
        tag: operation.tags?.[0] ?? null,
        deprecated: Boolean(operation.deprecated),
        secured: (operation.security ?? spec.security ?? []).length > 0,
        ...accessOf(spec, item, operation),
        parameters,
        requestBody,
        responses,
      };
    }
  }
  return index;
}
