// Narrows an exchange of any operation to one of a known operation, so its body reads typed.
import type { Exchange } from "../http/exchange.js";
import type { OperationId } from "./wire-types.js";

/** Is `exchange` an answer to `operationId`? */
export function isExchangeOf<Op extends OperationId>(exchange: Exchange, operationId: Op): exchange is Exchange<Op> {
  return exchange.operationId === operationId;
}
