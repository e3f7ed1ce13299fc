// Every error response of the mock is built here: one envelope ({"detail": "..."}), one 429 shape.
import type { RateDecision } from "../policy/rate-limiter.js";
import { answer, type Answer } from "./answer.js";

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

/** A JSON answer (`headers` besides its Content-Type, names in any case). */
export function jsonAnswer(body: unknown, status = 200, headers?: Record<string, string>): Answer {
  const out = answer(status, headers, JSON.stringify(body));
  out.headers["content-type"] = "application/json";
  return out;
}

export function noContent(): Answer {
  return answer(204);
}

/** The standard error envelope. */
export function errorAnswer(status: number, detail: string, headers?: Record<string, string>): Answer {
  return jsonAnswer({ detail }, status, headers);
}

/** The X-RateLimit-* headers of a decision (and Retry-After when it limits), names in lower case. */
export function rateLimitHeaders(decision: RateDecision, limited = decision.limited): Record<string, string> {
  const headers: Record<string, string> = {
    "x-ratelimit-limit": String(decision.limit),
    "x-ratelimit-remaining": String(decision.remaining),
    "x-ratelimit-reset": String(decision.reset),
  };
  if (limited) headers["retry-after"] = String(decision.retryAfter);
  return headers;
}

/** The 429 envelope, whose `detail` is an object. */
export function rateLimitedAnswer(decision: RateDecision, message = "Rate limit exceeded"): Answer {
  return jsonAnswer(
    {
      detail: { message, limit: decision.limit, remaining: 0, reset: decision.reset, retry_after: decision.retryAfter },
    },
    429,
    rateLimitHeaders(decision, true),
  );
}

/** The same answer without its body, as HEAD gets it (RFC 9110 §9.3.2); a streamed body is cancelled. */
export function withoutBody(answer: Answer): Answer {
  answer.stream?.cancel().catch(() => {});
  return { ...answer, text: null, stream: null };
}

/** Unknown path: 404; known path, other method: 405 with Allow (HEAD wherever GET is). */
export function routeNotFound(method: string, pathname: string, methods: string[]): Answer {
  const headers = { "X-Request-ID": crypto.randomUUID() };
  const allowed = methods.flatMap((m) => (m === "GET" && !methods.includes("HEAD") ? ["GET", "HEAD"] : [m]));
  if (allowed.length) {
    return errorAnswer(405, `Method ${method} is not allowed on ${pathname} (allowed: ${allowed.join(", ")})`, {
      ...headers,
      Allow: allowed.join(", "),
    });
  }
  return errorAnswer(404, `No route for ${method} ${pathname}`, headers);
}
