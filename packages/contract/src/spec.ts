// The parts of openapi/modulex.yaml the runner generates requests from: each operation's
// parameter and request-body schemas, with `$ref`s resolved against the document.
import spec from "@modulex/spec/spec.json" with { type: "json" };
import { OPERATIONS, type OperationSpec } from "@modulex/spec/contract";

export type JsonSchema = Record<string, unknown>;

interface SpecParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
  $ref?: string;
}

interface SpecOperation {
  parameters?: SpecParameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema: JsonSchema }> }>;
}

const document = spec as unknown as {
  paths: Record<string, Record<string, SpecOperation> & { parameters?: SpecParameter[] }>;
  components: Record<string, Record<string, unknown>>;
};

/** Follows a local `$ref` (`#/components/...`) to what it points at. */
export function resolveRef<T = JsonSchema>(ref: string): T {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported: ${ref}`);
  let node: unknown = document;
  for (const part of ref.slice(2).split("/")) node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (node === undefined) throw new Error(`dangling $ref ${ref}`);
  return node as T;
}

/** The schema itself when it is a `$ref`, else the schema. */
export function deref(schema: JsonSchema): JsonSchema {
  let s = schema;
  for (let i = 0; i < 16 && typeof s.$ref === "string"; i++) s = resolveRef(s.$ref);
  return s;
}

/** The operations of the public spec (not the mock's control routes), in document order. */
export function publicOperations(): Array<[string, OperationSpec]> {
  return Object.entries(OPERATIONS).filter(([, op]) => op.spec === "modulex");
}

/**
 * Every public operation whose path takes a credential id, read from the spec (so a new route is
 * checked too), DELETE last: a probe that wrongly deletes must not hide the others' answers.
 */
export function credentialIdOperations(): string[] {
  return publicOperations()
    .filter(([, op]) => op.path.includes("{credential_id}"))
    .sort(([, a], [, b]) => Number(a.method === "DELETE") - Number(b.method === "DELETE"))
    .map(([operationId]) => operationId);
}

function specOperation(operationId: string) {
  const op = OPERATIONS[operationId];
  if (!op) throw new Error(`unknown operation ${operationId}`);
  const pathItem = document.paths[op.path];
  const operation = pathItem?.[op.method.toLowerCase()] as SpecOperation | undefined;
  if (!pathItem || !operation) throw new Error(`${operationId} is not in spec.json`);
  return { pathItem, operation };
}

/** The schema of one parameter of an operation (path-level parameters included). */
export function parameterSchema(operationId: string, name: string): JsonSchema {
  const { pathItem, operation } = specOperation(operationId);
  const all = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
    p.$ref ? resolveRef<SpecParameter>(p.$ref) : p,
  );
  const found = all.find((p) => p.name === name);
  if (!found?.schema) throw new Error(`${operationId} has no parameter ${name}`);
  return deref(found.schema);
}

/** The JSON request-body schema of an operation, or null when it takes none. */
export function requestBodySchema(operationId: string): JsonSchema | null {
  const { operation } = specOperation(operationId);
  const schema = operation.requestBody?.content["application/json"]?.schema;
  return schema ? deref(schema) : null;
}

/** The JSON body schema an operation declares for `status` (not dereferenced), or null. */
export function responseBodySchema(operationId: string, status: number): JsonSchema | null {
  const { operation } = specOperation(operationId);
  const declared = operation.responses?.[String(status)];
  if (!declared) return null;
  const response = declared.$ref ? resolveRef<{ content?: Record<string, { schema: JsonSchema }> }>(declared.$ref) : declared;
  return response.content?.["application/json"]?.schema ?? null;
}
