// What --strict adds to the checks every response gets: rate-limit headers on every
// authenticated answer, WWW-Authenticate on 401, RFC 3339 timestamps.
import type { Exchange } from "./exchange.js";
import { operationSpec } from "../spec/operation-spec.js";
import { responseBodySchema } from "../spec/spec-schemas.js";
import { zonelessTimestamps } from "./zoneless-timestamps.js";
import type { OperationId } from "../spec/wire-types.js";

/** The X-RateLimit-* headers: optional in the default profile (the limiter is fail-open), required on every authenticated answer under --strict. */
const RATE_LIMIT_HEADERS = ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"];

export interface StrictProblem {
  kind: "header" | "body";
  message: string;
}

export function strictProblems({ operationId, status, headers, body }: Exchange<OperationId>): StrictProblem[] {
  const out: StrictProblem[] = [];
  const declared = operationSpec(operationId).responses[String(status)];
  if (!declared) return out;
  for (const name of RATE_LIMIT_HEADERS) {
    if (declared.headers[name]?.required === false && !headers.has(name))
      out.push({
        kind: "header",
        message: `${operationId} ${status}: header ${name} is missing (--strict wants it on every authenticated answer)`,
      });
  }
  if (status === 401 && !/^bearer/i.test(headers.get("www-authenticate") ?? ""))
    out.push({ kind: "header", message: `${operationId} 401: no WWW-Authenticate: Bearer (RFC 9110; --strict)` });
  const schema = declared.validator ? responseBodySchema(operationId, status) : null;
  if (schema && body !== undefined) {
    const zoneless = zonelessTimestamps(body, schema);
    if (zoneless.length)
      out.push({
        kind: "body",
        message: `${operationId} ${status}: timestamps without a zone (--strict wants RFC 3339): ${zoneless.slice(0, 3).join(", ")}`,
      });
  }
  return out;
}
