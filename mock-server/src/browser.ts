// The same core in the browser, under msw's Service Worker. Serve msw's worker script first:
// `npx msw init public/` (it copies node_modules/msw/lib/mockServiceWorker.js).
import { setupWorker, type SetupWorker, type StartOptions } from "msw/browser";
import { createMock, type CreateMockOptions, type Mock } from "./create-mock.js";

export { createMock, DEMO, demoSeed, parseSeed, type CreateMockOptions, type Mock, type Seed } from "./index.js";

/**
 * Starts the mock in the browser: the page's requests to the API's paths under `baseUrl` (default
 * `https://api.modulex.dev`, the SDK's) are answered by the mock; everything else goes to the network.
 * @example
 * const { mock } = await startWorker();
 * await fetch("https://api.modulex.dev/credentials", { headers: { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme } });
 */
export async function startWorker(options: CreateMockOptions & { start?: StartOptions } = {}): Promise<{ mock: Mock; worker: SetupWorker }> {
  const { start, ...mockOptions } = options;
  const mock = await createMock(mockOptions);
  const worker = setupWorker(...mock.handlers);
  await worker.start({ onUnhandledRequest: "bypass", quiet: true, ...start });
  return { mock, worker };
}
