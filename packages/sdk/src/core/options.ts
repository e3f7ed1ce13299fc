/** Something that produces the bearer token before each request (sync or async). */
export type TokenProvider = () => string | Promise<string>;

/** What the `logger` hook receives. Never carries a header, a body or a token. */
export type LogEvent =
  | { type: "request"; method: string; url: string; attempt: number }
  | { type: "response"; method: string; url: string; attempt: number; status: number; requestId: string | undefined }
  | {
      type: "retry";
      method: string;
      url: string;
      attempt: number;
      delayMs: number;
      status: number | undefined;
      error: string | undefined;
    };

/**
 * Options of {@link ModuleX}. Every field is optional; the environment (`MODULEX_API_KEY`,
 * `MODULEX_ORGANIZATION_ID`, `MODULEX_BASE_URL`) fills in what is not given, where an environment exists.
 *
 * @example
 * ```ts
 * const mx = new ModuleX({
 *   apiKey: process.env.MODULEX_API_KEY,
 *   organizationId: "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
 *   maxRetries: 3,
 *   logger: (event) => console.debug(event),
 * });
 * ```
 */
export interface ClientOptions {
  /** An API key: `mx_live_` followed by at least 32 letters or digits. Default: `MODULEX_API_KEY`. */
  apiKey?: string | undefined;
  /**
   * A JWT from the identity provider, or a function returning one, called before every request
   * (for a browser app whose sign-in provider refreshes tokens). Use either `apiKey` or `token`.
   */
  token?: string | TokenProvider | undefined;
  /** The organization org-scoped calls run in (`X-Organization-ID`). Default: `MODULEX_ORGANIZATION_ID`. */
  organizationId?: string | undefined;
  /** Default: `MODULEX_BASE_URL`, else `https://api.modulex.dev`. */
  baseUrl?: string | undefined;
  /** Retries after the first attempt (429 for any method; 408, 5xx and network errors for GET, PUT, DELETE). Default 2. */
  maxRetries?: number | undefined;
  /** The longest wait (ms) the SDK accepts from `Retry-After`/`X-RateLimit-Reset`; asking for more throws `RateLimitError` at once. Default 60 000. */
  maxRetryDelay?: number | undefined;
  /** Per-attempt timeout in ms. Default 60 000. */
  timeout?: number | undefined;
  /** The `fetch` to use. Default: `globalThis.fetch`, looked up on every request. */
  fetch?: typeof fetch | undefined;
  /** Called for each request, response and retry. Events carry no secrets. */
  logger?: ((event: LogEvent) => void) | undefined;
}

/** Options of one call; they override the client's for that call only. */
export interface RequestOptions {
  /** Aborts the call, including a retry's wait; the call then rejects with the signal's reason (an `AbortError`). */
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Extra request headers. */
  headers?: Record<string, string> | undefined;
}
