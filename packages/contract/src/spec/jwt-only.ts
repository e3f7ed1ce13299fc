// The operations that need a person's sign-in (a JWT): an API key gets 403 on them.
import type { OperationId } from "./wire-types.js";

/** Operations that need a person's sign-in: an API key gets 403. */
export const JWT_ONLY: readonly OperationId[] = ["createOrganization", "listApiKeys", "createApiKey", "getApiKey", "deleteApiKey"];
