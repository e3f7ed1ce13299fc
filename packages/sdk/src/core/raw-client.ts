// The types of `mx.raw`: openapi-fetch's client of the wire (snake_case) paths, with the
// organization header optional because the client sends its own.
import type { Client } from "openapi-fetch";
import type { paths as WirePaths } from "../../../../openapi/generated/types.js";

/** An operation whose `X-Organization-ID` the client fills in, so callers may leave it out. */
type OrgHeaderOptional<Op> = Op extends { parameters: { header: infer H } }
  ? Omit<Op, "parameters"> & { parameters: Omit<Op["parameters"], "header"> & { header?: Partial<H> } }
  : Op;
/** The wire paths as `raw` accepts them: the organization header is optional (the client sends its own). */
export type RawPaths = { [P in keyof WirePaths]: { [M in keyof WirePaths[P]]: OrgHeaderOptional<WirePaths[P][M]> } };
/** The typed openapi-fetch client of the wire (snake_case) API, with the SDK's auth, organization header and retries. */
export type RawClient = Client<RawPaths>;
