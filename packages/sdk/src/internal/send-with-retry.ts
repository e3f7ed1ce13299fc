// The custom `fetch` handed to openapi-fetch (the basecamp pattern): it adds the bearer token,
// applies the per-attempt timeout and runs the retry loop; the policy itself is retry-policy.ts.
import { ConnectionError, TimeoutError } from "../core/errors.js";
import type { Config } from "./normalize-options.js";
import { retryDelay } from "./retry-policy.js";
import { MAX_TIMER_MS, sleep } from "./sleep.js";

export type SendConfig = Pick<Config, "token" | "maxRetries" | "maxRetryDelay" | "timeout" | "fetch" | "logger">;

/**
 * Sends `request`, retrying as the policy allows; resolves to the last response. `signal` ends it
 * early: the request's own by default; an SDK method passes the caller's, or none when there is
 * none (a request built without one has a signal that never aborts, not worth listening to).
 */
export async function sendWithRetry(
  request: Request,
  config: SendConfig,
  signal: AbortSignal | undefined = request.signal,
): Promise<Response> {
  const { method, url } = request;
  // Read once so every attempt can send the same bytes; a bodiless request goes out as it is on
  // its first attempt (the attempt's signal passed beside it), copies only on a retry.
  const body = request.body ? await request.arrayBuffer() : undefined;
  for (let attempt = 1; ; attempt++) {
    const authorization = `Bearer ${await config.token()}`;
    config.logger?.({ type: "request", method, url, attempt });
    let response: Response | undefined;
    let failure: ConnectionError | undefined;
    try {
      let outgoing = request;
      if (attempt === 1 && !body) request.headers.set("authorization", authorization);
      else {
        const headers = new Headers(request.headers);
        headers.set("authorization", authorization);
        outgoing = new Request(url, { method, headers, body, redirect: request.redirect });
      }
      response = await attemptOnce(outgoing, config, signal);
      const { status } = response;
      config.logger?.({ type: "response", method, url, attempt, status, requestId: requestIdOf(response) });
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

const requestIdOf = (response: Response) => response.headers.get("x-request-id") ?? undefined;

/**
 * One attempt, ended by the caller's signal or the timeout even if the inner fetch ignores
 * signals. The attempt's signal goes beside the request (`fetch(request, { signal })`, which
 * takes precedence over the request's own), so the request needs no copy to carry it.
 */
async function attemptOnce(request: Request, config: SendConfig, signal: AbortSignal | undefined): Promise<Response> {
  if (signal?.aborted) throw signal.reason;
  const controller = new AbortController();
  let onAbort: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<Response>((resolve, reject) => {
      // Each way an attempt ends early aborts the fetch and settles the attempt at once.
      const end = (reason: unknown) => {
        controller.abort(reason);
        reject(reason);
      };
      onAbort = () => end(signal?.reason);
      signal?.addEventListener("abort", onAbort, { once: true });
      timer = setTimeout(() => end(new TimeoutError(config.timeout)), Math.min(config.timeout, MAX_TIMER_MS));
      config.fetch(request, { signal: controller.signal }).then(resolve, reject);
    });
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }
}
