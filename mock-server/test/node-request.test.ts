// The standalone server hands the core node:http's request as it is (no Fetch Request built per
// request): the core must read its headers exactly as it reads a Fetch Request's, so the server
// and mock.handle give the same answer to the same request. Every answer is checked against the spec.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseViolations } from "@modulex/spec/contract";
import { startServer, type RunningServer } from "../src/node.js";
import { createMock, DEMO, type Mock } from "../src/index.js";
import { raw } from "./raw-http.js";

let server: RunningServer;
let mock: Mock;
beforeAll(async () => {
  server = await startServer({ port: 0 });
  mock = await createMock();
});
afterAll(() => server.close());

type Headers_ = Record<string, string | string[]>;

/** One exchange with the server (header lines exactly as given), its answer checked against the spec. */
async function overHttp(path: string, headers: Headers_): Promise<{ status: number; body: unknown }> {
  const r = await raw(server, "GET", path, headers);
  expect(
    responseViolations("getCredential", { status: r.status, headers: r.headers, body: r.body, text: r.text }),
  ).toEqual([]);
  return { status: r.status, body: r.body };
}

/** The same request through mock.handle, its headers appended one value at a time. */
async function inProcess(path: string, headers: Headers_) {
  const h = new Headers();
  for (const [name, value] of Object.entries(headers)) for (const v of [value].flat()) h.append(name, v);
  const response = await mock.handle(new Request(`https://api.modulex.dev${path}`, { headers: h }));
  return { status: response.status, body: await response.json() };
}

const path = `/credentials/${DEMO.credentials.acmeSlack}`;
const bearer = `Bearer ${DEMO.keys.owner}`;

describe("the standalone server reads headers as a Fetch Request does", () => {
  it.each<[string, Headers_]>([
    ["names in any case", { AUTHORIZATION: bearer, "x-ORGANIZATION-id": DEMO.orgs.acme }],
    [
      "an organization header sent twice (refused as one joined value)",
      {
        Authorization: bearer,
        "X-Organization-ID": [DEMO.orgs.acme, DEMO.orgs.globex],
      },
    ],
    ["no organization header", { Authorization: bearer }],
    ["no bearer", { "X-Organization-ID": DEMO.orgs.acme }],
  ])("%s: the same answer as mock.handle", async (_, headers) => {
    const [http, direct] = await Promise.all([overHttp(path, headers), inProcess(path, headers)]);
    expect(http).toEqual(direct);
  });
  it("answers the happy path with the credential", async () => {
    const r = await overHttp(path, { Authorization: bearer, "X-Organization-ID": DEMO.orgs.acme });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ credential_id: DEMO.credentials.acmeSlack });
  });
});
