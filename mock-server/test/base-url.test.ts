// createMock({ baseUrl }): the handlers answer only under that base URL, so an app's other APIs
// with the same paths (/me, /members) pass through setupServer to the network untouched.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedFetch } from "../../test/support/checked-fetch.js";
import { createMock, DEMO } from "../src/index.js";

let other: Server;
let otherUrl = "";
const mock = await createMock({ baseUrl: "https://gateway.example/modulex/" });
const server = setupServer(...mock.handlers);

beforeAll(async () => {
  other = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end('{"from":"the other API"}');
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  server.listen({ onUnhandledRequest: "bypass" });
});
afterAll(async () => {
  server.close();
  await new Promise((resolve) => other.close(resolve));
});

describe("baseUrl", () => {
  it("answers under the base URL (path prefix included)", async () => {
    const r = await checkedFetch()(`https://gateway.example/modulex/credentials/${DEMO.credentials.acmeSlack}`, {
      headers: { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme },
    });
    expect(r.status).toBe(200);
    expect((await r.json()).credential_id).toBe(DEMO.credentials.acmeSlack);
  });
  it("lets another API's /me through to the network", async () => {
    const r = await fetch(`${otherUrl}/me`, { headers: { Authorization: "Bearer something-else" } });
    expect(await r.json()).toEqual({ from: "the other API" });
  });
});
