// The one error hierarchy of the SDK. `APIError.generate` picks the subclass from the status in one place.
import { readRateLimit } from "./rate-limit.js";

/** Base class of every error the SDK throws itself (a caller's abort stays the platform's `AbortError`). */
/** `X-Request-ID` of a response, the id to quote to support. */
export const requestIdOf = (headers: Headers): string | undefined => headers.get("x-request-id") ?? undefined;

export class ModuleXError extends Error {
  override name = "ModuleXError";
}

/**
 * The API answered with an error status. `detail` is the server's explanation; `requestId`
 * (from `X-Request-ID`) is what support asks for.
 *
 * @example
 * ```ts
 * try {
 *   await mx.credentials.retrieve(id);
 * } catch (err) {
 *   if (err instanceof NotFoundError) console.log("gone:", err.detail, err.requestId);
 *   else throw err;
 * }
 * ```
 */
export class APIError extends ModuleXError {
  override name = "APIError";
  // `declare`: assigned in the constructor, so not emitted as fields too (bytes of the bundle).
  declare readonly status: number;
  /** The parsed error body as the server sent it. */
  declare readonly body: unknown;
  declare readonly headers: Headers;
  /** The server's `detail`, in words (for 429, the `detail.message`). */
  declare readonly detail: string;
  /** `X-Request-ID` of the response, when the server sent one. */
  declare readonly requestId: string | undefined;

  constructor(status: number, body: unknown, headers: Headers) {
    const detail = describe(body, status);
    super(`${status} ${detail}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.detail = detail;
    this.requestId = requestIdOf(headers);
  }

  /** The error subclass for a status. */
  static generate(status: number, body: unknown, headers: Headers): APIError {
    const Class = status >= 500 ? InternalServerError : (BY_STATUS[status] ?? APIError);
    return new Class(status, body, headers);
  }
}

/** 400: invalid request (missing or invalid `X-Organization-ID`, invalid body, `auth_data` or `auth_type`). Nothing changed. */
export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
/** 401: missing, malformed, unknown, revoked or expired token. */
export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
}
/** 403: not a member, not owner/admin, inactive user, key locked to another organization, or a person's sign-in required. */
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
}
/** 404: not found in this organization (another organization's record looks exactly like a missing one). */
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
/** 409: conflicts with the current state (already a member or invited; removing the last owner). */
export class ConflictError extends APIError {
  override name = "ConflictError";
}
/** 5xx: the server failed. Idempotent requests were already retried. */
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/**
 * 429: rate limited, and retrying was not possible (retries used up, or the server asked for a
 * longer wait than `maxRetryDelay`).
 */
export class RateLimitError extends APIError {
  override name = "RateLimitError";
  /** Seconds the server asked to wait. */
  // `declare`: assigned in the constructor, so not emitted as fields too.
  declare readonly retryAfter: number | undefined;
  /** Requests allowed per window. */
  declare readonly limit: number | undefined;
  /** Requests left in the window. */
  declare readonly remaining: number | undefined;
  /** When the window resets, in epoch seconds. */
  declare readonly reset: number | undefined;

  constructor(status: number, body: unknown, headers: Headers) {
    super(status, body, headers);
    const fromBody = detailObject(body);
    const fromHeaders = readRateLimit(headers);
    const pick = (name: string) => (typeof fromBody?.[name] === "number" ? (fromBody[name] as number) : undefined);
    this.retryAfter = fromHeaders.retryAfter ?? pick("retry_after");
    this.limit = pick("limit") ?? fromHeaders.limit;
    this.remaining = pick("remaining") ?? fromHeaders.remaining;
    this.reset = pick("reset") ?? fromHeaders.reset;
  }
}

/** The request never got a response (DNS, refused connection, reset socket…); see `cause`. */
export class ConnectionError extends ModuleXError {
  override name = "ConnectionError";
  constructor(message = "Connection error", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An attempt took longer than the `timeout` option (and retries, if allowed, did too). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
  constructor(timeout: number) {
    super(`Request timed out after ${timeout} ms`);
  }
}

const BY_STATUS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

function detailObject(body: unknown): Record<string, unknown> | undefined {
  const detail = (body as { detail?: unknown } | null)?.detail;
  return detail && typeof detail === "object" ? (detail as Record<string, unknown>) : undefined;
}

function describe(body: unknown, status: number): string {
  const detail = (body as { detail?: unknown } | null)?.detail;
  if (typeof detail === "string" && detail) return detail;
  const message = detailObject(body)?.message;
  if (typeof message === "string" && message) return message;
  // Not the API's envelope (a proxy's HTML page, an empty body): keep it short.
  if (typeof body === "string" && body.trim()) return body.trim().slice(0, 200);
  return `HTTP ${status}`;
}
