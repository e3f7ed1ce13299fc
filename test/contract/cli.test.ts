// The built `modulex-contract` bin, as a backend team runs it: over real HTTP, keys from the
// environment, exit code 0 on a conforming server, 1 on a broken one, 2 when it cannot run.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO } from "../../mock-server/src/index.js";
import { startServer, type RunningServer } from "../../mock-server/src/node.js";
import { unexpectedFailures } from "./knownMockFindings.js";
import { startRelay, type Relay } from "./relay.js";

const CLI = join(import.meta.dirname, "../../packages/contract/dist/cli.js");

function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
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

describe("the modulex-contract CLI", () => {
  let server: RunningServer;
  let relay: Relay;
  const keys = { MODULEX_CONTRACT_API_KEY: DEMO.keys.owner, MODULEX_CONTRACT_MEMBER_KEY: DEMO.keys.member, MODULEX_CONTRACT_OUTSIDER_KEY: DEMO.keys.outsider };
  const args = (url: string) => ["--base-url", url, "--org", DEMO.orgs.acme, "--other-org", DEMO.orgs.globex, "--runs", "1", "--no-rate-limit", "--json"];

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

  test("exit 1 when the server breaks the contract, with the check named", async () => {
    await server.mock.reset();
    relay.rewrite = (request, status, body) =>
      request.method === "GET" && request.path.startsWith("/integrations") && status === 200 ? body.replace(/"integration_type":"tool"/g, '"integration_type":"gadget"') : body;
    try {
      const { code, stdout } = await runCli(args(relay.url), keys);
      const report = JSON.parse(stdout);
      expect(code).toBe(1);
      expect(report.checks.find((c: { name: string }) => c.name === "response_schema_conformance").failed).toBeGreaterThan(0);
    } finally {
      relay.rewrite = null;
    }
  }, 120_000);

  test("exit 2 on a usage error or a server that cannot be reached", async () => {
    const usage = await runCli(["--org", DEMO.orgs.acme]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing --base-url, --api-key/);
    const unreachable = await runCli(["--base-url", "http://127.0.0.1:9", "--org", DEMO.orgs.acme, "--no-rate-limit"], keys);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stdout).toMatch(/the run stopped/);
  }, 60_000);
});
