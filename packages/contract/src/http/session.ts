// Sends the run's requests: within --max-requests and --max-duration, paced by --rate and
// --concurrency (pacer.ts), waiting out an unexpected 429, and hands every answer to the checks
// all responses get.
import { buildRequest } from "./build-request.js";
import { checkResponse } from "./check-response.js";
import type { Profile } from "../options/contract-options.js";
import { describeTransportError } from "./describe-transport-error.js";
import type { Exchange } from "./exchange.js";
import { fetchWithin } from "./fetch-within.js";
import type { Ledger } from "./ledger.js";
import { Pacer } from "./pacer.js";
import { operationSpec } from "../spec/operation-spec.js";
import { rateLimitRetryDelay } from "./rate-limit-retry-delay.js";
import type { RequestSpec } from "./request-spec.js";
import type { Results } from "../report/results.js";
import { RunStopped, type StopReason } from "../run-stopped.js";
import type { SecretRegistry } from "./secret-registry.js";
import { ServerUnreachableError } from "./server-unreachable-error.js";
import { submittedSecrets } from "./submitted-secrets.js";
import type { OperationId } from "../spec/wire-types.js";

export interface SessionOptions {
  baseUrl: string;
  org: string;
  profile: Profile;
  fetch: typeof fetch;
  results: Results;
  secrets: SecretRegistry;
  /** Longest wait honoured on an unexpected 429 before retrying (ms). */
  maxRetryWaitMs: number;
  /** How long one request may take before it counts as unanswered (ms). */
  requestTimeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  onExchange?: (exchange: Exchange) => void;
  /** What the run has created (for the cleanup at its end, interrupted or not). */
  ledger: Ledger;
  /** The most requests the run may send (the cleanup at its end excepted). */
  maxRequests: number;
  /** Requests per second at most (--rate), or null. */
  ratePerSecond: number | null;
  /** Requests in flight at once (--concurrency). */
  concurrency: number;
  /** Epoch ms after which the run stops (--max-duration), or null. */
  deadline: number | null;
  /** Aborted with a StopReason (SIGINT, SIGTERM) to stop the run. */
  signal?: AbortSignal;
  now: () => number;
}

export class Session {
  /** When false, a 429 is returned to the caller instead of waited out (the rate-limit phase). */
  waitOutRateLimits = true;
  /** Set for the cleanup at the end: requests go out even though the run is stopping. */
  cleaningUp = false;
  readonly requestsByPrincipal = new Map<string, number>();
  /** Requests sent, the cleanup's included. */
  sent = 0;
  #stopped: StopReason | null = null;
  readonly #pacer: Pacer;

  constructor(readonly options: SessionOptions) {
    this.#pacer = new Pacer(options);
  }

