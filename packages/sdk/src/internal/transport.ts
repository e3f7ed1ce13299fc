// What the resources need from the client to call an operation.
import type { RawClient } from "../core/raw-client.js";
import type { Config } from "./normalize-options.js";

/** The client's normalized options and its typed openapi-fetch client. */
export interface Transport {
  readonly config: Config;
  readonly raw: RawClient;
}
