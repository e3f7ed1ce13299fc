// End to end: examples/console built by Vite as a team would build it, served from 127.0.0.1 and
// driven in Debian's chromium through playwright-core (nothing is downloaded). The mock runs in the
// page's Service Worker with persistence on. Every state the console has is driven and
// photographed into docs/screenshots/ (the README's pictures come from this run); every API
// response the page receives is checked against the spec; and no plaintext secret — the seed's,
// the ones typed in, API keys, JWTs — may appear in the DOM, storage, the console or any response
// (the one exception: a new API token, in its create response and on screen until dismissed).
// Needs /usr/bin/chromium and the packages built (npm test builds them first); skipped without
// chromium, but a failure on CI (CI=true).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Dialog, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchOperation, responseProblems } from "@modulex/spec/contract";
import { DEMO } from "@modulex/mock-server";
import { startServer } from "@modulex/mock-server/node";
import { parseTimestamp } from "@modulex/sdk";
import { chromiumAvailable as available, launchChromium } from "../support/chromium.js";

const repo = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const EXAMPLE = repo("examples/console");
const OUT = repo(".tmp/e2e-console");
const SHOTS = repo("docs/screenshots");
const API = "https://api.modulex.dev";

/** Secrets typed into the console during the run. */
const TYPED = {
  tavilyInvalid: "tvly-invalid-e2e-0000",
  tavily: "tvly-e2e-secret-0001-ABCD",
  jira: "ATATT3xE2eJiraToken-5678",
  rotated: "xoxb-rotated-e2e-secret-7777",
};
/** Every plaintext secret the seed holds: credential secrets and API keys. */
const seed = JSON.parse(readFileSync(repo("mock-server/seeds/demo.json"), "utf8")) as {
  credentials: Array<{ auth_data: Record<string, unknown> | null }>;
};
const SECRET_FIELDS = new Set(["api_key", "token", "access_token", "refresh_token", "api_token", "client_secret"]);
const SEED_SECRETS = seed.credentials.flatMap((c) =>
  Object.entries(c.auth_data ?? {})
    .filter(([k, v]) => SECRET_FIELDS.has(k) && typeof v === "string")
    .map(([, v]) => v as string),
);
const SECRETS = [...SEED_SECRETS, ...Object.values(DEMO.keys), ...Object.values(TYPED)];
const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\./;

interface Seen {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  /** null when there is no body to read: a 204, or an attempt the SDK retried (it cancels that body). */
  text: string | null;
}

/** Records every response the page receives, with its body when there is one to read. */
function recordResponses(target: Page, into: Array<Promise<Seen>>): void {
  target.on("response", (r) => {
    const seen = (text: string | null): Seen => ({
      method: r.request().method(),
      url: r.url(),
      status: r.status(),
      headers: r.headers(),
      text,
    });
    into.push(r.text().then(seen, () => seen(null)));
  });
}

/** What the spec finds wrong with the answers (an unread body is not judged, its status and headers are). */
function specProblems(answers: Seen[]): string[] {
  return answers.flatMap((r) => {
    const { match } = matchOperation(r.method, new URL(r.url).pathname);
    if (!match) return [`${r.method} ${r.url}: not an operation of either spec`];
    const body = r.text && r.headers["content-type"]?.includes("json") ? JSON.parse(r.text) : undefined;
    return responseProblems(match.operationId, {
      status: r.status,
      headers: new Headers(r.headers),
      body,
      text: r.text ?? "",
    })
      .filter((p) => r.text !== null || p.kind !== "body")
      .map((p) => p.message);
  });
}

let server: Server;
let origin = "";
let browser: Browser;
let page: Page;
const responses: Array<Promise<Seen>> = [];
const consoleLines: string[] = [];
const pageErrors: string[] = [];
/** The token the console showed once (a secret everywhere but its create response and the dialog). */
let shownToken = "";

