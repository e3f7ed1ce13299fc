// Where the console's API lives, chosen by configuration, one build for all three:
// - no `?api=` (and no VITE_MODULEX_API): the mock in this tab's Service Worker, kept across reloads;
// - `?api=http://127.0.0.1:4010`: the standalone mock (`npm start`), signed in through its control routes;
// - `?api=https://api.modulex.dev&token=…` (or VITE_MODULEX_TOKEN): a real API with your own token.
// The mock is imported lazily, so a build pointed at a real API never loads it.
import type { FaultInput } from "@modulex/mock-server";

/** The mock's control surface the dev tools use (absent for a real API). */
interface MockControls {
  signIn(email: string): Promise<string>;
  armFault(fault: FaultInput): Promise<void>;
  clearFaults(): Promise<void>;
  reset(): Promise<void>;
}

export interface Backend {
  baseUrl: string;
  label: string;
  /** The bearer for a user; for a real API, the configured token whatever the user. */
  token(email: string): Promise<string>;
  mock: MockControls | null;
}

const DEFAULT_BASE_URL = "https://api.modulex.dev";

export async function connectBackend(search = location.search): Promise<Backend> {
  const params = new URLSearchParams(search);
  const api = params.get("api") ?? import.meta.env.VITE_MODULEX_API ?? null;
  const token = params.get("token") ?? import.meta.env.VITE_MODULEX_TOKEN ?? null;
  if (api && token) return { baseUrl: api, label: `API at ${api}`, token: async () => token, mock: null };
  if (api) return standaloneMock(api);
  const { startWorker } = await import("@modulex/mock-server/browser");
  const { mock } = await startWorker({
    baseUrl: DEFAULT_BASE_URL,
    persist: true,
    start: {
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: "bypass",
      quiet: true,
    },
  });
  return {
    baseUrl: DEFAULT_BASE_URL,
    label: "mock in this tab (Service Worker)",
    token: (email) => mock.signIn(email),
    mock: {
      signIn: (email) => mock.signIn(email),
      armFault: async (fault) => void mock.armFault(fault),
      clearFaults: async () => mock.clearFaults(),
      reset: () => mock.reset(),
    },
  };
}

/** The standalone mock's control routes (`/__mock/...`): no auth, JSON bodies. */
function standaloneMock(baseUrl: string): Backend {
  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/__mock/${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`mock ${path}: ${response.status}`);
    return response.status === 204 ? null : response.json();
  };
  const mock: MockControls = {
    signIn: async (email) => ((await control("POST", "sign-in", { email })) as { token: string }).token,
    armFault: async (fault) => void (await control("POST", "faults", fault)),
    clearFaults: async () => void (await control("DELETE", "faults")),
    reset: async () => void (await control("POST", "reset")),
  };
  return { baseUrl, label: `standalone mock at ${baseUrl}`, token: (email) => mock.signIn(email), mock };
}
