// The custom `fetch` handed to openapi-fetch (the basecamp pattern): it adds the bearer token,
// applies the per-attempt timeout and runs the retry loop; the policy itself is retry-policy.ts.
import { ConnectionError, TimeoutError } from "../core/errors.js";
import type { Config } from "./normalize-options.js";
import { retryDelay } from "./retry-policy.js";
import { MAX_TIMER_MS, sleep } from "./sleep.js";

export type SendConfig = Pick<Config, "token" | "maxRetries" | "maxRetryDelay" | "timeout" | "fetch" | "logger">;

/**
 * The controller a request was built with (its `signal` follows the controller's), owned by the
 * caller of sendWithRetry: the first attempt then sends that request as it is, and its timeout
 * aborts it through the controller, instead of copying it into a request of its own.
 */
export interface OwnedRequest {
  controller: AbortController;
  /** The caller's own signal, if it gave one. */
  signal: AbortSignal | undefined;
}

/** Sends `request` (aborted by its own signal), retrying as the policy allows; resolves to the last response. */
export async function sendWithRetry(request: Request, config: SendConfig, owned?: OwnedRequest): Promise<Response> {
  const { method, url } = request;
  const signal = owned ? owned.signal : request.signal;
  // Read once so every attempt can send the same bytes. A bodiless request built on an owned
  // controller goes out as it is on the first attempt.
  const body = request.body ? await request.arrayBuffer() : undefined;
  for (let attempt = 1; ; attempt++) {
    const authorization = `Bearer ${await config.token()}`;
    config.logger({ type: "request", method, url, attempt });
    let response: Response | undefined;
    let failure: ConnectionError | undefined;
    try {
      let controller = owned?.controller;
      let outgoing = request;
      if (attempt === 1 && controller && !body) request.headers.set("authorization", authorization);
      else {
        const headers = new Headers(request.headers);
        headers.set("authorization", authorization);
        controller = new AbortController();
        outgoing = new Request(url, { method, headers, body, redirect: request.redirect, signal: controller.signal });
      }
      response = await attemptWith(controller, signal, config, outgoing);
      const requestId = response.headers.get("x-request-id") ?? undefined;
      config.logger({ type: "response", method, url, attempt, status: response.status, requestId });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      // fetch reports network failures as TypeError; anything else is a bug to surface, not retry.
      if (error instanceof TimeoutError) failure = error;
      else if (error instanceof TypeError) failure = new ConnectionError(undefined, { cause: error });
      else throw error;
    }
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
    config.logger({ type: "retry", method, url, attempt, delayMs, status: response?.status, error: failure?.name });
    await response?.body?.cancel().catch(() => {});
    await sleep(delayMs, signal);
  }
}

/**
 * One attempt of `request` (whose signal follows `controller`), ended by the caller's signal or
 * the timeout even if the inner fetch ignores signals.
 */
async function attemptWith(
  controller: AbortController,
  signal: AbortSignal | undefined,
  config: SendConfig,
  request: Request,
): Promise<Response> {
  if (signal?.aborted) throw signal.reason;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(new TimeoutError(config.timeout)),
    Math.min(config.timeout, MAX_TIMER_MS),
  );
  try {
    return await new Promise<Response>((resolve, reject) => {
      controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
      config.fetch(request).then(resolve, reject);
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}
