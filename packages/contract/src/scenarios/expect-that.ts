// A scenario's semantic expectation about an answer (null problem = it held), recorded under one check.
import type { CheckName } from "../checks.js";
import type { Exchange } from "../http/exchange.js";
import { exchangeContext } from "../http/exchange-context.js";
import type { RunContext } from "../run-context.js";

/** Records a semantic expectation about an exchange (null problem = it held). */
export function expectThat(ctx: RunContext, check: CheckName, exchange: Exchange, problem: string | null): boolean {
  if (exchange.skipped) return false;
  return ctx.results.verdict(check, exchange.operationId, problem, exchangeContext(exchange));
}

/**
 * `expectThat` for a response whose shape the docs call TBD (audit, usage): a warning in the
 * default profile, a failure under --strict.
 */
export function expectShapeTbd(ctx: RunContext, check: CheckName, exchange: Exchange, problem: string | null): boolean {
  if (exchange.skipped) return false;
  if (problem === null || ctx.options.profile === "strict") return expectThat(ctx, check, exchange, problem);
  ctx.results.warn({
    check,
    operationId: exchange.operationId,
    message: `${problem} (the docs mark this response's shape TBD)`,
    ...exchangeContext(exchange),
  });
  ctx.results.pass(check, exchange.operationId);
  return true;
}
