// The page of the browser smoke test: the mock's core under msw's Service Worker, answering the
// API under a base URL on another origin (`?api=`), and nothing else.
import { DEMO, startWorker } from "../../src/browser.js";

declare global {
  interface Window {
    smoke: () => Promise<unknown>;
  }
}

window.smoke = async () => {
  const params = new URLSearchParams(location.search);
  const api = params.get("api")!;
  const other = params.get("other")!;
  const { mock } = await startWorker({ baseUrl: api });
  const headers = { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme };
  const read = async (response: Response) => ({
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.json(),
  });
  const list = await read(await fetch(`${api}/credentials?integration_name=slack`, { headers }));
  const created = await read(
    await fetch(`${api}/credentials`, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({
        integration_name: "tavily",
        display_name: "From the browser",
        auth_data: { api_key: "tvly-browser-secret-0001" },
      }),
    }),
  );
  const detail = await read(
    await fetch(`${api}/credentials/${created.body.credential_id}?include_masked=true`, { headers }),
  );
  // Not the API: a path under the base URL the API does not have, another service's /me, and the
  // page's own origin. Each must reach its server.
  const notOurs = {
    underBase: await read(await fetch(`${api}/v1/me`, { headers })),
    otherService: await read(await fetch(`${other}/some/service/me`, { headers })),
    ownOrigin: await read(await fetch("/credentials", { headers })),
  };
  return { list, created, detail, notOurs, state: JSON.stringify(mock.state()) };
};
