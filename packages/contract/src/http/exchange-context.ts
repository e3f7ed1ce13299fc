// What a failure about one exchange carries in the report: the request, the start of the answer,
// the curl command, and the whole response (bounded) for --report.
import type { Exchange } from "./exchange.js";

export interface ExchangeContext {
  request: string;
  status: number;
  response: string;
  curl: string;
  fullResponse: string;
}

/** The response's status line, headers and body, bounded, for a failure in --report. */
const MAX_FULL_RESPONSE = 8192;

const made = new WeakMap<Exchange, ExchangeContext>();

/** The context of `exchange`, made once (every verdict on it asks). */
export function exchangeContext(exchange: Exchange): ExchangeContext {
  const known = made.get(exchange);
  if (known) return known;
  const headers = [...exchange.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
  const full = `HTTP ${exchange.status}\n${headers}\n\n${exchange.text.slice(0, MAX_FULL_RESPONSE)}`;
  const fullResponse =
    full.length > MAX_FULL_RESPONSE
      ? `${full.slice(0, MAX_FULL_RESPONSE)}\n… (cut at ${MAX_FULL_RESPONSE} characters)`
      : full;
  const context = {
    request: exchange.target,
    status: exchange.status,
    response: exchange.text.slice(0, 300),
    curl: exchange.curl,
    fullResponse,
  };
  made.set(exchange, context);
  return context;
}
