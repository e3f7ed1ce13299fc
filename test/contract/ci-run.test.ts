// modulex-contract in a real team's CI: the built CLI as a subprocess, against the standalone mock
// behind a relay that adds latency (a staging server across a network). Interrupted, it cleans up
// and reports; a generous rate limit stays within the budget; progress goes to stderr while stdout
// stays the report; a failure comes with a curl that reproduces it; cleanup removes exactly what
// a crashed run left.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEMO, demoSeed } from "../../mock-server/src/index.js";
import { startServer, type RunningServer } from "../../mock-server/src/node.js";
import { startRelay, type Relay } from "./helpers/relay.js";

const CLI = join(import.meta.dirname, "../../packages/contract/dist/cli.js");
const LATENCY_MS = 35;

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI; `until` may act on it (send a signal) once stderr shows what it waits for. */
function runCli(
  args: string[],
  env: Record<string, string>,
  until?: { stderr: RegExp; act: (child: ChildProcess) => void },
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let acted = false;
    child.stdout!.on("data", (c) => (stdout += c));
    child.stderr!.on("data", (c) => {
      stderr += c;
      if (until && !acted && until.stderr.test(stderr)) {
        acted = true;
        until.act(child);
      }
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 150_000);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

interface StoredCredential {
  credential_id: string;
  display_name: string;
  organization_id: string;
}
const credentialsOf = (server: RunningServer) =>
  (server.mock.state() as unknown as { credentials: StoredCredential[] }).credentials;
const tagged = (server: RunningServer) =>
  credentialsOf(server)
    .filter((c) => c.display_name.startsWith("modulex-contract"))
    .map((c) => c.credential_id);

describe("modulex-contract in CI, against a server 35 ms away", () => {
  let server: RunningServer;
  let relay: Relay;
  let env: Record<string, string>;
  const args = (url: string) => [
    "--base-url",
    url,
    "--org",
    DEMO.orgs.acme,
    "--other-org",
    DEMO.orgs.globex,
    "--runs",
    "1",
    "--json",
  ];

  beforeAll(async () => {
    server = await startServer({ port: 0 });
    relay = await startRelay(server.url);
    relay.delayMs = LATENCY_MS;
    env = {
      MODULEX_CONTRACT_API_KEY: DEMO.keys.owner,
      MODULEX_CONTRACT_JWT: await server.mock.signIn(DEMO.users.owner.email, { expiresInSeconds: 3600 }),
      MODULEX_CONTRACT_OUTSIDER_KEY: DEMO.keys.outsider,
      MODULEX_CONTRACT_MEMBER_KEY: DEMO.keys.member,
    };
  });
  afterAll(async () => {
    await relay?.close();
    await server?.close();
  });

  test("SIGINT mid-run: it stops sending, deletes what it created, prints the partial report and exits 130", async () => {
    await server.mock.reset();
    const before = credentialsOf(server)
      .map((c) => c.credential_id)
      .sort();
    const run = await runCli([...args(relay.url), "--no-rate-limit"], env, {
      stderr: /generated requests …/,
      act: (child) => setTimeout(() => child.kill("SIGINT"), 1500),
    });
    expect(run.code).toBe(130);
    const report = JSON.parse(run.stdout);
    expect(report.stopped).toEqual({ reason: "SIGINT", phase: "generated requests" });
    expect(report.ok).toBe(false);
    expect(run.stderr).toMatch(/SIGINT: stopping; deleting what the run created/);
    expect(run.stderr).toMatch(/modulex-contract: cleanup done/);
    expect(tagged(server)).toEqual([]);
    expect(
      credentialsOf(server)
        .map((c) => c.credential_id)
        .sort(),
    ).toEqual(before);
    for (const key of Object.values(env)) expect(run.stdout + run.stderr).not.toContain(key);
  }, 150_000);

  test("progress: a line per phase on stderr (plain, no colour: not a TTY), while stdout under --json is the report only", async () => {
    await server.mock.reset();
    const run = await runCli(
      [...args(server.url), "--no-rate-limit", "--include-operation", "Identity,Integrations"],
      env,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout); // stdout parses: nothing but the report
    expect(report.skippedOperations.length).toBeGreaterThan(10);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^modulex-contract: discovery … \(requests 0, failures 0, \d+\.\ds\)$/);
    expect(lines).toContain(
      lines.find((l) => /^modulex-contract: generated requests done \(requests \d+, failures 0, \d+\.\ds\)$/.test(l)),
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
    expect(run.stderr).not.toMatch(/\u001b\[/);
    const quiet = await runCli(
      [...args(server.url), "--no-rate-limit", "--include-operation", "Identity,Integrations", "--quiet"],
      env,
    );
    expect(quiet.stderr).toBe("");
  }, 150_000);

  test("a server that drops a required field: exit 1, and the failure's curl, run with the documented variables, shows the same broken answer", async () => {
    await server.mock.reset();
    relay.rewrite = (request, status, body) =>
      request.method === "GET" && /^\/credentials\/[0-9a-f-]{36}(\?|$)/.test(request.path) && status === 200
        ? JSON.stringify({ ...JSON.parse(body), auth_type: undefined })
        : body;
    try {
      const run = await runCli(
        [...args(relay.url), "--no-rate-limit", "--include-operation", "Identity,Integrations,Credentials"],
        env,
      );
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout);
      const failure = report.failures.find(
        (f: { check: string; operationId: string }) =>
          f.check === "response_schema_conformance" && f.operationId === "getCredential",
      );
      expect(failure.message).toMatch(/missing required field 'auth_type'/);
      expect(failure.curl).toContain("$MODULEX_CONTRACT_API_KEY");
      expect(failure.curl).not.toContain(DEMO.keys.owner);
      // The credential it read was deleted by the run; point the same command at one that exists.
      const curl = failure.curl.replace(/\/credentials\/[0-9a-f-]{36}/, `/credentials/${DEMO.credentials.acmeSlack}`);
      // Asynchronously: the relay that curl talks to runs in this process.
      const replay = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        let stdout = "";
        const child = spawn("bash", ["-c", curl], {
          env: { ...process.env, ...env },
          stdio: ["ignore", "pipe", "inherit"],
        });
        child.stdout.on("data", (c) => (stdout += c));
        child.once("exit", (code) => resolve({ code, stdout }));
      });
      expect(replay.code).toBe(0);
      const [head, body] = replay.stdout.split(/\r?\n\r?\n/);
      expect(head).toMatch(/^HTTP\/1\.1 200/);
      const answered = JSON.parse(body!);
      expect(answered.credential_id).toBe(DEMO.credentials.acmeSlack);
      expect(answered).not.toHaveProperty("auth_type");
    } finally {
      relay.rewrite = null;
    }
  }, 150_000);

  test("cleanup removes exactly what a crashed run left, and nothing else", async () => {
    await server.mock.reset();
    // Someone's own credential, whose name merely mentions the tool: it must survive.
    const mine = await fetch(`${server.url}/credentials`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${DEMO.keys.owner}`,
        "x-organization-id": DEMO.orgs.acme,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        integration_name: "tavily",
        display_name: "Tavily for the modulex-contract team",
        auth_data: { api_key: "tvly-not-a-leftover-01" },
      }),
    });
    expect(mine.status).toBe(201);
    const kept = credentialsOf(server)
      .map((c) => c.credential_id)
      .sort();
    const crashed = await runCli([...args(relay.url), "--no-rate-limit"], env, {
      stderr: /generated requests …/,
      act: (child) => setTimeout(() => child.kill("SIGKILL"), 1500),
    });
    expect(crashed.signal).toBe("SIGKILL");
    const left = tagged(server);
    expect(left.length).toBeGreaterThan(0);

    const cleanupArgs = ["cleanup", "--base-url", server.url, "--org", DEMO.orgs.acme, "--other-org", DEMO.orgs.globex];
    const dry = await runCli(cleanupArgs, env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/record\(s\) left by earlier runs \(dry run: nothing deleted; --yes deletes them\)/);
    for (const id of left) expect(dry.stdout).toContain(id);
    expect(tagged(server)).toEqual(left);

    const wet = await runCli([...cleanupArgs, "--yes"], env);
    expect(wet.code).toBe(0);
    expect(tagged(server)).toEqual([]);
    expect(
      credentialsOf(server)
        .map((c) => c.credential_id)
        .sort(),
    ).toEqual(kept);
    const liveRunKeys = (
      server.mock.state() as unknown as { api_keys: Array<{ name: string; revoked_at: string | null }> }
    ).api_keys.filter((k) => k.name.startsWith("modulex-contract") && !k.revoked_at);
    expect(liveRunKeys).toEqual([]);
    expect((await runCli(cleanupArgs, env)).stdout).toMatch(/nothing left by earlier runs/);
  }, 150_000);
});

describe("a generous rate limit", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      port: 0,
      seed: { ...demoSeed, rate_limits: { per_key_per_minute: 100_000, per_user_per_minute: 100_000 } },
    });
  });
  afterAll(async () => server?.close());

  test("100,000 a minute: the run stays within --max-requests and says why it skipped the 429 phase", async () => {
    const jwt = await server.mock.signIn(DEMO.users.owner.email);
    const run = await runCli(
      ["--base-url", server.url, "--org", DEMO.orgs.acme, "--runs", "1", "--json", "--max-requests", "3000"],
      { MODULEX_CONTRACT_API_KEY: DEMO.keys.owner, MODULEX_CONTRACT_JWT: jwt },
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.requests).toBeLessThanOrEqual(3000);
    expect(report.notes.join("\n")).toMatch(
      /the 429 phase was skipped: X-RateLimit-Limit is 100000, .* raise --max-requests to run it/,
    );
  }, 150_000);
});