beforeAll(async () => {
  if (!available) return;
  const { build } = await import("vite");
  await build({
    root: EXAMPLE,
    configFile: join(EXAMPLE, "vite.config.ts"),
    mode: "production",
    logLevel: "warn",
    build: { outDir: OUT, emptyOutDir: true, chunkSizeWarningLimit: Infinity },
  }); // sizes: npm run size
  mkdirSync(SHOTS, { recursive: true });
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = join(OUT, path === "/" ? "index.html" : path);
    if (!file.startsWith(OUT) || !existsSync(file))
      return void res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
    res.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (m) => consoleLines.push(m.text()));
  page.on("pageerror", (e) => pageErrors.push(e.message));
  recordResponses(page, responses);
  await page.goto(`${origin}/`);
  await ready();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((resolve) => server.close(resolve));
});

/** Resolves when the console has (re)rendered after an action. */
async function ready(): Promise<void> {
  await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
}

/** Runs a user action and waits until the console has finished it (it sets `<body data-busy>` meanwhile). */
async function act(action: () => Promise<unknown>): Promise<void> {
  await action();
  await page.waitForSelector("body:not([data-busy])", { state: "attached", timeout: 20_000 });
}

const row = (credentialId: string) => page.locator(`.credential[data-credential-id="${credentialId}"]`);
const rowNamed = (name: string) => page.locator(".credential", { has: page.locator(".name", { hasText: name }) });
const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
const errorText = () => page.locator("#error").textContent();

/** Answers the next prompt/confirm dialog. */
function answerNextDialog(value?: string): void {
  page.once("dialog", (dialog: Dialog) => void dialog.accept(value));
}

