// Whether an operation is org-scoped: it takes X-Organization-ID (the operation index's `orgScoped`).
import { operationSpec } from "./operation-spec.js";
import type { OperationId } from "./wire-types.js";

/** Does the operation take X-Organization-ID? */
export function takesOrg(operationId: OperationId): boolean {
  return operationSpec(operationId).orgScoped;
}
