// The standalone server over real HTTP (ephemeral port): responses checked against the spec, 404
// and 405 + Allow outside it, streamed bodies both ways, oversized bodies refused, CORS preflight.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseViolations } from "@modulex/spec/contract";
import { checkedFetch } from "../../test/support/checked-fetch.js";
import { startServer, type RunningServer } from "../src/node.js";
import { DEMO, MAX_BODY_BYTES } from "../src/index.js";

let server: RunningServer;
const api = checkedFetch();
const owner = { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme };

beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(() => server.close());

/** A raw HTTP exchange, for what fetch cannot do (chunked uploads in pieces). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  chunks: Array<string | Buffer>,
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text }));
    });
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error),
    );
    (async () => {
      for (const chunk of chunks) {
        if (!req.write(chunk)) await new Promise((r) => req.once("drain", r));
        await new Promise((r) => setImmediate(r));
      }
      req.end();
    })().catch(() => undefined);
  });
}

describe("startServer", () => {
  it("binds 127.0.0.1 on an ephemeral port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });
  it("answers the API with spec-valid responses", async () => {
    const r = await api(`${server.url}/credentials?integration_name=slack`, { headers: owner });
    expect(r.status).toBe(200);
    expect(r.headers.get("x-ratelimit-limit")).toBe("600");
    expect((await r.json()).credentials[0].credential_id).toBe(DEMO.credentials.acmeSlack);
  });
  it("404 for an unknown path, 405 with Allow for a known path and another method", async () => {
    const missing = await fetch(`${server.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: "No route for GET /nope" });
    expect(missing.headers.get("x-request-id")).toBeTruthy();
    const wrong = await fetch(`${server.url}/credentials`, { method: "PATCH", headers: owner });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, HEAD, POST");
    expect((await wrong.json()).detail).toMatch(/PATCH is not allowed/);
    const one = await fetch(`${server.url}/credentials/${DEMO.credentials.acmeSlack}`, {
      method: "POST",
      headers: owner,
    });
    expect(one.headers.get("allow")).toBe("GET, HEAD, PUT, DELETE");
  });
  it("answers a method fetch cannot carry (TRACE) with 405 or 404, not a 500", async () => {
    const known = await raw("TRACE", "/credentials", owner, []);
    expect(known.status).toBe(405);
    expect(known.headers.allow).toBe("GET, HEAD, POST");
    expect(JSON.parse(known.text).detail).toMatch(/TRACE is not allowed/);
    const unknown = await raw("TRACE", "/nope", owner, []);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toEqual({ detail: "No route for TRACE /nope" });
  });
  it("answers a path whose percent-encoding does not decode with the route's 400, not a 500", async () => {
    const r = await raw("GET", "/credentials/%E0%A4%A", owner, []);
    const headers = new Headers(Object.entries(r.headers).map(([k, v]): [string, string] => [k, String(v)]));
    expect(
      responseViolations("getCredential", { status: r.status, headers, body: JSON.parse(r.text), text: r.text }),
    ).toEqual([]);
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).detail).toMatch(/path parameter credential_id/);
  });
  it("reads a request body sent in chunks (streamed, chunked transfer encoding)", async () => {
    const body = JSON.stringify({
      integration_name: "tavily",
      display_name: "Streamed",
      auth_data: { api_key: "tvly-streamed-0000000" },
    });
    const r = await raw(
      "POST",
      "/credentials",
      { ...owner, "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      [body.slice(0, 10), body.slice(10, 40), body.slice(40)],
    );
    expect(r.status).toBe(201);
    const headers = new Headers(Object.entries(r.headers).map(([k, v]): [string, string] => [k, String(v)]));
    expect(
      responseViolations("createCredential", { status: r.status, headers, body: JSON.parse(r.text), text: r.text }),
    ).toEqual([]);
    expect(JSON.parse(r.text)).toMatchObject({ display_name: "Streamed", auth_type: "api_key" });
  });
  it("refuses an oversized body with the spec's 400, by Content-Length and when a chunked body runs past the cap, changing nothing", async () => {
    const credentials = () => (server.mock.state() as { credentials: unknown[] }).credentials;
    const before = credentials();
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 32);
    const chunk = Buffer.alloc(256 * 1024, 32);
    const declared = await raw(
      "POST",
      "/credentials",
      { ...owner, "Content-Type": "application/json", "Content-Length": String(big.length) },
      [big],
    );
    const streamed = await raw(
      "POST",
      "/credentials",
      { ...owner, "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      Array(5).fill(chunk),
    );
    for (const r of [declared, streamed]) {
      const headers = new Headers(Object.entries(r.headers).map(([k, v]): [string, string] => [k, String(v)]));
      expect(
        responseViolations("createCredential", { status: r.status, headers, body: JSON.parse(r.text), text: r.text }),
      ).toEqual([]);
      expect(r.status).toBe(400);
      expect(JSON.parse(r.text).detail).toMatch(/too large/);
      expect(r.headers.connection).toBe("close");
    }
    expect(credentials()).toEqual(before);
  });
  it("streams the response body back", async () => {
    const r = await api(`${server.url}/__mock/state`);
    const reader = r.body!.getReader();
    let size = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) size += chunk.value.byteLength;
    expect(size).toBe(JSON.stringify(server.mock.state()).length);
  });
  it("lets only pages served on this machine call it from a browser (the control routes need no auth)", async () => {
    const pre = await fetch(`${server.url}/__mock/state`, {
      method: "OPTIONS",
      headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" },
    });
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const r = await api(`${server.url}/me`, { headers: { ...owner, Origin: "https://evil.example" } });
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
    for (const local of ["http://127.0.0.1:3000", "http://[::1]:8080"]) {
      const ok = await api(`${server.url}/me`, { headers: { ...owner, Origin: local } });
      expect(ok.headers.get("access-control-allow-origin")).toBe(local);
    }
  });
  it("answers a CORS preflight and exposes the rate-limit headers, the Warning and the 401 challenge to browsers", async () => {
    const pre = await fetch(`${server.url}/credentials`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, x-organization-id",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/X-Organization-ID/);
    const r = await api(`${server.url}/me`, { headers: { ...owner, Origin: "http://localhost:5173" } });
    const exposed = (r.headers.get("access-control-expose-headers") ?? "").split(", ");
    expect(exposed).toEqual(
      expect.arrayContaining(["X-RateLimit-Remaining", "Retry-After", "Warning", "WWW-Authenticate"]),
    );
  });
  it("points OAuth2 authorization URLs at itself", async () => {
    const r = await api(`${server.url}/credentials/oauth2/authorize`, {
      method: "POST",
      headers: { ...owner, "Content-Type": "application/json" },
      body: JSON.stringify({ integration_name: "github", redirect_uri: "http://localhost:5173/cb" }),
    });
    const { authorization_url } = await r.json();
    expect(authorization_url.startsWith(`${server.url}/__mock/oauth/github/authorize?`)).toBe(true);
    const consent = await api(authorization_url, { redirect: "manual" });
    expect(consent.status).toBe(302);
    expect(consent.headers.get("location")).toMatch(/^http:\/\/localhost:5173\/cb\?code=/);
  });
});
