// What the resources need from the client to call an operation.
import type { RawClient } from "../core/raw-client.js";
import type { Config } from "./normalize-options.js";

/**
 * The client's normalized options and the openapi-fetch client its methods call: not `mx.raw`,
 * so no middleware runs (each call sets its organization header itself).
 */
export interface Transport {
  readonly config: Config;
  readonly client: RawClient;
}
