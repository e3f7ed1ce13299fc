// Every error response of the mock is built here: one envelope ({"detail": "..."}), one 429 shape.
import type { RateDecision } from "../policy/rate-limiter.js";
import { textResponse } from "./json-text.js";

export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500 | 502 | 503 | 504 | 408;

/** Thrown anywhere in a request's handling; the pipeline turns it into the error envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly detail: string,
  ) {
    super(detail);
    this.name = "ApiError";
  }
}

export const badRequest = (detail: string) => new ApiError(400, detail);
export const unauthorized = (detail: string) => new ApiError(401, detail);
export const forbidden = (detail: string) => new ApiError(403, detail);
export const notFound = (detail: string) => new ApiError(404, detail);
export const conflict = (detail: string) => new ApiError(409, detail);

export function jsonResponse(body: unknown, status = 200, headers?: HeadersInit): Response {
  if (headers === undefined) return textResponse(JSON.stringify(body), { status, headers: JSON_HEADERS });
  const h = new Headers(headers);
  h.set("Content-Type", "application/json");
  return textResponse(JSON.stringify(body), { status, headers: h });
}
const JSON_HEADERS = { "Content-Type": "application/json" };

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** The standard error envelope. */
export function errorResponse(status: number, detail: string, headers?: HeadersInit): Response {
  return jsonResponse({ detail }, status, headers);
}

/** The X-RateLimit-* headers of a decision (and Retry-After when it limits), as name-value pairs. */
export function rateLimitEntries(decision: RateDecision): Array<[string, string]> {
  const entries: Array<[string, string]> = [
    ["X-RateLimit-Limit", String(decision.limit)],
    ["X-RateLimit-Remaining", String(decision.remaining)],
    ["X-RateLimit-Reset", String(decision.reset)],
  ];
  if (decision.limited) entries.push(["Retry-After", String(decision.retryAfter)]);
  return entries;
}

/** The X-RateLimit-* headers of a decision (and Retry-After when it limits). */
export function rateLimitHeaders(decision: RateDecision): Headers {
  return new Headers(rateLimitEntries(decision));
}

/** The 429 envelope, whose `detail` is an object. */
export function rateLimitedResponse(decision: RateDecision, message = "Rate limit exceeded"): Response {
  const h = rateLimitHeaders({ ...decision, limited: true });
  return jsonResponse(
    {
      detail: { message, limit: decision.limit, remaining: 0, reset: decision.reset, retry_after: decision.retryAfter },
    },
    429,
    h,
  );
}

/** The same answer without its body, as HEAD gets it (RFC 9110 §9.3.2); the body is cancelled. */
export function withoutBody(response: Response): Response {
  response.body?.cancel().catch(() => {});
  return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** Unknown path: 404; known path, other method: 405 with Allow (HEAD wherever GET is). */
export function routeNotFound(method: string, pathname: string, methods: string[]): Response {
  const headers = { "X-Request-ID": crypto.randomUUID() };
  const allowed = methods.flatMap((m) => (m === "GET" && !methods.includes("HEAD") ? ["GET", "HEAD"] : [m]));
  if (allowed.length) {
    return errorResponse(405, `Method ${method} is not allowed on ${pathname} (allowed: ${allowed.join(", ")})`, {
      ...headers,
      Allow: allowed.join(", "),
    });
  }
  return errorResponse(404, `No route for ${method} ${pathname}`, headers);
}
