// The servers the benchmark compares, each a child process on 127.0.0.1 with a free port, so the
// load generator (this process) and the server do not share an event loop.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repo = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(repo, "mock-server/dist/cli.js");
const PRISM = join(repo, "node_modules/.bin/prism");

/** Starts a process and resolves once a line of its output matches `ready` (its URL in group 1). */
export function startProcess(command, args, ready, { timeoutMs = 60_000, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: repo,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", ...env },
    });
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${command} did not start within ${timeoutMs} ms:\n${out.slice(-2000)}`));
    }, timeoutMs);
    const onData = (chunk) => {
      out += chunk;
      const url = out.match(ready)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      child.stderr.off("data", onData);
      child.stdout.resume();
      child.stderr.resume();
      resolve({ url, startedAt: started, stop: () => stop(child) });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before it was ready:\n${out.slice(-2000)}`));
    });
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}

/**
 * The mock's CLI (this build's, or `cli`: the mock) with a seed file written to `dir`
 * (rate limits raised so the limiter never answers).
 */
export function startMock(dir, seed, name = "seed.json", cli = CLI) {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(seed));
  return startProcess(
    process.execPath,
    [cli, "--port", "0", "--seed", file],
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
  );
}

/** Prism's static mock of the public spec (no auth, no state): the peer to beat. */
export function startPrism() {
  return startProcess(
    PRISM,
    [
      "mock",
      "--host",
      "127.0.0.1",
      "--port",
      String(40_000 + Math.floor(Math.random() * 20_000)),
      join(repo, "openapi/modulex.yaml"),
    ],
    /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/,
  );
}

/**
 * A bare node:http server answering a create (POST) with 201 and `created`, anything else with
 * 204: the most create + delete pairs this machine's client loop can make.
 */
export function startBareWrites(dir, created) {
  const file = join(dir, "bare-writes.mjs");
  writeFileSync(
    file,
    `import { createServer } from "node:http";
const created = Buffer.from(${JSON.stringify(created)});
const server = createServer((req, res) => {
  req.resume();
  if (req.method === "POST") res.writeHead(201, { "Content-Type": "application/json" }).end(created);
  else res.writeHead(204).end();
});
server.listen(0, "127.0.0.1", () => console.log("listening on http://127.0.0.1:" + server.address().port));`,
  );
  return startProcess(process.execPath, [file], /listening on (http:\/\/127\.0\.0\.1:\d+)/);
}

/** A bare node:http server answering every request with the same bytes: the machine's limit. */
export function startBare(dir, status, headers, body) {
  const file = join(dir, "bare.mjs");
  writeFileSync(
    file,
    `import { createServer } from "node:http";
const body = Buffer.from(${JSON.stringify(body)});
const headers = ${JSON.stringify(headers)};
const server = createServer((req, res) => { req.resume(); res.writeHead(${status}, headers); res.end(body); });
server.listen(0, "127.0.0.1", () => console.log("listening on http://127.0.0.1:" + server.address().port));`,
  );
  return startProcess(process.execPath, [file], /listening on (http:\/\/127\.0\.0\.1:\d+)/);
}
