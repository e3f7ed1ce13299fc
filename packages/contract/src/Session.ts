// Sends one request for one operation and runs the checks that hold for every response:
// no 5xx, declared status, content type, body schema, headers, no secret leaked.
import { OPERATIONS, readResponse, responseProblems, type OperationSpec } from "@modulex/spec/contract";
import type { CheckName } from "./checks.js";
import { describeTransportError, ServerUnreachableError } from "./FatalRunError.js";
import { maskedValueProblems } from "./maskedValueProblems.js";
import type { Results } from "./Results.js";
import type { SecretRegistry } from "./SecretRegistry.js";
import type { Profile } from "./options.js";
import { responseBodySchema } from "./spec.js";
import { zonelessTimestamps } from "./timestampProblems.js";
import { curlCommand } from "./curlCommand.js";
import type { Ledger } from "./Ledger.js";
import { RunStopped, type StopReason } from "./RunStopped.js";

/** The X-RateLimit-* headers: optional in the default profile (the limiter is fail-open), required on every authenticated answer under --strict. */
const RATE_LIMIT_HEADERS = ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"];

export interface Principal {
  /** How the report names it: owner, admin, member, inactive, outsider, locked, jwt. */
  name: string;
  token: string;
}

/** Why a request was sent: valid data, deliberately invalid data, or an auth/authorization probe. */
export type Intent = "valid" | "invalid" | "probe";

export interface RequestSpec {
  operationId: string;
  /** The bearer; null sends no Authorization header. */
  principal: Principal | null;
  /** A raw Authorization header value (overrides `principal`). */
  authorization?: string;
  /** X-Organization-ID: undefined → the run's organization when the operation takes it; null → omitted. */
  org?: string | null;
  pathParams?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Sent verbatim as an application/json body (for malformed JSON). */
  rawBody?: string;
  intent: Intent;
}

export interface Exchange {
  operationId: string;
  intent: Intent;
  principal: string | null;
  method: string;
  /** `METHOD /path?query`, for reports. */
  target: string;
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
  /** Why there was no answer (status 0): a timeout or a transport error, one line. */
  noAnswer?: string;
  /** The operation is not part of this run (--exclude-operation): nothing was sent. */
  skipped?: true;
  /** The request as a `curl` command (secrets as environment variables). */
  curl: string;
}

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

export interface ExchangeContext {
  request: string;
  status: number;
  response: string;
  curl: string;
  fullResponse: string;
}

/** The response's status line, headers and body, bounded, for a failure in --report. */
const MAX_FULL_RESPONSE = 8192;

const KIND_TO_CHECK: Record<string, CheckName> = {
  status: "status_code_conformance",
  content_type: "content_type_conformance",
  body: "response_schema_conformance",
  header: "response_headers_conformance",
};

export class Session {
  /** When false, a 429 is returned to the caller instead of waited out (the rate-limit phase). */
  waitOutRateLimits = true;
  /** Set for the cleanup at the end: requests go out even though the run is stopping. */
  cleaningUp = false;
  readonly requestsByPrincipal = new Map<string, number>();
  /** Requests sent, the cleanup's included. */
  sent = 0;
  #stopped: StopReason | null = null;
  #nextStart = 0;
  #inFlight = 0;
  readonly #waiting: Array<() => void> = [];
  readonly #contexts = new WeakMap<Exchange, ExchangeContext>();

