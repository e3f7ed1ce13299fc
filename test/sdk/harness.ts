// The SDK against the in-process mock: every response goes through checkedFetch, so a test fails
// on any answer the spec does not allow. The mock is imported from its source so these tests
// need no build step.
//
// With MODULEX_SDK_VIA_PRISM=1 (the "sdk-via-prism" vitest project), the same tests run over real
// HTTP through `prism proxy openapi/modulex.yaml` in front of the standalone mock: Prism, which is
// not ours, checks every exchange, and any response violation it reports fails the request.
import { join } from "node:path";
import { afterAll } from "vitest";
import { createMock, DEMO } from "../../mock-server/src/index.js";
import type { ServerMock } from "../../mock-server/src/node.js";
import { startServer } from "../../mock-server/src/node.js";
import { ModuleX, type ClientOptions } from "../../packages/sdk/src/index.js";
import { checkedFetch } from "../support/checked-fetch.js";
import { spawnUntil, stop, type Started } from "../support/spawn-until.js";

export { DEMO };
export const BASE_URL = "http://127.0.0.1:4010";

export interface FaultSpec {
  method?: "GET" | "POST" | "PUT" | "DELETE" | "*";
  path: string;
  status?: number;
  retry_after?: number | null;
  /** null: until cleared. */
  count?: number | null;
  delay_ms?: number;
}

const VIA_PRISM = process.env.MODULEX_SDK_VIA_PRISM === "1";

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

class PrismViolationError extends Error {
  constructor(
    readonly where: string,
    readonly violations: unknown[],
  ) {
    super(`Prism reports response violations for ${where}: ${JSON.stringify(violations)}`);
    this.name = "PrismViolationError";
  }
}

/**
 * Real HTTP through Prism in front of the standalone mock. Spec routes go through the proxy;
 * the mock's own control routes (/__mock/*, not in modulex.yaml) go to the mock directly.
 * Request-side violations are expected (tests send invalid input on purpose; the mock's 400 is
 * then checked by checkedFetch); any response-side violation throws.
 */
async function prismTransport(): Promise<{ mock: ServerMock; transport: typeof fetch }> {
  const server = await startServer({ port: 0 });
  let prism: Started | undefined;
  cleanups.push(async () => {
    await stop(prism?.child);
    await server.close();
  });
  const root = join(import.meta.dirname, "../..");
  prism = await spawnUntil(
    join(root, "node_modules/.bin/prism"),
    ["proxy", join(root, "openapi/modulex.yaml"), server.url, "--host", "127.0.0.1", "--port", "0"],
    /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/,
    60_000,
  );
  const prismUrl = prism.match[1]!;
  const transport: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const target = url.pathname.startsWith("/__mock/") ? server.url : prismUrl;
    // Buffered, so the proxy gets a Content-Length: Prism answers an empty 400 to a chunked body.
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    const response = await globalThis.fetch(`${target}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      body,
      signal: request.signal,
      redirect: "manual", // like the in-process mock: a provider's redirect is the test's to read
    });
    const raw = response.headers.get("sl-violations");
    const responseSide = raw
      ? (JSON.parse(raw) as Array<{ location: string[] }>).filter((v) => v.location[0] === "response")
      : [];
    if (responseSide.length)
      throw new PrismViolationError(`${request.method} ${url.pathname} → ${response.status}`, responseSide);
    return response;
  };
  return { mock: server.mock, transport };
}

export async function startMock() {
  const { mock, transport } = VIA_PRISM
    ? await prismTransport()
    : await createMock().then((mock) => ({
        mock,
        transport: ((input, init) => mock.handle(new Request(input, init))) as typeof fetch,
      }));
  const fetch = checkedFetch(transport);
  /** An SDK client: Olive (owner of Acme, admin of Globex) with her API key in Acme, unless overridden. */
  const client = (options: ClientOptions = {}) =>
    new ModuleX({ apiKey: DEMO.keys.owner, organizationId: DEMO.orgs.acme, baseUrl: BASE_URL, fetch, ...options });
  /** Calls a mock control route (openapi/mock-control.yaml), also spec-checked. */
  const control = async (method: string, path: string, body?: unknown): Promise<any> => {
    const init: RequestInit =
      body === undefined
        ? { method }
        : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
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