describe.skipIf(!available)("the console example in chromium, on the Service Worker mock", () => {
  it("lists the organization's credentials grouped by integration, secrets masked", async () => {
    await expect(page.locator("#mode").textContent()).resolves.toContain("Service Worker");
    const headings = await page.locator("#groups h3").allTextContents();
    expect(headings.map((h) => h.replace(/ \d+ credentials?$/, ""))).toEqual([
      "GitHub",
      "Jira",
      "Notion",
      "OpenAI",
      "Slack",
      "Tavily",
    ]);
    await expect(row(DEMO.credentials.acmeSlack).locator(".masked").textContent()).resolves.toBe("xoxb***oken");
    await expect(row(DEMO.credentials.acmeSlack).locator(".badge").textContent()).resolves.toBe("default");
    await expect(row(DEMO.credentials.acmeGithub).locator(".masked").textContent()).resolves.toBe("OAuth2 connection");
    await expect(page.locator("#error").isHidden()).resolves.toBe(true);
    await shot("console-credentials");
  });

  it("saves a new credential only after it tests valid", async () => {
    await page.selectOption("#integration", "tavily");
    await page.fill("#display-name", "E2E Tavily");
    await page.fill('#secret-fields input[name="api_key"]', TYPED.tavilyInvalid);
    await act(() => page.click("#test-new"));
    await expect(page.locator("#test-result").textContent()).resolves.toMatch(
      /^✗ invalid: Credential was rejected by tavily/,
    );
    await expect(page.locator("#save-new").isDisabled()).resolves.toBe(true);

    await page.fill('#secret-fields input[name="api_key"]', TYPED.tavily);
    await expect(page.locator("#save-new").isDisabled()).resolves.toBe(true); // a changed secret needs a new test
    await act(() => page.click("#test-new"));
    await expect(page.locator("#test-result").textContent()).resolves.toMatch(/^✓ valid/);
    await expect(page.locator("#save-new").isEnabled()).resolves.toBe(true);
    await shot("console-create-tested");
    await act(() => page.click("#save-new"));
    await expect(rowNamed("E2E Tavily").locator(".masked").textContent()).resolves.toBe("tvly***ABCD");
    await expect(page.locator('#secret-fields input[name="api_key"]').inputValue()).resolves.toBe("");
  });

  it("saves a custom-type (Jira) credential without a test, and says why", async () => {
    await page.selectOption("#integration", "jira");
    const fields = await page
      .locator("#secret-fields input")
      .evaluateAll((inputs) => inputs.map((i) => `${(i as HTMLInputElement).name}:${(i as HTMLInputElement).type}`));
    expect(fields).toEqual(["domain:text", "email:text", "api_token:password"]);
    await expect(page.locator("#test-result").textContent()).resolves.toContain("cannot test them before saving");
    await expect(page.locator("#save-new").isEnabled()).resolves.toBe(true);
    await page.fill("#display-name", "E2E Jira");
    await page.fill('#secret-fields input[name="domain"]', "acme-e2e.atlassian.net");
    await page.fill('#secret-fields input[name="email"]', "ops@acme.test");
    await page.fill('#secret-fields input[name="api_token"]', TYPED.jira);
    await act(() => page.click("#save-new"));
    await expect(rowNamed("E2E Jira").locator(".muted").textContent()).resolves.toBe("custom");
    await expect(rowNamed("E2E Jira").locator(".masked").textContent()).resolves.toBe("ATAT***5678");
  });

  it("makes a credential its integration's default", async () => {
    const tavily = row(DEMO.credentials.acmeTavily);
    await expect(tavily.locator(".badge").count()).resolves.toBe(0);
    await act(() => tavily.getByRole("button", { name: "Make default" }).click());
    await expect(row(DEMO.credentials.acmeTavily).locator(".badge").textContent()).resolves.toBe("default");
    await expect(rowNamed("E2E Tavily").locator(".badge").count()).resolves.toBe(0);
  });

  it("rotates a secret with the SDK's rotate(): the replacement takes over as default, the old one is gone", async () => {
    answerNextDialog(TYPED.rotated);
    await act(() => row(DEMO.credentials.acmeSlack).getByRole("button", { name: "Rotate" }).click());
    await expect(row(DEMO.credentials.acmeSlack).count()).resolves.toBe(0);
    const slack = rowNamed("Production Slack");
    await expect(slack.locator(".masked").textContent()).resolves.toBe("xoxb***7777");
    await expect(slack.locator(".badge").textContent()).resolves.toBe("default");
  });

  it("shows a credential's audit trail", async () => {
    await act(() => rowNamed("E2E Tavily").getByRole("button", { name: "Audit" }).click());
    const events = await page.locator("#audit li").allTextContents();
    expect(events.some((e) => / CREDENTIAL_CREATED by owner@acme\.test \(jwt\)$/.test(e))).toBe(true);
    await expect(page.locator("#audit h3").textContent()).resolves.toBe("Audit trail — E2E Tavily");
    await shot("console-audit");
  });

  it("deletes a credential after confirmation", async () => {
    answerNextDialog();
    await act(() => rowNamed("E2E Jira").getByRole("button", { name: "Delete" }).click());
    await expect(rowNamed("E2E Jira").count()).resolves.toBe(0);
  });

  it("creates an API token with an expiry, shows it once, and revokes it", async () => {
    await page.fill("#token-name", "e2e-ci");
    await page.selectOption("#token-expiry", "86400");
    const before = Date.now();
    await act(() => page.click('#create-token button[type="submit"]'));
    await expect(page.locator("#token-once").isVisible()).resolves.toBe(true);
    shownToken = (await page.locator("#token-value").textContent()) ?? "";
    expect(shownToken).toMatch(/^mx_live_[A-Za-z0-9]{32,}$/);
    const item = page.locator("#token-list li", { hasText: "e2e-ci" });
    await expect(item.locator(".masked").textContent()).resolves.toBe(`${shownToken.slice(0, 12)}…`);
    const expires = parseTimestamp((await item.getAttribute("data-expires-at"))!).getTime();
    await expect(item.textContent()).resolves.toMatch(/ expires \d{4}-\d\d-\d\d \d\d:\d\d UTC /);
    expect(Math.abs(expires - (before + 86_400_000))).toBeLessThan(120_000);
    await shot("console-token-shown-once");

    await page.click("#token-dismiss");
    await expect(page.locator("#token-once").isHidden()).resolves.toBe(true);
    await expect(page.content()).resolves.not.toContain(shownToken);
    await act(() => item.getByRole("button", { name: "Revoke" }).click());
    await expect(page.locator("#token-list li", { hasText: "e2e-ci" }).count()).resolves.toBe(0);
  });

  it("switches organization: another organization's credentials, none of Acme's", async () => {
    await act(() => page.selectOption("#org", DEMO.orgs.globex));
    await ready();
    await expect(row(DEMO.credentials.globexSlack).count()).resolves.toBe(1);
    await expect(row(DEMO.credentials.globexAnthropic).count()).resolves.toBe(1);
    await expect(row(DEMO.credentials.acmeTavily).count()).resolves.toBe(0);
    await act(() => page.selectOption("#org", DEMO.orgs.acme));
    await expect(row(DEMO.credentials.acmeTavily).count()).resolves.toBe(1);
  });

  it("explains the legacy member role's 403", async () => {
    await act(() => page.selectOption("#user", DEMO.users.member.email));
    await expect(page.locator("#error").isVisible()).resolves.toBe(true);
    await expect(errorText()).resolves.toMatch(
      /^Your role cannot manage credentials: .*member.*Ask an owner to make you an admin\.$/i,
    );
    await expect(page.locator("#groups").textContent()).resolves.toBe("Credentials could not be loaded."); // nothing of the owner's view stays
    await shot("console-legacy-member");
    await act(() => page.selectOption("#user", DEMO.users.owner.email));
    await expect(page.locator("#error").isHidden()).resolves.toBe(true);
  });

  it("dev tools: a rate limit and an outage the SDK's retries do not hide, until cleared", async () => {
    await act(() => page.click("#fault-429"));
    await expect(errorText()).resolves.toBe("Too many requests (429): try again in 30 seconds.");
    await shot("console-rate-limited");
    await act(() => page.click("#fault-clear"));
    await expect(page.locator("#error").isHidden()).resolves.toBe(true);

    await act(() => page.click("#fault-503"));
    await expect(errorText()).resolves.toMatch(/^ModuleX is unavailable \(503\): /);
    await shot("console-outage");
    await act(() => page.click("#fault-clear"));
    await expect(page.locator("#error").isHidden()).resolves.toBe(true);
    await expect(rowNamed("E2E Tavily").count()).resolves.toBe(1);
  });

  it("keeps the mock's state across a reload (per tab, in IndexedDB)", async () => {
    await page.reload();
    await ready();
    await expect(rowNamed("E2E Tavily").locator(".masked").textContent()).resolves.toBe("tvly***ABCD");
    await expect(rowNamed("Production Slack").locator(".masked").textContent()).resolves.toBe("xoxb***7777");
    await expect(row(DEMO.credentials.acmeTavily).locator(".badge").textContent()).resolves.toBe("default");
    await expect(rowNamed("E2E Jira").count()).resolves.toBe(0);
  });

  it("answers every API request with a response the spec allows", async () => {
    const seen = await Promise.all(responses);
    const api = seen.filter((r) => r.url.startsWith(`${API}/`));
    expect(api.length).toBeGreaterThan(40);
    const problems = specProblems(api);
    // Unread: 204s (no body), and the outage's first two attempts, which the SDK retried (maxRetries 2).
    const unread = api.filter((r) => r.text === null && r.status !== 204);
    expect(unread.map((r) => `${r.method} ${new URL(r.url).pathname} ${r.status}`)).toEqual([
      "GET /credentials 503",
      "GET /credentials 503",
    ]);
    expect(problems).toEqual([]);
    // Everything else the page fetched is the app itself, from its own origin.
    expect(seen.filter((r) => !r.url.startsWith(`${API}/`) && !r.url.startsWith(`${origin}/`))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shows no plaintext secret in the DOM, storage, console or any response", async () => {
    expect(shownToken).not.toBe("");
    const leaks = (where: string, text: string, allowed: string[] = []) => [
      ...[...SECRETS, shownToken]
        .filter((s) => !allowed.includes(s) && text.includes(s))
        .map((s) => `${where}: ${s.slice(0, 6)}…`),
      ...(JWT.test(text) ? [`${where}: a JWT`] : []),
    ];
    const dom = await page.evaluate(
      () => document.documentElement.outerHTML + [...document.querySelectorAll("input")].map((i) => i.value).join("\n"),
    );
    const storage = await page.evaluate(async () => {
      const dump: unknown[] = [{ ...localStorage }, { ...sessionStorage }];
      for (const { name } of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name!);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        for (const store of db.objectStoreNames) {
          const all = await new Promise<unknown[]>((resolve) => {
            const get = db.transaction(store).objectStore(store).getAll();
            get.onsuccess = () => resolve(get.result);
          });
          dump.push({ db: name, store, records: all });
        }
        db.close();
      }
      return JSON.stringify(dump);
    });
    expect(storage).toContain("modulex-mock-state"); // the persisted store is there, and is what was searched
    const seen = await Promise.all(responses);
    const problems = [
      ...leaks("DOM", dom),
      ...leaks("storage", storage),
      ...leaks("console", consoleLines.join("\n")),
      // The API's answers. (The app's own script holds the demo seed's made-up secrets: sample data, by design.)
      ...seen
        .filter((r) => r.url.startsWith(`${API}/`))
        .flatMap((r) =>
          leaks(
            `${r.method} ${r.url}`,
            r.text ?? "",
            r.method === "POST" && new URL(r.url).pathname === "/api-keys" ? [shownToken] : [],
          ),
        ),
    ];
    expect(problems).toEqual([]);
  });
});

