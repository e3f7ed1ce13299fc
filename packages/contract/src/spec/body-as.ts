// A response body read as the spec's type for its operation and status.
import type { Exchange } from "../http/exchange.js";
import type { OperationId, ResponseBody, ResponseStatus, Untrusted } from "./wire-types.js";

/**
 * The body of `exchange` typed as the spec's body for `status`, or undefined when the server
 * answered another status or no JSON object or array.
 *
 * @example
 * const created = bodyAs(exchange, 201); // Untrusted<Schema<"CredentialDetail">> | undefined
 * if (created?.credential_id) ...
 */
export function bodyAs<Op extends OperationId, S extends ResponseStatus<Op>>(
  exchange: Exchange<Op>,
  status: S,
): Untrusted<ResponseBody<Op, S>> | undefined {
  if (exchange.status !== status || exchange.body === null || typeof exchange.body !== "object") return undefined;
  // The one place a server's answer gets a type. Untrusted<> keeps every field optional, and
  // response_schema_conformance has already judged whether the body really has this shape.
  return exchange.body as Untrusted<ResponseBody<Op, S>>;
}
