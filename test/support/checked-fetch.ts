// A fetch for tests that checks every response it sees against the spec: the operation is found
// from the method and path (openapi/modulex.yaml, then openapi/mock-control.yaml), and any
// violation (undeclared status, bad body, missing header) fails the test that made the request.
import { matchOperation, readResponse, responseViolations } from "@modulex/spec/contract";

export class SpecViolationError extends Error {
  constructor(readonly violations: string[]) {
    super(`Response breaks the spec:\n  ${violations.join("\n  ")}`);
    this.name = "SpecViolationError";
  }
}

/** Every response checked so far, for coverage reports. */
const observed: Array<{ operationId: string; status: number }> = [];

/** The violations a response has for the request that produced it ([] when it conforms). */
async function violationsFor(request: Request, response: Response): Promise<string[]> {
  const url = new URL(request.url);
  const { match } = matchOperation(request.method, url.pathname);
  // Routes outside both specs (404/405 from the standalone server) are checked by their own tests.
  if (!match) return [];
  observed.push({ operationId: match.operationId, status: response.status });
  return responseViolations(match.operationId, await readResponse(response));
}

/** Wraps `fetch` so that every response is validated against the spec before the caller sees it. */
export function checkedFetch(inner?: typeof fetch): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    // Resolved per call, so msw's setupServer patching of globalThis.fetch is seen.
    const response = await (inner ?? globalThis.fetch)(request.clone());
    const violations = await violationsFor(request, response);
    if (violations.length) throw new SpecViolationError(violations);
    return response;
  };
}
