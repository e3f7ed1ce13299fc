// The operations that need a person's sign-in (a JWT): an API key gets 403 on them. The spec says
// which (`x-modulex-access: { jwtOnly: true }`), read from the generated operation index.
import { publicOperations } from "./public-operations.js";
import type { OperationId } from "./wire-types.js";

/** Operations that need a person's sign-in: an API key gets 403. */
export const JWT_ONLY: readonly OperationId[] = publicOperations()
  .filter(([, op]) => op.access.jwtOnly)
  .map(([operationId]) => operationId);