  constructor(readonly options: SessionOptions) {}

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
    const { ratePerSecond, now, sleep } = this.options;
    if (ratePerSecond !== null) {
      const at = Math.max(now(), this.#nextStart);
      this.#nextStart = at + 1000 / ratePerSecond;
      if (at > now()) await sleep(at - now());
    }
    while (this.#inFlight >= this.options.concurrency) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#inFlight++;
    this.sent++;
  }

  private release(): void {
    this.#inFlight--;
    this.#waiting.shift()?.();
  }

  get results(): Results {
    return this.options.results;
  }

  get secrets(): SecretRegistry {
    return this.options.secrets;
  }

  /** The operation's entry in the generated index. */
  operation(operationId: string): OperationSpec {
    const op = OPERATIONS[operationId];
    if (!op) throw new Error(`unknown operation ${operationId}`);
    return op;
  }

  /** Does the operation take X-Organization-ID? */
  takesOrg(operationId: string): boolean {
    return this.operation(operationId).parameters.some((p) => p.in === "header" && p.name.toLowerCase() === "x-organization-id");
  }

  async send(spec: RequestSpec): Promise<Exchange> {
    if (this.results.selection?.excludedOperations.has(spec.operationId)) return this.skip(spec);
    for (let attempt = 0; ; attempt++) {
      const exchange = await this.sendOnce(spec);
      if (exchange.status !== 429 || !this.waitOutRateLimits || attempt >= 2) return exchange;
      const retryAfter = Number(exchange.headers.get("retry-after"));
      const waitMs = Number.isFinite(retryAfter) ? Math.max(retryAfter, 1) * 1000 : 1000;
      if (waitMs > this.options.maxRetryWaitMs) return exchange;
      await this.wait(waitMs);
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
  private skip(spec: RequestSpec): Exchange {
    const op = this.operation(spec.operationId);
    return {
      operationId: spec.operationId, intent: spec.intent, principal: spec.principal?.name ?? null, method: op.method, target: `${op.method} ${op.path}`,
      status: 0, headers: new Headers(), body: undefined, text: "", skipped: true, curl: "",
    };
  }

  private async sendOnce(spec: RequestSpec): Promise<Exchange> {
    const op = this.operation(spec.operationId);
    const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const value = spec.pathParams?.[name];
      if (value === undefined) throw new Error(`${spec.operationId}: path parameter ${name} is missing`);
      return encodeURIComponent(value);
    });
    const url = new URL(this.options.baseUrl.replace(/\/+$/, "") + path);
    for (const [name, value] of Object.entries(spec.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));

    const headers = new Headers({ accept: "application/json" });
    const authorization = spec.authorization ?? (spec.principal ? `Bearer ${spec.principal.token}` : undefined);
    if (authorization !== undefined) headers.set("authorization", authorization);
    const org = spec.org === undefined ? (this.takesOrg(spec.operationId) ? this.options.org : null) : spec.org;
    if (org !== null) headers.set("x-organization-id", org);
    let body: string | undefined;
    if (spec.rawBody !== undefined) body = spec.rawBody;
    else if (spec.body !== undefined) {
      body = JSON.stringify(spec.body);
      this.rememberSubmittedSecrets(spec.body);
    }
    if (body !== undefined) headers.set("content-type", "application/json");

    const principalName = spec.authorization !== undefined ? "raw" : (spec.principal?.name ?? "none");
    const target = `${op.method} ${url.pathname}${url.search}`;
    const shown: Record<string, string> = {};
    headers.forEach((value, name) => void (name !== "authorization" && (shown[name] = value)));
    const curl = curlCommand({
      method: op.method, url: url.toString(), headers: shown, principal: spec.principal?.name ?? null, body,
      ...(spec.authorization !== undefined ? { rawAuthorization: this.secrets.redact(spec.authorization) } : {}),
    });
    await this.acquire();
    this.requestsByPrincipal.set(principalName, (this.requestsByPrincipal.get(principalName) ?? 0) + 1);
    let read: Awaited<ReturnType<Session["fetchWithin"]>>;
    try {
      read = await this.fetchWithin(new Request(url, { method: op.method, headers, body }));
    } finally {
      this.release();
    }
    if (!("response" in read)) {
      // No answer at all. A server that cannot be reached stops the run (every request would
      // fail the same way); otherwise the request is recorded as failed and the scenario sees status 0.
      const failure = "error" in read ? describeTransportError(read.error) : null;
      if (failure?.unreachable) throw new ServerUnreachableError(op.method, url, failure);
      const noAnswer = failure ? `got no answer: ${failure.reason}` : `got no answer within ${this.options.requestTimeoutMs} ms`;
      const exchange: Exchange = {
        operationId: spec.operationId, intent: spec.intent, principal: spec.principal?.name ?? null, method: op.method, target, status: 0, headers: new Headers(), body: undefined, text: "", noAnswer, curl,
      };
      this.results.observe(spec.operationId, 0);
      this.results.fail({ check: "not_a_server_error", operationId: spec.operationId, message: `${target} ${noAnswer}`, request: target, status: 0, curl });
      this.options.onExchange?.(exchange);
      return exchange;
    }
    const response = read.response;
    const exchange: Exchange = {
      operationId: spec.operationId,
      intent: spec.intent,
      principal: spec.principal?.name ?? null,
      method: op.method,
      target,
      status: response.status,
      headers: response.headers,
      body: response.body,
      text: response.text ?? "",
      curl,
    };
    this.options.ledger.note({ operationId: spec.operationId, status: exchange.status, body: exchange.body, org: headers.get("x-organization-id"), principal: spec.principal, pathParams: spec.pathParams, requestBody: spec.body });
    this.checkResponse(exchange);
    this.options.onExchange?.(exchange);
    return exchange;
  }

  /**
   * The response, read; `timedOut` when none came within requestTimeoutMs; `error` when the
   * fetch failed (connection refused, unknown host, TLS...). Races a timer rather than trusting
   * the fetch to honour the abort signal (an in-process handler may not).
   */
  private async fetchWithin(request: Request): Promise<{ response: Awaited<ReturnType<typeof readResponse>> } | { timedOut: true } | { error: unknown }> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<{ timedOut: true }>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve({ timedOut: true });
      }, this.options.requestTimeoutMs);
    });
    try {
      const answered = (async () => ({ response: await readResponse(await this.options.fetch(new Request(request, { signal: controller.signal }))) }))();
      const settled = answered.catch((error: unknown) => ({ error }));
      return await Promise.race([settled, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Every string in a submitted `auth_data`, and `oauth_config.client_secret`: never to be echoed back. */
  private rememberSubmittedSecrets(body: unknown): void {
    if (!body || typeof body !== "object") return;
    const { auth_data: authData, oauth_config: oauthConfig } = body as { auth_data?: unknown; oauth_config?: unknown };
    if (authData && typeof authData === "object") {
      for (const value of Object.values(authData)) if (typeof value === "string") this.secrets.add(value, "credential secret");
    }
    const clientSecret = (oauthConfig as { client_secret?: unknown } | undefined)?.client_secret;
    if (typeof clientSecret === "string") this.secrets.add(clientSecret, "OAuth client secret");
  }

  /** What --strict adds: rate-limit headers on every authenticated answer, WWW-Authenticate on 401, RFC 3339 timestamps. */
  private strictProblems({ operationId, status, headers, body }: Exchange): Array<{ kind: "header" | "body"; message: string }> {
    const out: Array<{ kind: "header" | "body"; message: string }> = [];
    const declared = this.operation(operationId).responses[String(status)];
    if (!declared) return out;
    for (const name of RATE_LIMIT_HEADERS) {
      if (declared.headers[name]?.required === false && !headers.has(name)) out.push({ kind: "header", message: `${operationId} ${status}: header ${name} is missing (--strict wants it on every authenticated answer)` });
    }
    if (status === 401 && !/^bearer/i.test(headers.get("www-authenticate") ?? "")) out.push({ kind: "header", message: `${operationId} 401: no WWW-Authenticate: Bearer (RFC 9110; --strict)` });
    const schema = declared.validator ? responseBodySchema(operationId, status) : null;
    if (schema && body !== undefined) {
      const zoneless = zonelessTimestamps(body, schema);
      if (zoneless.length) out.push({ kind: "body", message: `${operationId} ${status}: timestamps without a zone (--strict wants RFC 3339): ${zoneless.slice(0, 3).join(", ")}` });
    }
    return out;
  }

  /** The context a failure about `exchange` carries in the report (made once per exchange: every verdict on it asks). */
  context(exchange: Exchange): ExchangeContext {
    const known = this.#contexts.get(exchange);
    if (known) return known;
    const headers = [...exchange.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
    const full = `HTTP ${exchange.status}\n${headers}\n\n${exchange.text.slice(0, MAX_FULL_RESPONSE)}`;
    const fullResponse = full.length > MAX_FULL_RESPONSE ? `${full.slice(0, MAX_FULL_RESPONSE)}\n… (cut at ${MAX_FULL_RESPONSE} characters)` : full;
    const made = { request: exchange.target, status: exchange.status, response: exchange.text.slice(0, 300), curl: exchange.curl, fullResponse };
    this.#contexts.set(exchange, made);
    return made;
  }

  private checkResponse(exchange: Exchange): void {
    const { results } = this;
    const { operationId, status } = exchange;
    const context = this.context(exchange);
    const declared = this.operation(operationId).responses[String(status)];
    results.observe(operationId, status);

    const problems = [
      ...responseProblems(operationId, { status, headers: exchange.headers, body: exchange.body, text: exchange.text }),
      ...(this.options.profile === "strict" ? this.strictProblems(exchange) : []),
    ];
    // A 5xx the docs describe as the route's answer (test-temporary's wrapper), in its documented shape, is not a server error.
    const documented = status >= 500 && declared?.documentedFailure === true && !problems.some((p) => p.kind === "body" || p.kind === "content_type");
    results.verdict("not_a_server_error", operationId, status >= 500 && !documented ? `${exchange.target} answered ${status}` : null, context);
    const statusProblem = problems.find((p) => p.kind === "status");
    results.verdict("status_code_conformance", operationId, statusProblem?.message ?? null, context);
    if (!statusProblem) {
      for (const kind of ["content_type", "body", "header"] as const) {
        const found = problems.filter((p) => p.kind === kind).map((p) => p.message);
        const check = KIND_TO_CHECK[kind]!;
        // The docs call this body's shape TBD until verified: a deviation is a warning unless --strict.
        if (kind === "body" && found.length && declared?.tbd && this.options.profile === "default") {
          results.warn({ check, operationId, message: `the docs mark this response's shape TBD; it deviates from the spec's: ${found.join("; ")}`, ...context });
          results.pass(check, operationId);
          continue;
        }
        results.verdict(check, operationId, found.length ? found.join("; ") : null, context);
      }
    }

    const headerText = [...exchange.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
    const leaks = this.secrets.findLeaks(`${exchange.text}\n${headerText}`);
    const masking = maskedValueProblems(exchange.body, (id) => this.secrets.credential(id));
    const leakProblems = [...leaks.map((label) => `a submitted ${label} appears in the response`), ...masking];
    results.verdict("no_secret_leak", operationId, leakProblems.length ? leakProblems.join("; ") : null, context);
  }
}
