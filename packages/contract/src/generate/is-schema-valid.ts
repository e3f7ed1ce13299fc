// Whether a generated request passes the spec's own validators.
import { check, coerceParameter } from "@modulex/spec/contract";
import { operationSpec } from "../spec/operation-spec.js";
import type { RequestSpec } from "../http/request-spec.js";

/** Does the request pass the spec's own validators (body and every parameter)? */
export function isSchemaValid(request: RequestSpec): boolean {
  const op = operationSpec(request.operationId);
  if (op.requestBody && check(op.requestBody.validator, request.body, "body").length > 0) return false;
  for (const p of op.parameters) {
    const raw = p.in === "query" ? request.query?.[p.name] : p.in === "path" ? request.pathParams?.[p.name] : undefined;
    if (raw === undefined) continue;
    if (check(p.validator, coerceParameter(String(raw), p.type), p.name).length > 0) return false;
  }
  return true;
}
