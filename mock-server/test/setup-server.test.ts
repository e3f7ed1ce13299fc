// In-process use as another team would: msw setupServer with the mock's handlers. They answer the
// API's paths under the base URL (default: the SDK's https://api.modulex.dev), matched from its
// root, and let every other request through to the network untouched (issue 9). Every response
// the mock gives is checked against the spec.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedFetch } from "../../test/support/checked-fetch.js";
import { createMock, DEMO } from "../src/index.js";

/** A real server on another origin: whatever reaches it was not answered by the mock. */
let other: Server;
let otherUrl = "";
const reached: string[] = [];
const mock = await createMock();
const server = setupServer(...mock.handlers);
const headers = { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme };

beforeAll(async () => {
  other = createServer((req, res) => {
    reached.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end('{"from":"the network"}');
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  server.listen({ onUnhandledRequest: "bypass" });
});
afterAll(async () => {
  server.close();
  await new Promise((resolve) => other.close(resolve));
});
const api = checkedFetch();

describe("msw setupServer", () => {
  it("serves the API at the SDK's default base URL", async () => {
    const list = await api("https://api.modulex.dev/credentials?integration_name=slack", { headers });
    expect(list.status).toBe(200);
    expect((await list.json()).credentials[0].credential_id).toBe(DEMO.credentials.acmeSlack);
    const created = await api("https://api.modulex.dev/credentials", {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ integration_name: "tavily", auth_data: { api_key: "tvly-from-setup-server" } }),
    });
    expect(created.status).toBe(201);
  });

  it("lets another origin's API paths through to the network", async () => {
    reached.length = 0;
    const r = await fetch(`${otherUrl}/credentials`, { headers });
    expect(await r.json()).toEqual({ from: "the network" });
    expect(reached).toEqual(["GET /credentials"]);
  });

  it("shares state with the mock object and resets through the control route", async () => {
    await api("https://api.modulex.dev/__mock/reset", { method: "POST" });
    expect((mock.state() as { credentials: unknown[] }).credentials).toHaveLength(8);
  });
});

describe("matching from the root of the base URL", () => {
  // The base URL is the local server here, so a request the mock does not take is seen arriving.
  it.each(["/v1/me", "/anything/at/all/me", "/members/invitations/me", "/credentials//audit", "/audit/x", "/me/extra"])(
    "GET %s is not the API's: it reaches the network",
    async (path) => {
      const local = await createMock({ baseUrl: otherUrl });
      const inner = setupServer(...local.handlers);
      server.close();
      inner.listen({ onUnhandledRequest: "bypass" });
      try {
        reached.length = 0;
        const r = await fetch(`${otherUrl}${path}`, { headers });
        expect(await r.json()).toEqual({ from: "the network" });
        expect(reached).toEqual([`GET ${path}`]);
      } finally {
        inner.close();
        server.listen({ onUnhandledRequest: "bypass" });
      }
    },
  );

  it("answers the API's paths at the root of the base URL, with a trailing slash too", async () => {
    const local = await createMock({ baseUrl: otherUrl });
    const inner = setupServer(...local.handlers);
    server.close();
    inner.listen({ onUnhandledRequest: "bypass" });
    try {
      reached.length = 0;
      const me = await api(`${otherUrl}/me`, { headers: { Authorization: headers.Authorization } });
      expect((await me.json()).email).toBe("owner@acme.test");
      const list = await api(`${otherUrl}/credentials/`, { headers });
      expect(list.status).toBe(200);
      // A known path with another method is the API's: 405 with Allow, not the network.
      const wrong = await api(`${otherUrl}/me`, { method: "DELETE", headers });
      expect([wrong.status, wrong.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
      expect(reached).toEqual([]);
    } finally {
      inner.close();
      server.listen({ onUnhandledRequest: "bypass" });
    }
  });
});
