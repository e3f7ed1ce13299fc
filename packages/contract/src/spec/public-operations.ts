// The operations of the public spec (not the mock's control routes), read from the generated index.
import { OPERATIONS, type OperationSpec } from "@modulex/spec/contract";
import type { OperationId } from "./wire-types.js";

const PUBLIC = Object.entries(OPERATIONS).filter(([, op]) => op.spec === "modulex");

/** The operations of the public spec, in document order. */
export function publicOperations(): Array<[OperationId, OperationSpec]> {
  // The index is keyed by string; its public entries are exactly the generated `operations`
  // (both come from modulex.yaml in one `npm run generate`, checked by `generate:check`).
  return PUBLIC as Array<[OperationId, OperationSpec]>;
}

/**
 * Every public operation whose path takes a credential id, read from the spec (so a new route is
 * checked too), DELETE last: a probe that wrongly deletes must not hide the others' answers.
 */
export function credentialIdOperations(): OperationId[] {
  return publicOperations()
    .filter(([, op]) => op.path.includes("{credential_id}"))
    .sort(([, a], [, b]) => Number(a.method === "DELETE") - Number(b.method === "DELETE"))
    .map(([operationId]) => operationId);
}
