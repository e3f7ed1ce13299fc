// In-process use as another team would: msw setupServer with the mock's handlers, requests to the
// production base URL (the handlers match any origin), every response checked against the spec.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedFetch } from "../../test/support/checked-fetch.js";
import { createMock, DEMO } from "../src/index.js";

const mock = await createMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());
const api = checkedFetch();

describe("msw setupServer", () => {
  it("serves the API on any origin", async () => {
    const headers = { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme };
    const list = await api("https://api.modulex.dev/credentials?integration_name=slack", { headers });
    expect(list.status).toBe(200);
    expect((await list.json()).credentials[0].credential_id).toBe(DEMO.credentials.acmeSlack);
    const created = await api("http://127.0.0.1:4010/credentials", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ integration_name: "tavily", auth_data: { api_key: "tvly-from-setup-server" } }),
    });
    expect(created.status).toBe(201);
  });
  it("shares state with the mock object and resets through the control route", async () => {
    await api("https://api.modulex.dev/__mock/reset", { method: "POST" });
    expect((mock.state() as { credentials: unknown[] }).credentials).toHaveLength(8);
  });
});
