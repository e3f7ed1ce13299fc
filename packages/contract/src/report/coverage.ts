// Coverage: for every operation, which documented statuses the run observed. The gate asks
// for every operation exercised and every documented status observed except 5xx, which a
// conforming server never has to produce on demand (not_a_server_error forbids them anyway).
import { publicOperations } from "../spec/public-operations.js";
import type { Results } from "./results.js";

export interface OperationCoverage {
  operationId: string;
  method: string;
  path: string;
  documented: number[];
  observed: number[];
  /** Documented, not 5xx, never observed. */
  missing: number[];
  /** Observed but not documented. */
  undocumented: number[];
  requests: number;
}

export interface Coverage {
  operations: OperationCoverage[];
  exercised: number;
  total: number;
  statusesObserved: number;
  statusesRequired: number;
  complete: boolean;
}

export function coverage(results: Results): Coverage {
  const operations = publicOperations().map(([operationId, op]): OperationCoverage => {
    const documented = Object.keys(op.responses)
      .map(Number)
      .filter(Number.isInteger)
      .sort((a, b) => a - b);
    const seen = results.observed.get(operationId) ?? new Map<number, number>();
    const observed = [...seen.keys()].sort((a, b) => a - b);
    return {
      operationId,
      method: op.method,
      path: op.path,
      documented,
      observed,
      missing: documented.filter((s) => s < 500 && !seen.has(s)),
      undocumented: observed.filter((s) => !documented.includes(s)),
      requests: [...seen.values()].reduce((a, b) => a + b, 0),
    };
  });
  const required = operations.flatMap((o) => o.documented.filter((s) => s < 500));
  const missing = operations.flatMap((o) => o.missing);
  const exercised = operations.filter((o) => o.requests > 0).length;
  return {
    operations,
    exercised,
    total: operations.length,
    statusesObserved: required.length - missing.length,
    statusesRequired: required.length,
    complete: exercised === operations.length && missing.length === 0,
  };
}
