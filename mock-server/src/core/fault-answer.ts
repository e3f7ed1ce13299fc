import type { MockEnv } from "./env.js";
import type { Fault } from "../model/wire.js";
import { errorAnswer, rateLimitHeaders, rateLimitedAnswer } from "./errors.js";
import type { Answer } from "./answer.js";
import { untouchedDecision } from "../policy/rate-limiter.js";

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  408: "Request Timeout",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * What an armed fault answers. It carries the rate-limit headers (as if nothing were used) so a
 * 4xx stays spec-valid, and a 429 is the full 429 envelope with Retry-After.
 */
export function faultAnswer(fault: Fault, env: MockEnv): Answer {
  const untouched = untouchedDecision(env.limits.perKey, env.now());
  const decision = { ...untouched, retryAfter: fault.retry_after ?? untouched.retryAfter };
  if (fault.status === 429)
    return rateLimitedAnswer({ ...decision, remaining: 0 }, "Rate limit exceeded (injected fault)");
  const headers = rateLimitHeaders(decision);
  if (fault.retry_after !== null) headers["retry-after"] = String(fault.retry_after);
  return errorAnswer(fault.status, `Injected fault: ${fault.status} ${REASONS[fault.status] ?? ""}`.trim(), headers);
}
