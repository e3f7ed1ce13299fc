import type { RateLimitInfo } from "./rate-limit.js";

/** The data of a call together with the raw response it came from. */
export interface WithResponse<T> {
  data: T;
  /** The raw `Response` (its body has been read). */
  response: Response;
  /** The rate-limit headers of the response, parsed. */
  rateLimit: RateLimitInfo;
  /** `X-Request-ID` of the response. */
  requestId: string | undefined;
}

/**
 * What every SDK method returns: await it for the data, or call `.withResponse()` for the data
 * plus the raw `Response` and its rate-limit headers.
 *
 * @example
 * ```ts
 * const me = await mx.me.retrieve();
 * const { data, rateLimit, requestId } = await mx.me.retrieve().withResponse();
 * console.log(data.email, rateLimit.remaining, requestId);
 * ```
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<WithResponse<T>>;

  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
  }

  /** The data plus the raw response, its parsed rate-limit headers and request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a thenable on purpose (await gives the data).
  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    // One step, not two: onRejected still sees only the call's own failure, as with .then(a, b).
    // Without onFulfilled the data passes through as T, which is what A defaults to.
    return this.#result.then(onFulfilled ? (r) => onFulfilled(r.data) : (r) => r.data as unknown as A, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }
}
