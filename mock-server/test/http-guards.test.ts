// No web page can drive the standalone server (docs/decisions/050): a Host that is not this
// machine or an allowed name is refused (DNS rebinding), so is a control route called from a page
// of another site; URLs it builds come from its own origin, never the Host. Raw HTTP, so the Host
// and Origin are ours to choose; every answer is checked against the spec.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseViolations } from "@modulex/spec/contract";
import { startServer, type RunningServer } from "../src/node.js";
import { DEMO } from "../src/index.js";
import { raw, type Raw } from "./raw-http.js";

let server: RunningServer;
let named: RunningServer;
const owner = { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme };

beforeAll(async () => {
  server = await startServer({ port: 0 });
  named = await startServer({
    port: 0,
    allowedHosts: ["mock.test", ".dev.example"],
    publicUrl: "https://mock.dev.example:8443/ignored/path",
  });
});
afterAll(async () => {
  await server.close();
  await named.close();
});

/** The exchange, failing the test if the answer breaks the spec of `operationId`. */
async function checked(
  operationId: string,
  target: RunningServer,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Raw> {
  const r = await raw(target, method, path, headers, body);
  expect(
    responseViolations(operationId, { status: r.status, headers: r.headers, body: r.body, text: r.text }),
    `${method} ${path}`,
  ).toEqual([]);
  return r;
}

const hostOf = (s: RunningServer, name = "127.0.0.1") => `${name}:${s.port}`;
const credentialCount = (s: RunningServer) => (s.mock.state() as { credentials: unknown[] }).credentials.length;

describe("the Host header (DNS rebinding)", () => {
  it("answers this machine's names on any port: 127.x, localhost and its subdomains, [::1]", async () => {
    for (const name of ["127.0.0.1", "localhost", "app.localhost", "127.0.0.2", "[::1]"]) {
      const r = await checked("listCredentials", server, "GET", "/credentials", {
        ...owner,
        Host: hostOf(server, name),
      });
      expect([name, r.status]).toEqual([name, 200]);
    }
  });
  it("refuses any other name with 403, on the API and the control routes, and changes nothing", async () => {
    const before = credentialCount(server);
    for (const host of [
      hostOf(server, "evil.example"),
      "attacker.example.com",
      hostOf(server, "127.0.0.1.nip.io"),
      hostOf(server, "0.0.0.0"),
    ]) {
      const api = await checked(
        "createCredential",
        server,
        "POST",
        "/credentials",
        { ...owner, Host: host, "Content-Type": "application/json" },
        JSON.stringify({ integration_name: "tavily", auth_data: { api_key: "tvly-rebound-000001" } }),
      );
      expect(api.status).toBe(403);
      expect(api.body.detail).toMatch(/^Host '.*' is not allowed: .*--allowed-host/);
      expect((await checked("mockGetState", server, "GET", "/__mock/state", { Host: host })).status).toBe(403);
      expect((await checked("mockReset", server, "POST", "/__mock/reset", { Host: host })).status).toBe(403);
      expect(
        (
          await raw(server, "OPTIONS", "/__mock/state", {
            Host: host,
            Origin: `http://${host}`,
            "Access-Control-Request-Method": "GET",
          })
        ).status,
      ).toBe(403);
    }
    expect(credentialCount(server)).toBe(before);
    expect(server.mock.state()).toMatchObject({ credentials: expect.any(Array) });
  });
  it("answers the names it was started with (exact, and .suffix with its subdomains), and trusts their pages", async () => {
    expect(
      (await checked("listCredentials", named, "GET", "/credentials", { ...owner, Host: "mock.test" })).status,
    ).toBe(200);
    expect(
      (await checked("listCredentials", named, "GET", "/credentials", { ...owner, Host: "api.dev.example:4010" }))
        .status,
    ).toBe(200);
    expect(
      (await checked("listCredentials", named, "GET", "/credentials", { ...owner, Host: "api.mock.test" })).status,
    ).toBe(403);
    const fromPage = await checked(
      "mockCreateFault",
      named,
      "POST",
      "/__mock/faults",
      { Host: "mock.test", Origin: "https://app.dev.example", "Content-Type": "application/json" },
      JSON.stringify({ path: "/nowhere" }),
    );
    expect(fromPage.status).toBe(201);
    expect(fromPage.headers.get("access-control-allow-origin")).toBe("https://app.dev.example");
    await named.mock.clearFaults();
  });
});

describe("control routes and pages of other sites", () => {
  it("refuse a foreign Origin with 403 before anything runs: a text/plain fault (no preflight needed) is not armed", async () => {
    const evil = { Host: hostOf(server), Origin: "https://evil.example" };
    const fault = await checked(
      "mockCreateFault",
      server,
      "POST",
      "/__mock/faults",
      { ...evil, "Content-Type": "text/plain" },
      JSON.stringify({ path: "/**", status: 503, count: 1000 }),
    );
    expect(fault.status).toBe(403);
    expect(fault.body.detail).toMatch(/^Cross-site request refused/);
    expect(fault.headers.get("access-control-allow-origin")).toBeNull();
    expect(
      (await checked("getMe", server, "GET", "/me", { Host: hostOf(server), Authorization: owner.Authorization }))
        .status,
    ).toBe(200);
    const before = credentialCount(server);
    await raw(
      server,
      "POST",
      "/credentials",
      { ...owner, Host: hostOf(server), "Content-Type": "application/json" },
      JSON.stringify({ integration_name: "tavily", auth_data: { api_key: "tvly-keep-me-00001" } }),
    );
    for (const [path, origin] of [
      ["/__mock/reset", "https://evil.example"],
      ["/__mock/reset", "null"],
      ["/anything/__mock/reset", "https://evil.example"],
      ["/%5F%5Fmock/reset", "https://evil.example"],
    ] as const) {
      const r = await raw(server, "POST", path, { Host: hostOf(server), Origin: origin });
      expect([path, origin, r.status]).toEqual([path, origin, 403]);
    }
    expect((await checked("mockGetState", server, "GET", "/__mock/state", evil)).status).toBe(403);
    expect(
      (
        await checked(
          "mockSignIn",
          server,
          "POST",
          "/__mock/sign-in",
          { ...evil, "Content-Type": "application/json" },
          JSON.stringify({ email: DEMO.users.owner.email }),
        )
      ).status,
    ).toBe(403);
    expect(credentialCount(server)).toBe(before + 1);
  });
  it("serve pages on this machine and clients that send no Origin (curl, the README session)", async () => {
    const local = await checked(
      "mockCreateFault",
      server,
      "POST",
      "/__mock/faults",
      { Host: hostOf(server), Origin: "http://localhost:5173", "Content-Type": "application/json" },
      JSON.stringify({ path: "/nowhere" }),
    );
    expect(local.status).toBe(201);
    const curl = await checked("mockClearFaults", server, "DELETE", "/__mock/faults", { Host: hostOf(server) });
    expect(curl.status).toBe(204);
  });
  it("the API still answers a foreign page (it needs a bearer, which such a page cannot send without a preflight) but CORS hides the answer", async () => {
    const r = await checked("getMe", server, "GET", "/me", { Host: hostOf(server), Origin: "https://evil.example" });
    expect(r.status).toBe(401);
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("URLs the server builds", () => {
  const start = (target: RunningServer, host: string, path = "/credentials/oauth2/authorize") =>
    checked(
      "authorizeCredentialOAuth2",
      target,
      "POST",
      path,
      { ...owner, Host: host, "Content-Type": "application/json" },
      JSON.stringify({ integration_name: "github", redirect_uri: "http://localhost:5173/cb" }),
    );

  it("the OAuth2 authorization_url is on the server's own origin, whatever Host or absolute-form target the request names", async () => {
    const viaLocalhost = await start(server, "localhost:1");
    expect(viaLocalhost.body.authorization_url.startsWith(`${server.url}/__mock/oauth/github/authorize?`)).toBe(true);
    const absolute = await start(server, hostOf(server), `http://evil.example/credentials/oauth2/authorize`);
    expect(new URL(absolute.body.authorization_url).origin).toBe(server.url);
  });
  it("publicUrl chooses that origin (its path is not used)", async () => {
    const r = await start(named, "mock.test");
    expect(new URL(r.body.authorization_url).origin).toBe("https://mock.dev.example:8443");
    expect(new URL(r.body.authorization_url).pathname).toBe("/__mock/oauth/github/authorize");
  });
  it("refuses a publicUrl that is not http(s)", async () => {
    await expect(startServer({ port: 0, publicUrl: "javascript:alert(1)" })).rejects.toThrow(
      /publicUrl must be an http\(s\) URL/,
    );
  });
});

describe("HEAD", () => {
  it("answers wherever GET does, with GET's status and headers and no body", async () => {
    for (const [path, headers] of [
      ["/credentials", owner],
      ["/integrations/slack", owner],
      ["/__mock/state", {}],
      ["/me", {}],
    ] as const) {
      const get = await raw(server, "GET", path, { ...headers, Host: hostOf(server) });
      const head = await raw(server, "HEAD", path, { ...headers, Host: hostOf(server) });
      expect([path, head.status]).toEqual([path, get.status]);
      expect(head.text).toBe("");
      expect(head.headers.get("content-type")).toBe(get.headers.get("content-type"));
      for (const name of ["x-ratelimit-limit", "www-authenticate"])
        expect(head.headers.get(name)).toBe(get.headers.get(name));
    }
  });
  it("a HEAD on a path without GET is a 405 that lists the methods, and Allow names HEAD wherever GET is", async () => {
    const r = await raw(server, "HEAD", "/__mock/reset", { Host: hostOf(server) });
    expect([r.status, r.headers.get("allow"), r.text]).toEqual([405, "POST", ""]);
    const patch = await raw(server, "PATCH", "/credentials", { ...owner, Host: hostOf(server) });
    expect(patch.headers.get("allow")).toBe("GET, HEAD, POST");
  });
});

describe("a client that stops reading", () => {
  it("holds up no one: others are answered while it stalls, and hanging up ends its answer", async () => {
    const socket = connect(server.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.pause(); // never reads: the answer waits in the socket's buffers
    socket.write(`GET /__mock/state HTTP/1.1\r\nHost: ${hostOf(server)}\r\n\r\n`);
    for (let i = 0; i < 5; i++)
      expect(
        (await checked("getMe", server, "GET", "/me", { Host: hostOf(server), Authorization: owner.Authorization }))
          .status,
      ).toBe(200);
    socket.destroy();
    expect((await checked("mockGetState", server, "GET", "/__mock/state", { Host: hostOf(server) })).status).toBe(200);
  });
});
