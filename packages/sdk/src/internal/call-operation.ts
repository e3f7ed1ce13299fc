// One call of one operation: camelCase in, wire format through openapi-fetch, camelCase out;
// an error status becomes the matching APIError.
import type { WithResponse } from "../core/api-promise.js";
import { APIError, ModuleXError, requestIdOf } from "../core/errors.js";
import type { RequestOptions } from "../core/options.js";
import { readRateLimit } from "../core/rate-limit.js";
import { OPERATIONS } from "../generated/operations.js";
import { toCamel, toWire } from "./case-convert.js";
import { count } from "./normalize-options.js";
import type { OperationId, OperationParams, ResultOf } from "./operation-types.js";
import { setOrgHeader } from "./org-header.js";
import { type Outgoing, outgoing, sendWithRetry } from "./send-with-retry.js";
import type { Transport } from "./transport.js";

type UntypedRequest = (
  method: string,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

const DOT_SEGMENTS = new Set(["", ".", ".."]);

export async function callOperation<K extends OperationId>(
  transport: Transport,
  operationId: K,
  params: OperationParams<K>,
  options: RequestOptions = {},
): Promise<WithResponse<ResultOf<K>>> {
  const { method, path, orgScoped } = OPERATIONS[operationId];
  // Encoded or not, "." and ".." are dot segments and "" drops one: `/credentials/../audit` is `/audit`.
  const pathParams: Record<string, unknown> | undefined = params.path;
  for (const name in pathParams) {
    if (DOT_SEGMENTS.has(String(pathParams[name]))) throw new ModuleXError(`${name} must not be empty, "." or "..".`);
  }
  // Per-call options are checked here, once; without any the client's config is used as it is.
  const config =
    options.maxRetries === undefined && options.timeout === undefined
      ? transport.config
      : {
          ...transport.config,
          maxRetries:
            options.maxRetries === undefined ? transport.config.maxRetries : count("maxRetries", options.maxRetries),
          timeout: options.timeout === undefined ? transport.config.timeout : count("timeout", options.timeout, 1),
        };
  // The typed methods of openapi-fetch want literal paths; the operation table gives them at runtime.
  const request = transport.client.request as unknown as UntypedRequest;
  const { data, error, response } = await request(method, path, {
    params: { path: toWire(params.path), query: toWire(params.query) },
    body: params.body === undefined ? undefined : toWire(params.body),
    headers: options.headers,
    signal: options.signal,
    Request: outgoing,
    fetch: (req: Outgoing) => {
      if (orgScoped) setOrgHeader(req.headers, `${method} ${path}`, config.organizationId);
      return sendWithRetry(req, config, options.signal);
    },
  });
  if (!response.ok) throw APIError.generate(response.status, error, response.headers);
  return new Result(toCamel(data) as ResultOf<K>, response);
}

/** A call's data and response; the headers are read when asked for (withResponse), not on every call. */
class Result<T> implements WithResponse<T> {
  // Assigned in the constructor, not also declared as fields of their own (bytes, issue 11).
  declare readonly data: T;
  declare readonly response: Response;
  constructor(data: T, response: Response) {
    this.data = data;
    this.response = response;
  }
  get rateLimit() {
    return readRateLimit(this.response.headers);
  }
  get requestId() {
    return requestIdOf(this.response.headers);
  }
}
