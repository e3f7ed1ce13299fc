// The built `modulex-contract` bin, as a backend team runs it: over real HTTP, keys from the
// environment, exit code 0 on a conforming server, 1 on a broken one, 2 when it cannot run.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO } from "../../mock-server/src/index.js";
import { startServer, type RunningServer } from "../../mock-server/src/node.js";
import { unexpectedFailures } from "./helpers/known-mock-findings.js";
import { startRelay, type Relay } from "./helpers/relay.js";

const CLI = join(import.meta.dirname, "../../packages/contract/dist/cli.js");
const scratch = join(import.meta.dirname, "../../.tmp", `contract-cli-${process.pid}`); // git-ignored
mkdirSync(scratch, { recursive: true });

function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A loopback port nothing listens on: one just freed. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe("the modulex-contract CLI", () => {
  let server: RunningServer;
  let relay: Relay;
  const keys = {
    MODULEX_CONTRACT_API_KEY: DEMO.keys.owner,
    MODULEX_CONTRACT_MEMBER_KEY: DEMO.keys.member,
    MODULEX_CONTRACT_OUTSIDER_KEY: DEMO.keys.outsider,
  };
  const args = (url: string) => [
    "--base-url",
    url,
    "--org",
    DEMO.orgs.acme,
    "--other-org",
    DEMO.orgs.globex,
    "--runs",
    "1",
    "--no-rate-limit",
    "--json",
  ];

  beforeAll(async () => {
    server = await startServer({ port: 0 });
    relay = await startRelay(server.url);
  });
  afterAll(async () => {
    await relay?.close();
    await server?.close();
  });

  test("exit 0 and a JSON report against the mock (1 while it has a known finding); no key in the output", async () => {
    await server.mock.reset();
    const { code, stdout, stderr } = await runCli(args(server.url), keys);
    const report = JSON.parse(stdout);
    expect(unexpectedFailures(report.failures)).toEqual([]);
    expect([code, report.ok]).toEqual(report.failures.length ? [1, false] : [0, true]);
    expect(report.coverage.exercised).toBe(report.coverage.total);
    for (const key of Object.values(keys)) expect(stdout + stderr).not.toContain(key);
  }, 120_000);

  test("--strict against the strict standalone mock: exit 0, and --junit writes one test case per check and operation", async () => {
    const strict = await startServer({ port: 0, strict: true });
    const junit = join(scratch, "strict.xml");
    try {
      const { code, stdout } = await runCli([...args(strict.url), "--strict", "--junit", junit], keys);
      const report = JSON.parse(stdout);
      expect(report.profile).toBe("strict");
      expect(unexpectedFailures(report.failures)).toEqual([]);
      expect(code).toBe(0);
      const xml = readFileSync(junit, "utf8");
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      const pairs = Object.values(report.operations as Record<string, object>).reduce(
        (n: number, checks) => n + Object.keys(checks).length,
        0,
      );
      const skipped = report.checks.filter((c: { verdict: string }) => c.verdict === "skipped").length;
      expect((xml.match(/<testcase /g) ?? []).length).toBe(pairs + skipped);
      expect(xml).toContain('<property name="profile" value="strict"/>');
      expect(xml).not.toContain("<failure");
    } finally {
      await strict.close();
    }
  }, 120_000);

  test("the default mock fails --strict (exit 1), and the JUnit report names the failing cases", async () => {
    await server.mock.reset();
    const junit = join(scratch, "crossed.xml");
    const { code } = await runCli([...args(server.url), "--strict", "--junit", junit], keys);
    expect(code).toBe(1);
    const xml = readFileSync(junit, "utf8");
    expect(xml).toMatch(
      /<testcase classname="response_schema_conformance" name="getCredential"[^>]*>\s*<failure message="[^"]*timestamps without a zone/,
    );
  }, 120_000);

  test("exit 1 when the server breaks the contract, with the check named", async () => {
    await server.mock.reset();
    relay.rewrite = (request, status, body) =>
      request.method === "GET" && request.path.startsWith("/integrations") && status === 200
        ? body.replace(/"integration_type":"tool"/g, '"integration_type":"gadget"')
        : body;
    try {
      const { code, stdout } = await runCli(args(relay.url), keys);
      const report = JSON.parse(stdout);
      expect(code).toBe(1);
      expect(
        report.checks.find((c: { name: string }) => c.name === "response_schema_conformance").failed,
      ).toBeGreaterThan(0);
    } finally {
      relay.rewrite = null;
    }
  }, 120_000);

  test("exit 2 on a usage error", async () => {
    const usage = await runCli(["--org", DEMO.orgs.acme]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing --base-url, --api-key/);
    const badOrg = await runCli(
      ["--base-url", server.url, "--org", "not-a-uuid", "--other-org", DEMO.orgs.globex],
      keys,
    );
    expect([badOrg.code, badOrg.stdout]).toEqual([2, ""]);
    expect(badOrg.stderr).toMatch(/^modulex-contract: --org must be an organization id/);
    const badOther = await runCli(["--base-url", server.url, "--org", DEMO.orgs.acme, "--other-org", "acme"], keys);
    expect([badOther.code, badOther.stdout]).toEqual([2, ""]);
    expect(badOther.stderr).toMatch(/^modulex-contract: --other-org must be an organization id/);
  }, 60_000);

  test("a base URL with a user name and password: exit 2, and the password is not repeated", async () => {
    const url = server.url.replace("http://", "http://user:hunter2secret@");
    const run = await runCli(["--base-url", url, "--org", DEMO.orgs.acme, "--json"], keys);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(/^modulex-contract: --base-url must not contain a user name or password/);
    expect(run.stdout + run.stderr).not.toContain("hunter2secret");
  }, 60_000);

  // A port just freed refuses; https on the mock's plain-http port fails the TLS handshake;
  // .invalid never resolves (RFC 6761); fetch refuses port 9 itself (a Fetch "bad port").
  const unreachable = async (): Promise<Array<[string, string, RegExp]>> => [
    [
      "nothing listening",
      `http://127.0.0.1:${await closedPort()}`,
      /ECONNREFUSED \(connection refused: nothing listens on that port\)/,
    ],
    ["a port fetch refuses", "http://127.0.0.1:9", /a 'bad port' of the Fetch standard/],
    [
      "https on an http port",
      server.url.replace("http://", "https://"),
      /ERR_SSL_[A-Z_]+ \(TLS handshake failed: is this an http \(not https\) server\?\)/,
    ],
    ["an unknown host", "http://modulex-contract-test.invalid:4010", /(ENOTFOUND|EAI_AGAIN) \(the host name/],
  ];

  test("a server that cannot be reached: exit 2, one line on stderr with the URL and the reason, nothing on stdout", async () => {
    for (const [what, url, reason] of await unreachable()) {
      const run = await runCli(["--base-url", url, "--org", DEMO.orgs.acme, "--no-rate-limit"], keys);
      expect([what, run.code, run.stdout]).toEqual([what, 2, ""]);
      const lines = run.stderr.split("\n").filter(Boolean);
      expect(lines, what).toHaveLength(1);
      expect(lines[0], what).toContain(
        `modulex-contract: could not start: cannot reach the server: GET ${url}/me failed with `,
      );
      expect(lines[0], what).toMatch(reason);
    }
  }, 90_000);

  test("with --json, the JSON report still comes on stdout, its fatal a clean one-line reason", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const run = await runCli(["--base-url", url, "--org", DEMO.orgs.acme, "--json"], keys);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      ok: false,
      started: false,
      requests: 0,
      fatal: `cannot reach the server: GET ${url}/me failed with ECONNREFUSED (connection refused: nothing listens on that port)`,
    });
    expect(report.checks.every((c: { verdict: string }) => c.verdict === "skipped")).toBe(true);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |node:internal|file:\/\/|TypeError/);
    expect(run.stderr).toBe(`modulex-contract: could not start: ${report.fatal}\n`);
  }, 60_000);

  test("a server that goes away mid-run: exit 2, the report so far on stdout, the reason in one line on stderr (with --quiet: no progress)", async () => {
    await server.mock.reset();
    const dying = await startRelay(server.url);
    let answered = 0;
    dying.rewrite = (_request, _status, body) => {
      if (++answered === 40) setImmediate(() => void dying.close());
      return body;
    };
    try {
      const run = await runCli(["--base-url", dying.url, "--org", DEMO.orgs.acme, "--no-rate-limit", "--quiet"], keys);
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(
        /\*\*FAIL\*\* — the run stopped early: cannot reach the server: [A-Z]+ http:\/\/127\.0\.0\.1:\d+\/\S+ failed with ECONNREFUSED/,
      );
      expect(run.stdout).toMatch(/## Checks/);
      const lines = run.stderr.split("\n").filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^modulex-contract: the run stopped early: cannot reach the server: /);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at |node:internal|file:\/\//);
    } finally {
      await dying.close();
    }
  }, 60_000);

  test.each([
    [
      "an unknown key",
      "mx_live_UnknownKeyForTheCliTest00000000000000000",
      DEMO.orgs.acme,
      /^the --api-key was refused: GET http:\/\/127\.0\.0\.1:\d+\/me answered 401$/,
    ],
    ["a malformed key", "not-a-key", DEMO.orgs.acme, /^the --api-key was refused: GET .*\/me answered 401$/],
    [
      "an admin's key",
      DEMO.keys.admin,
      DEMO.orgs.acme,
      /^the --api-key is not an owner of --org 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60: its user's role there is 'admin'$/,
    ],
    ["an outsider's key", DEMO.keys.outsider, DEMO.orgs.acme, /: its user is not a member of that organization/],
    [
      "an unknown organization",
      DEMO.keys.owner,
      "11111111-2222-4333-8444-555555555555",
      /^the --api-key is not an owner of --org 11111111-2222-4333-8444-555555555555: its user is not a member/,
    ],
  ])(
    "%s: exit 2 after one request, one line on stderr, no key printed",
    async (_name, key, org, reason) => {
      await server.mock.reset();
      const text = await runCli(["--base-url", server.url, "--org", org], { MODULEX_CONTRACT_API_KEY: key });
      expect([text.code, text.stdout]).toEqual([2, ""]);
      expect(text.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      expect(text.stderr.replace(/^modulex-contract: could not start: /, "").trim()).toMatch(reason);
      const json = await runCli(["--base-url", server.url, "--org", org, "--json"], { MODULEX_CONTRACT_API_KEY: key });
      const report = JSON.parse(json.stdout);
      expect([json.code, report.started, report.requests]).toEqual([2, false, 1]);
      expect(report.fatal).toMatch(reason);
      // The one response the runner saw was checked against the spec and conforms.
      expect(report.failures).toEqual([]);
      expect(text.stdout + text.stderr + json.stdout + json.stderr).not.toContain(key);
    },
    60_000,
  );
});
