// A scenario's expectation about the status of an answer, recorded under one check.
import type { CheckName } from "../checks.js";
import type { Exchange } from "../http/exchange.js";
import { exchangeContext } from "../http/exchange-context.js";
import type { RunContext } from "../run-context.js";

/** Records whether `exchange` answered one of `expected`, under `check`. */
export function expectStatus(
  ctx: RunContext,
  check: CheckName,
  exchange: Exchange,
  expected: number | number[],
  what: string,
): boolean {
  if (exchange.skipped) return false; // an operation outside the run (--exclude-operation): nothing to judge
  const allowed = Array.isArray(expected) ? expected : [expected];
  const problem = allowed.includes(exchange.status)
    ? null
    : `${what}: expected ${allowed.join(" or ")}, got ${exchange.status}`;
  return ctx.results.verdict(check, exchange.operationId, problem, exchangeContext(exchange));
}
