// The checks every response gets, whatever the scenario that sent it: no 5xx, a declared status,
// content type, body schema and headers, and no secret leaked.
import { responseProblems } from "@modulex/spec/contract";
import type { CheckName } from "../checks.js";
import type { Profile } from "../options/contract-options.js";
import type { Exchange } from "./exchange.js";
import { exchangeContext } from "./exchange-context.js";
import { maskedValueProblems } from "./masked-value-problems.js";
import { operationSpec } from "../spec/operation-spec.js";
import type { Results } from "../report/results.js";
import type { SecretRegistry } from "./secret-registry.js";
import { strictProblems } from "./strict-problems.js";
import type { OperationId } from "../spec/wire-types.js";

type Aspect = "content_type" | "body" | "header";

/** The check that judges each aspect of a response with a declared status, in report order. */
const KIND_TO_CHECK: Record<Aspect, CheckName> = {
  content_type: "content_type_conformance",
  body: "response_schema_conformance",
  header: "response_headers_conformance",
};
const ASPECTS: Aspect[] = ["content_type", "body", "header"];

export function checkResponse(
  exchange: Exchange<OperationId>,
  { results, secrets, profile }: { results: Results; secrets: SecretRegistry; profile: Profile },
): void {
  const { operationId, status } = exchange;
  const context = exchangeContext(exchange);
  const declared = operationSpec(operationId).responses[String(status)];
  results.observe(operationId, status);

  const problems = [
    ...responseProblems(operationId, { status, headers: exchange.headers, body: exchange.body, text: exchange.text }),
    ...(profile === "strict" ? strictProblems(exchange) : []),
  ];
  // A 5xx the docs describe as the route's answer (test-temporary's wrapper), in its documented shape, is not a server error.
  const documented =
    status >= 500 &&
    declared?.documentedFailure === true &&
    !problems.some((p) => p.kind === "body" || p.kind === "content_type");
  results.verdict(
    "not_a_server_error",
    operationId,
    status >= 500 && !documented ? `${exchange.target} answered ${status}` : null,
    context,
  );
  const statusProblem = problems.find((p) => p.kind === "status");
  results.verdict("status_code_conformance", operationId, statusProblem?.message ?? null, context);
  if (!statusProblem) {
    for (const kind of ASPECTS) {
      const found = problems.filter((p) => p.kind === kind).map((p) => p.message);
      const check = KIND_TO_CHECK[kind];
      // The docs call this body's shape TBD until verified: a deviation is a warning unless --strict.
      if (kind === "body" && found.length && declared?.tbd && profile === "default") {
        results.warn({
          check,
          operationId,
          message: `the docs mark this response's shape TBD; it deviates from the spec's: ${found.join("; ")}`,
          ...context,
        });
        results.pass(check, operationId);
        continue;
      }
      results.verdict(check, operationId, found.length ? found.join("; ") : null, context);
    }
  }

  const headerText = [...exchange.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
  const leaks = secrets.findLeaks(`${exchange.text}\n${headerText}`);
  const masking = maskedValueProblems(exchange.body, (id) => secrets.credential(id));
  const leakProblems = [...leaks.map((label) => `a submitted ${label} appears in the response`), ...masking];
  results.verdict("no_secret_leak", operationId, leakProblems.length ? leakProblems.join("; ") : null, context);
}
