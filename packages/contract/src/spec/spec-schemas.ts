// The schemas of one operation the runner generates requests from: its parameters', its request
// body's and its responses', with `$ref`s resolved against the document.
import { operationSpec } from "./operation-spec.js";
import type { JsonSchema } from "./json-schema.js";
import { deref, resolveRef } from "./resolve-ref.js";
import type { OperationId } from "./wire-types.js";

interface SpecParameter {
  name: string;
  in: string;
  schema?: JsonSchema;
  $ref?: string;
}

interface SpecOperation {
  parameters?: SpecParameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema: JsonSchema }> }>;
}

interface PathItem {
  parameters?: SpecParameter[];
  [method: string]: SpecOperation | SpecParameter[] | undefined;
}

function specOperation(operationId: OperationId): { pathItem: PathItem; operation: SpecOperation } {
  const op = operationSpec(operationId);
  // A path is a JSON pointer segment with its "/" escaped as "~1".
  const pathItem = resolveRef<PathItem | undefined>(`#/paths/${op.path.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  const operation = pathItem?.[op.method.toLowerCase()];
  if (!pathItem || !operation || Array.isArray(operation)) throw new Error(`${operationId} is not in spec.json`);
  return { pathItem, operation };
}

/** The schema of one parameter of an operation (path-level parameters included). */
export function parameterSchema(operationId: OperationId, name: string): JsonSchema {
  const { pathItem, operation } = specOperation(operationId);
  const all = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
    p.$ref ? resolveRef<SpecParameter>(p.$ref) : p,
  );
  const found = all.find((p) => p.name === name);
  if (!found?.schema) throw new Error(`${operationId} has no parameter ${name}`);
  return deref(found.schema);
}

/** The JSON request-body schema of an operation, or null when it takes none. */
export function requestBodySchema(operationId: OperationId): JsonSchema | null {
  const { operation } = specOperation(operationId);
  const schema = operation.requestBody?.content["application/json"]?.schema;
  return schema ? deref(schema) : null;
}

/** The JSON body schema an operation declares for `status` (not dereferenced), or null. */
export function responseBodySchema(operationId: OperationId, status: number): JsonSchema | null {
  const { operation } = specOperation(operationId);
  const declared = operation.responses?.[String(status)];
  if (!declared) return null;
  const response = declared.$ref
    ? resolveRef<{ content?: Record<string, { schema: JsonSchema }> }>(declared.$ref)
    : declared;
  return response.content?.["application/json"]?.schema ?? null;
}
