// The page of the browser smoke test: the mock's core under msw's Service Worker.
import { DEMO, startWorker } from "../../src/browser.js";

declare global {
  interface Window {
    smoke: () => Promise<unknown>;
  }
}

window.smoke = async () => {
  const { mock } = await startWorker();
  const headers = { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme };
  const read = async (response: Response) => ({ status: response.status, headers: Object.fromEntries(response.headers), body: await response.json() });
  const list = await read(await fetch("/credentials?integration_name=slack", { headers }));
  const created = await read(
    await fetch("/credentials", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ integration_name: "tavily", display_name: "From the browser", auth_data: { api_key: "tvly-browser-secret-0001" } }),
    }),
  );
  const detail = await read(await fetch(`/credentials/${created.body.credential_id}?include_masked=true`, { headers }));
  const passthrough = (await fetch("/not-an-api-route")).status;
  return { list, created, detail, passthrough, state: JSON.stringify(mock.state()) };
};
