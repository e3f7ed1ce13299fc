// The server cannot be reached at all: the run cannot start or go on.
import type { TransportFailure } from "./describe-transport-error.js";
import { FatalRunError } from "../fatal-run-error.js";
import { printableUrl } from "./printable-url.js";

export class ServerUnreachableError extends FatalRunError {
  override name = "ServerUnreachableError";

  constructor(
    method: string,
    url: string | URL,
    readonly failure: TransportFailure,
  ) {
    super(`cannot reach the server: ${method} ${printableUrl(url)} failed with ${failure.reason}`);
  }
}