  /** Why the run is stopping, or null: a signal, --max-duration or --max-requests. */
  get stopped(): StopReason | null {
    if (this.#stopped) return this.#stopped;
    const { signal, deadline, maxRequests, now } = this.options;
    if (signal?.aborted) this.#stopped = signal.reason === "SIGTERM" ? "SIGTERM" : "SIGINT";
    else if (deadline !== null && now() >= deadline) this.#stopped = "max-duration";
    else if (this.sent >= maxRequests) this.#stopped = "max-requests";
    return this.#stopped;
  }

  /** Requests the run may still send within --max-requests. */
  get budgetLeft(): number {
    return Math.max(0, this.options.maxRequests - this.sent);
  }

  /** Waits for --rate and --concurrency; throws RunStopped once the run is stopping (except while cleaning up). */
  private async acquire(): Promise<void> {
    if (!this.cleaningUp && this.stopped) throw new RunStopped(this.stopped);
    await this.#pacer.acquire();
    this.sent++;
  }

  get results(): Results {
    return this.options.results;
  }

  get secrets(): SecretRegistry {
    return this.options.secrets;
  }

  /** Sends `spec` (again after an unexpected 429, while waitOutRateLimits) and returns what came back. */
  async send<Op extends OperationId>(spec: RequestSpec<Op>): Promise<Exchange<Op>> {
    if (this.results.selection?.excludedOperations.has(spec.operationId)) return this.skip(spec);
    for (let attempt = 0; ; attempt++) {
      const exchange = await this.sendOnce(spec);
      const delay = this.waitOutRateLimits
        ? rateLimitRetryDelay(
            exchange.status,
            exchange.headers.get("retry-after"),
            attempt,
            this.options.maxRetryWaitMs,
          )
        : null;
      if (delay === null) return exchange;
      await this.wait(delay);
    }
  }

  /** Sleeps, but no longer than until the run is told to stop (the next send then throws). */
  private wait(ms: number): Promise<void> {
    const { signal, sleep } = this.options;
    if (!signal || this.cleaningUp) return sleep(ms);
    if (signal.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        signal.removeEventListener("abort", done);
        resolve();
      };
      signal.addEventListener("abort", done, { once: true });
      sleep(ms).then(done, done);
    });
  }

  /** An operation outside the run: nothing is sent, and no check judges the (empty) answer. */
  private skip<Op extends OperationId>(spec: RequestSpec<Op>): Exchange<Op> {
    const op = operationSpec(spec.operationId);
    return {
      operationId: spec.operationId,
      intent: spec.intent,
      principal: spec.principal?.name ?? null,
      method: op.method,
      target: `${op.method} ${op.path}`,
      status: 0,
      headers: new Headers(),
      body: undefined,
      text: "",
      skipped: true,
      curl: "",
    };
  }

  private async sendOnce<Op extends OperationId>(spec: RequestSpec<Op>): Promise<Exchange<Op>> {
    for (const { secret, label } of submittedSecrets(spec.body)) this.secrets.add(secret, label);
    const { request, method, url, target, curl, org } = buildRequest(spec, {
      baseUrl: this.options.baseUrl,
      org: this.options.org,
      redact: (text) => this.secrets.redact(text),
    });
    const principalName = spec.authorization !== undefined ? "raw" : (spec.principal?.name ?? "none");
    await this.acquire();
    this.requestsByPrincipal.set(principalName, (this.requestsByPrincipal.get(principalName) ?? 0) + 1);
    let read: Awaited<ReturnType<typeof fetchWithin>>;
    try {
      read = await fetchWithin(this.options.fetch, request, this.options.requestTimeoutMs);
    } finally {
      this.#pacer.release();
    }
    const base = {
      operationId: spec.operationId,
      intent: spec.intent,
      principal: spec.principal?.name ?? null,
      method,
      target,
      curl,
    };
    if (!("response" in read)) {
      // No answer at all. A server that cannot be reached stops the run (every request would
      // fail the same way); otherwise the request is recorded as failed and the scenario sees status 0.
      const failure = "error" in read ? describeTransportError(read.error) : null;
      if (failure?.unreachable) throw new ServerUnreachableError(method, url, failure);
      const noAnswer = failure
        ? `got no answer: ${failure.reason}`
        : `got no answer within ${this.options.requestTimeoutMs} ms`;
      const exchange: Exchange<Op> = {
        ...base,
        status: 0,
        headers: new Headers(),
        body: undefined,
        text: "",
        noAnswer,
      };
      this.results.observe(spec.operationId, 0);
      this.results.fail({
        check: "not_a_server_error",
        operationId: spec.operationId,
        message: `${target} ${noAnswer}`,
        request: target,
        status: 0,
        curl,
      });
      this.options.onExchange?.(exchange);
      return exchange;
    }
    const { response } = read;
    const exchange: Exchange<Op> = {
      ...base,
      status: response.status,
      headers: response.headers,
      body: response.body,
      text: response.text ?? "",
    };
    this.options.ledger.note({
      operationId: spec.operationId,
      status: exchange.status,
      body: exchange.body,
      org,
      principal: spec.principal,
      pathParams: spec.pathParams,
      requestBody: spec.body,
    });
    checkResponse(exchange, { results: this.results, secrets: this.secrets, profile: this.options.profile });
    this.options.onExchange?.(exchange);
    return exchange;
  }
}
