// One request the run sent and what came back.
import type { Intent } from "./request-spec.js";
import type { OperationId } from "./wire-types.js";

export interface Exchange<Op extends OperationId = OperationId> {
  operationId: Op;
  intent: Intent;
  principal: string | null;
  method: string;
  /** `METHOD /path?query`, for reports. */
  target: string;
  status: number;
  headers: Headers;
  /** The parsed JSON body, as the server sent it; read it typed with `bodyAs`. */
  body: unknown;
  text: string;
  /** Why there was no answer (status 0): a timeout or a transport error, one line. */
  noAnswer?: string;
  /** The operation is not part of this run (--exclude-operation): nothing was sent. */
  skipped?: true;
  /** The request as a `curl` command (secrets as environment variables). */
  curl: string;
}
