import { describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  ModuleXError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "./errors.js";

const headers = (h: Record<string, string> = {}) => new Headers({ "x-request-id": "req_42", ...h });

describe("APIError.generate", () => {
  it("picks the subclass from the status", () => {
    const cases: Array<[number, typeof APIError]> = [
      [400, BadRequestError],
      [401, AuthenticationError],
      [403, PermissionDeniedError],
      [404, NotFoundError],
      [409, ConflictError],
      [429, RateLimitError],
      [500, InternalServerError],
      [503, InternalServerError],
      [418, APIError],
    ];
    for (const [status, Class] of cases) {
      const error = APIError.generate(status, { detail: "nope" }, headers());
      expect(error.constructor).toBe(Class);
      expect(error).toBeInstanceOf(APIError);
      expect(error).toBeInstanceOf(ModuleXError);
      expect(error.name).toBe(Class.name);
      expect(error).toMatchObject({ status, detail: "nope", requestId: "req_42", message: `${status} nope` });
    }
  });

  it("reads the 429 envelope, whose detail is an object, and the rate-limit headers", () => {
    const body = {
      detail: { message: "Rate limit exceeded", limit: 600, remaining: 0, reset: 1768824060, retry_after: 42 },
    };
    const error = APIError.generate(429, body, headers({ "retry-after": "41" })) as RateLimitError;
    expect(error).toMatchObject({
      detail: "Rate limit exceeded",
      retryAfter: 41,
      limit: 600,
      remaining: 0,
      reset: 1768824060,
    });
    expect(error.message).toBe("429 Rate limit exceeded");
    const fromHeaders = APIError.generate(
      429,
      "",
      headers({ "x-ratelimit-limit": "10", "x-ratelimit-remaining": "0", "x-ratelimit-reset": "99" }),
    ) as RateLimitError;
    expect(fromHeaders).toMatchObject({
      detail: "HTTP 429",
      limit: 10,
      remaining: 0,
      reset: 99,
      retryAfter: undefined,
    });
  });

  it("describes bodies that are not the API's envelope briefly", () => {
    expect(APIError.generate(502, "<html>Bad gateway</html>", new Headers()).detail).toBe("<html>Bad gateway</html>");
    expect(APIError.generate(502, "x".repeat(500), new Headers()).detail).toHaveLength(200);
    expect(APIError.generate(500, undefined, new Headers())).toMatchObject({
      detail: "HTTP 500",
      requestId: undefined,
    });
  });
});
