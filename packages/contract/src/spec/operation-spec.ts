// One operation's entry in the spec's generated index (method, path, parameters, responses).
import { OPERATIONS, type OperationSpec } from "@modulex/spec/contract";
import type { OperationId } from "./wire-types.js";

/** The operation's entry in the generated index; throws for an id the spec does not have. */
export function operationSpec(operationId: OperationId): OperationSpec {
  const op = OPERATIONS[operationId];
  if (!op) throw new Error(`unknown operation ${operationId}`);
  return op;
}
