// packages/sdk/src/generated/operations.ts: the SDK's projection of the operation index (what a
// published client needs of it: method, path, org scope) and the case converter's map table.

/** The TypeScript source of the SDK's operation table, from the operation index of the public spec. */
export function sdkOperationsModule(index, mapTable) {
  const operations = {};
  for (const [operationId, op] of Object.entries(index)) {
    if (op.spec !== "modulex") continue;
    operations[operationId] = { method: op.method, path: op.path, orgScoped: op.orgScoped };
  }
  return (
    `/** Free-form maps by property name: "opaque" maps pass through untouched, "keyed" maps keep their keys and convert their values. */\n` +
    `export const MAP_PROPERTIES: Readonly<Record<string, "opaque" | "keyed">> = ${JSON.stringify(mapTable)};\n\n` +
    `/** Every operation of the spec: method, path template and whether it takes X-Organization-ID (from openapi/generated/operations.json). */\n` +
    `export const OPERATIONS = ${JSON.stringify(operations, null, 2)} as const;\n\n` +
    `export type OperationId = keyof typeof OPERATIONS;\n`
  );
}
