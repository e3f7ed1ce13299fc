// Browser smoke test: the same core in Debian's chromium (playwright-core drives it; nothing is
// downloaded), under msw's Service Worker, with WebCrypto doing the hashing and encryption. The
// worker answers only the API's paths under its base URL (here on a second local origin, so
// "passed through" is observable): other paths, origins and the page's own origin reach the network.
// Needs /usr/bin/chromium: skipped where it is missing, but a failure on CI (CI=true).
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { responseViolations } from "@modulex/spec/contract";
import { DEMO } from "../src/index.js";
import { chromiumAvailable as available, launchChromium } from "../../test/support/chromium.js";

const workerScript = readFileSync(new URL("../../node_modules/msw/lib/mockServiceWorker.js", import.meta.url), "utf8");
let server: Server;
let origin = "";
const networkHits: string[] = [];
/** The second origin: the API's base URL is `${otherOrigin}/modulex`; everything it receives is recorded. */
let other: Server;
let otherOrigin = "";
const otherHits: string[] = [];

beforeAll(async () => {
  if (!available) return;
  const bundle = await build({
    entryPoints: [new URL("./browser/app.ts", import.meta.url).pathname],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const app = bundle.outputFiles[0]!.text;
  const files: Record<string, [string, string]> = {
    "/?": ["text/html", '<!doctype html><meta charset="utf-8"><script type="module" src="/app.js"></script>'],
    "/app.js": ["text/javascript", app],
    "/mockServiceWorker.js": ["text/javascript", workerScript],
    "/favicon.ico": ["image/x-icon", ""],
  };
  server = createServer((req, res) => {
    const file = files[(req.url ?? "").startsWith("/?") ? "/?" : (req.url ?? "")];
    if (!file) networkHits.push(req.url ?? "");
    res.writeHead(file ? 200 : 404, { "Content-Type": file?.[0] ?? "application/json" });
    res.end(file?.[1] ?? '{"detail":"static server: not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  other = createServer((req, res) => {
    const cors = {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Headers": "Authorization, X-Organization-ID, Content-Type",
    };
    if (req.method === "OPTIONS") return void res.writeHead(204, cors).end();
    otherHits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { ...cors, "Content-Type": "application/json" });
    res.end('{"from":"the other service"}');
  });
  await new Promise<void>((resolve) => other.listen(0, "127.0.0.1", resolve));
  otherOrigin = `http://localhost:${(other.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  if (other) await new Promise((resolve) => other.close(resolve));
});

describe.skipIf(!available)("in the browser (msw setupWorker)", () => {
  it("answers the API from the Service Worker with spec-valid, masked responses", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(
        `${origin}/?api=${encodeURIComponent(`${otherOrigin}/modulex`)}&other=${encodeURIComponent(otherOrigin)}`,
      );
      await page.waitForFunction(() => typeof window.smoke === "function");
      const result = (await page.evaluate(() => window.smoke())) as any;
      expect(errors).toEqual([]);

      const check = (operationId: string, r: { status: number; headers: Record<string, string>; body: unknown }) =>
        responseViolations(operationId, {
          status: r.status,
          headers: new Headers(r.headers),
          body: r.body,
          text: JSON.stringify(r.body),
        });
      expect(check("listCredentials", result.list)).toEqual([]);
      expect(result.list.body.credentials[0].credential_id).toBe(DEMO.credentials.acmeSlack);
      expect(check("createCredential", result.created)).toEqual([]);
      expect(result.created.status).toBe(201);
      expect(check("getCredential", result.detail)).toEqual([]);
      expect(result.detail.body.auth_data_masked).toEqual({ api_key: "tvly***0001" });
      expect(result.state).not.toContain("tvly-browser-secret");
      // What is not the API reached its server; the API's calls never did.
      expect(result.notOurs.underBase.body).toEqual({ from: "the other service" });
      expect(result.notOurs.otherService.body).toEqual({ from: "the other service" });
      expect(result.notOurs.ownOrigin.status).toBe(404);
      expect(otherHits).toEqual(["GET /modulex/v1/me", "GET /some/service/me"]);
      expect(networkHits).toEqual(["/credentials"]);
    } finally {
      await browser.close();
    }
  });
});
