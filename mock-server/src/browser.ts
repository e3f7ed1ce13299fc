// The same core in the browser, under msw's Service Worker. Serve msw's worker script first:
// `npx msw init public/` (it copies node_modules/msw/lib/mockServiceWorker.js).
import { setupWorker, type SetupWorker, type StartOptions } from "msw/browser";
import { createMock, DEFAULT_BASE_URL, type CreateMockOptions, type Mock } from "./create-mock.js";
import { tabState } from "./tab-state.js";

export { createMock, DEMO, demoSeed, parseSeed, type CreateMockOptions, type Mock, type Seed } from "./index.js";

export interface StartWorkerOptions extends CreateMockOptions {
  /** msw's `worker.start` options. Default: `{ onUnhandledRequest: "bypass", quiet: true }`. */
  start?: StartOptions;
  /**
   * Keep the mock's store across reloads of this tab (IndexedDB, one saved state per tab, under a
   * non-extractable master key; states of tabs unused for 7 days are dropped). `mock.reset()`
   * goes back to the seed. `{ name }` keeps separate states for several mocks in one tab
   * (default name: the base URL). Default: false, every load starts from the seed.
   */
  persist?: boolean | { name?: string };
}

/**
 * Starts the mock in the browser: the page's requests to the API's paths under `baseUrl` (default
 * `https://api.modulex.dev`, the SDK's) are answered by the mock; everything else goes to the network.
 * @example
 * const { mock } = await startWorker({ persist: true });
 * await fetch("https://api.modulex.dev/credentials", { headers: { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme } });
 */
export async function startWorker(options: StartWorkerOptions = {}): Promise<{ mock: Mock; worker: SetupWorker }> {
  const { start, persist, ...mockOptions } = options;
  if (persist) {
    const name = typeof persist === "object" && persist.name ? persist.name : (mockOptions.baseUrl ?? DEFAULT_BASE_URL);
    const { masterKey, storage } = await tabState(name);
    Object.assign(mockOptions, { masterKey: mockOptions.masterKey ?? masterKey, persistence: storage });
  }
  const mock = await createMock(mockOptions);
  const worker = setupWorker(...mock.handlers);
  await worker.start({ onUnhandledRequest: "bypass", quiet: true, ...start });
  return { mock, worker };
}
