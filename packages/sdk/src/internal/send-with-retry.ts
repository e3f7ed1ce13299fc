// The custom `fetch` handed to openapi-fetch (the basecamp pattern): it adds the bearer token,
// applies the per-attempt timeout and runs the retry loop; the policy itself is retry-policy.ts.
import { ConnectionError, requestIdOf, TimeoutError } from "../core/errors.js";
import type { Config } from "./normalize-options.js";
import { retryDelay } from "./retry-policy.js";
import { MAX_TIMER_MS, sleep } from "./sleep.js";

export type SendConfig = Pick<Config, "token" | "maxRetries" | "maxRetryDelay" | "timeout" | "fetch" | "logger">;

/** The parts of a request, as an SDK method has openapi-fetch build them (see `outgoing`). */
export interface Outgoing extends RequestInit {
  url: string;
  method: string;
  headers: Headers;
  signal?: AbortSignal;
}

/**
 * What an SDK method gives openapi-fetch as its `Request` class (called with `new`): the parts as
 * given — URL, method, the merged Headers, the serialized body — with no Fetch `Request` built
 * only to be taken apart again. The body is a string, so every attempt can send it as it is.
 */
export function outgoing(url: string, init: Omit<Outgoing, "url">): Outgoing {
  return { ...init, url };
}

/**
 * Sends `request`, retrying as the policy allows; resolves to the last response. `signal` ends it
 * early: the request's own by default; an SDK method passes the caller's, or none when there is
 * none (a request built without one has a signal that never aborts, not worth listening to).
 * Every attempt is `fetch(url or Request, init)` with the same headers and body bytes.
 */
export async function sendWithRetry(
  request: Request | Outgoing,
  config: SendConfig,
  signal: AbortSignal | undefined = request.signal,
): Promise<Response> {
  const { method, url, headers, redirect } = request;
  // A Request (raw's calls) goes out as itself, so what else it carries (credentials, mode, cache…)
  // goes too; its body is a stream that can be read once: read once, for every attempt.
  const isRequest = request instanceof Request;
  const target = isRequest ? request : url;
  const body = !isRequest ? request.body : request.body ? await request.arrayBuffer() : undefined;
  for (let attempt = 1; ; attempt++) {
    const token = config.token();
    headers.set("authorization", `Bearer ${typeof token === "string" ? token : await token}`);
    config.logger?.({ type: "request", method, url, attempt });
    let response: Response | undefined;
    let failure: ConnectionError | undefined;
    try {
      response = await attemptOnce(target, { method, headers, body, redirect }, config, signal);
      const { status } = response;
      config.logger?.({ type: "response", method, url, attempt, status, requestId: requestIdOf(response.headers) });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      // fetch reports network failures as TypeError; anything else is a bug to surface, not retry.
      if (error instanceof TimeoutError) failure = error;
      else if (error instanceof TypeError) failure = new ConnectionError(undefined, { cause: error });
      else throw error;
    }
    if (response?.ok) return response; // a success is final: no policy to ask
    const delayMs = retryDelay({
      retriesSoFar: attempt - 1,
      maxRetries: config.maxRetries,
      maxRetryDelay: config.maxRetryDelay,
      method,
      status: response?.status,
      headers: response?.headers,
      now: Date.now(),
      random: Math.random(),
    });
    if (delayMs === undefined) {
      if (failure) throw failure;
      return response!;
    }
    config.logger?.({ type: "retry", method, url, attempt, delayMs, status: response?.status, error: failure?.name });
    await response?.body?.cancel().catch(() => {});
    await sleep(delayMs, signal);
  }
}

/**
 * One attempt, ended by the caller's signal or the timeout even if the inner fetch ignores
 * signals: each way it ends early aborts the fetch and settles the attempt at once.
 */
function attemptOnce(url: string | Request, init: RequestInit, config: SendConfig, signal: AbortSignal | undefined) {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const controller = new AbortController();
  init.signal = controller.signal;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  return new Promise<Response>((resolve, reject) => {
    const end = (reason: unknown) => {
      controller.abort(reason);
      reject(reason);
    };
    onAbort = () => end(signal?.reason);
    timer = setTimeout(() => end(new TimeoutError(config.timeout)), Math.min(config.timeout, MAX_TIMER_MS));
    signal?.addEventListener("abort", onAbort, { once: true });
    config.fetch(url, init).then(resolve, reject);
  }).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort!);
  });
}
