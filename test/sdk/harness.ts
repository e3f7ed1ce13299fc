// The SDK against the in-process mock: every response goes through checkedFetch, so a test fails
// on any answer the spec does not allow. The mock is imported from its source so these tests
// need no build step.
import { createMock, DEMO } from "../../mock-server/src/index.js";
import { ModuleX, type ClientOptions } from "../../packages/sdk/src/index.js";
import { checkedFetch } from "../support/checked-fetch.js";

export { DEMO };
export const BASE_URL = "http://127.0.0.1:4010";

export interface FaultSpec {
  method?: "GET" | "POST" | "PUT" | "DELETE" | "*";
  path: string;
  status?: number;
  retry_after?: number | null;
  count?: number;
  delay_ms?: number;
}

export async function startMock() {
  const mock = await createMock();
  const fetch = checkedFetch((input, init) => mock.handle(new Request(input, init)));
  /** An SDK client: Olive (owner of Acme, admin of Globex) with her API key in Acme, unless overridden. */
  const client = (options: ClientOptions = {}) =>
    new ModuleX({ apiKey: DEMO.keys.owner, organizationId: DEMO.orgs.acme, baseUrl: BASE_URL, fetch, ...options });
  /** Calls a mock control route (openapi/mock-control.yaml), also spec-checked. */
  const control = async (method: string, path: string, body?: unknown): Promise<any> => {
    const init: RequestInit = body === undefined ? { method } : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
    const response = await fetch(`${BASE_URL}${path}`, init);
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  return {
    mock,
    fetch,
    client,
    armFault: (fault: FaultSpec) => control("POST", "/__mock/faults", fault),
    clearFaults: () => control("DELETE", "/__mock/faults"),
    /** A person's JWT, as the identity provider would issue it. */
    signIn: async (email: string): Promise<string> => (await control("POST", "/__mock/sign-in", { email })).token,
  };
}

export type MockEnv = Awaited<ReturnType<typeof startMock>>;