describe.skipIf(!available)("the same build on the standalone mock (?api=)", () => {
  it("signs in, lists, and arms faults through the standalone mock's own routes", async () => {
    const mock = await startServer({ port: 0 });
    const standalone = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const seen: Array<Promise<Seen>> = [];
    recordResponses(standalone, seen);
    try {
      await standalone.goto(`${origin}/?api=${encodeURIComponent(mock.url)}`);
      await standalone.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
      await expect(standalone.locator("#mode").textContent()).resolves.toBe(`standalone mock at ${mock.url}`);
      await expect(
        standalone.locator(`.credential[data-credential-id="${DEMO.credentials.acmeSlack}"] .masked`).textContent(),
      ).resolves.toBe("xoxb***oken");
      await standalone.click("#fault-503");
      await standalone.waitForSelector("body:not([data-busy])", { state: "attached" });
      await expect(standalone.locator("#error").textContent()).resolves.toMatch(/^ModuleX is unavailable \(503\): /);
      await standalone.click("#fault-clear");
      await standalone.waitForSelector("body:not([data-busy])", { state: "attached" });
      await expect(standalone.locator("#error").isHidden()).resolves.toBe(true);

      // Every answer came from the standalone server (none from the Service Worker), and each is the spec's.
      const answers = (await Promise.all(seen)).filter(
        (r) => r.url.startsWith(`${mock.url}/`) && r.method !== "OPTIONS",
      );
      expect(answers.some((r) => new URL(r.url).pathname === "/__mock/sign-in")).toBe(true);
      const problems = specProblems(answers);
      expect(problems).toEqual([]);
      expect((await Promise.all(seen)).filter((r) => r.url.startsWith(`${API}/`))).toEqual([]);
    } finally {
      await standalone.close();
      await mock.close();
    }
  });
});
