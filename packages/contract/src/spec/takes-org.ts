// Whether an operation is org-scoped: it takes X-Organization-ID.
import { operationSpec } from "./operation-spec.js";
import type { OperationId } from "./wire-types.js";

/** Does the operation take X-Organization-ID? Read from its declared header parameters. */
export function takesOrg(operationId: OperationId): boolean {
  return operationSpec(operationId).parameters.some((p) => p.in === "header" && p.name.toLowerCase() === "x-organization-id");
}
