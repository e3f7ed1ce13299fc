import { APIPromise } from "../core/api-promise.js";
import type { RequestOptions } from "../core/options.js";
import { PagePromise, type PageContents } from "../core/pagination.js";
import { callOperation } from "../internal/call-operation.js";
import type { Transport } from "../internal/transport.js";
import type { OperationId, OperationParams, ResultOf } from "../internal/operation-types.js";

type PagedOperationId = "listCredentials" | "listCredentialAudit" | "listAuditEvents";
const DEFAULT_LIMIT = 100; // the spec's default page size

/** Base of the namespaces (`mx.credentials`, `mx.audit`…): each method is one call of one operation. */
export abstract class APIResource {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  protected call<K extends OperationId>(
    operationId: K,
    params: OperationParams<K>,
    options?: RequestOptions,
  ): APIPromise<ResultOf<K>> {
    return new APIPromise(callOperation(this.#transport, operationId, params, options));
  }

  protected paginate<K extends PagedOperationId, Item>(
    operationId: K,
    params: OperationParams<K>,
    contents: (page: ResultOf<K>) => PageContents<Item>,
    options?: RequestOptions,
  ): PagePromise<ResultOf<K>, Item> {
    const query: { limit?: number; offset?: number } = params.query ?? {};
    return new PagePromise(
      (offset) =>
        callOperation(this.#transport, operationId, { ...params, query: { ...params.query, offset } }, options),
      contents,
      query.offset ?? 0,
      query.limit ?? DEFAULT_LIMIT,
    );
  }
}
