// One request the run sent and what came back.
import type { Intent } from "./request-spec.js";

/**
 * `Op` is the operation's id: a literal (`Exchange<"getMe">`) where the runner reads the body
 * typed (`bodyAs`), plain `string` in the public types, which so need none of the spec's.
 */
export interface Exchange<Op extends string = string> {
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
