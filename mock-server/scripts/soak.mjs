#!/usr/bin/env node
// Soak: runs the standalone mock (the built dist/cli.js, on 127.0.0.1 with a random master key) for
// a bounded time under credential churn, OAuth2-start and consent floods, fault arming, resets and
// clients that stop reading the state dump, and prints the server's RSS at intervals. Its memory
// must level off (docs/decisions/052, docs/mock.md). It prints figures; it asserts nothing.
//
//   npm run soak -w mock-server -- [--minutes 5] [--interval 15] [--workers 6] [--reset-every 20] [--cli path/to/cli.js]
//
// --reset-every 0 never resets, so the caps alone must hold the tables. --cli runs another build (e.g. a copy of an older dist/) to compare in the same way. Loopback only.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "5" },
    interval: { type: "string", default: "15" },
    workers: { type: "string", default: "6" },
    "reset-every": { type: "string", default: "20" },
    cli: { type: "string", default: fileURLToPath(new URL("../dist/cli.js", import.meta.url)) },
  },
});
const minutes = Math.min(60, Math.max(0.1, Number(values.minutes)));
const intervalMs = Math.max(1, Number(values.interval)) * 1000;
const workers = Math.min(32, Math.max(1, Number(values.workers)));
const resetMs = Math.max(0, Number(values["reset-every"])) * 1000;

const OWNER_KEY = "mx_live_DemoOwnerKey0000000000000000000000000000";
const ACME = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
const api = { Authorization: `Bearer ${OWNER_KEY}`, "X-Organization-ID": ACME };
const json = { ...api, "Content-Type": "application/json" };

// The demo seed with limits out of the way: the soak measures memory, not the rate limiter.
const seed = JSON.parse(readFileSync(new URL("../seeds/demo.json", import.meta.url), "utf8"));
seed.rate_limits = { per_key_per_minute: 1e9, per_user_per_minute: 1e9, per_org_per_minute: 1e9 };
const seedFile = join(mkdtempSync(join(tmpdir(), "mx-soak-")), "seed.json");
writeFileSync(seedFile, JSON.stringify(seed));

const child = spawn(process.execPath, [values.cli, "--port", "0", "--host", "127.0.0.1", "--seed", seedFile], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, MODULEX_MOCK_MASTER_KEY: "" },
});
const base = await new Promise((resolve, reject) => {
  let out = "";
  child.stdout.on("data", (d) => {
    out += d;
    const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (m) resolve(m[1]);
  });
  child.once("exit", (code) => reject(new Error(`the mock exited (${code}) before it listened`)));
});
child.stdout.resume();
const { port } = new URL(base);

/** The server's resident set in MiB: /proc on Linux, ps elsewhere. */
function rssMiB() {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1]);
    if (kb) return kb / 1024;
  } catch {
    // not Linux
  }
  return NaN;
}

const counts = { requests: 0, errors: 0, statuses: new Map() };
async function call(method, path, headers = {}, body) {
  counts.requests++;
  try {
    const r = await fetch(`${base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: "manual",
    });
    counts.statuses.set(r.status, (counts.statuses.get(r.status) ?? 0) + 1);
    const text = await r.text();
    return {
      status: r.status,
      headers: r.headers,
      body: text && r.headers.get("content-type")?.includes("json") ? JSON.parse(text) : undefined,
    };
  } catch {
    counts.errors++;
    return { status: 0, headers: new Headers(), body: undefined };
  }
}

const deadline = Date.now() + minutes * 60_000;
const running = () => Date.now() < deadline;
/** Waits `ms`, or until the deadline if that comes first. */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(ms, deadline - Date.now()))));

/** Create, read masked, delete: the credential churn a UI test suite produces. */
async function churn(i) {
  const created = await call("POST", "/credentials", json, {
    integration_name: "tavily",
    display_name: `soak ${i}`,
    auth_data: { api_key: `tvly-soak-${i}-0000000000` },
  });
  const id = created.body?.credential_id;
  if (!id) return;
  await call("GET", `/credentials/${id}?include_masked=true`, api);
  await call("POST", `/credentials/${id}/test`, api);
  await call("DELETE", `/credentials/${id}`, api);
}

/** OAuth2 connections started and never finished, and the provider's unauthenticated consent screen hit again and again. */
async function oauthFlood(i) {
  const started = await call("POST", "/credentials/oauth2/authorize", json, {
    integration_name: "github",
    redirect_uri: "http://localhost:5173/cb",
  });
  const url = started.body?.authorization_url;
  if (!url) return;
  const consent = new URL(url);
  for (let k = 0; k < 5; k++) await call("GET", `${consent.pathname}${consent.search}`);
  if (i % 10 === 0) {
    const again = await call("GET", `${consent.pathname}${consent.search}`);
    const code = again.headers.get("location") && new URL(again.headers.get("location")).searchParams.get("code");
    if (code) {
      const done = await call("POST", "/credentials/oauth2/callback", json, { state: started.body.state, code });
      if (done.body?.credential_id) await call("DELETE", `/credentials/${done.body.credential_id}`, api);
    }
  }
}

/** Faults armed past the cap, then cleared. */
async function faultFlood(i) {
  for (let k = 0; k < 20; k++)
    await call(
      "POST",
      "/__mock/faults",
      { "Content-Type": "application/json" },
      { path: `/nowhere/${i}/${k}`, count: 1000 },
    );
  await call("GET", "/me", api);
  if (i % 8 === 0) await call("DELETE", "/__mock/faults");
}

/** Clients that ask for the state dump and never read it, for a few seconds. */
async function stalledReaders() {
  const sockets = Array.from({ length: 10 }, () => {
    const socket = connect(Number(port), "127.0.0.1");
    socket.on("error", () => {});
    socket.pause();
    socket.write(`GET /__mock/state HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    return socket;
  });
  await pause(5000);
  for (const socket of sockets) socket.destroy();
}

async function worker(n) {
  for (let i = 0; running(); i++) {
    const job = (n + i) % 4;
    if (job === 0 || job === 1) await churn(`${n}-${i}`);
    else if (job === 2) await oauthFlood(i);
    else await faultFlood(i);
  }
}

async function resets() {
  while (resetMs && running()) {
    await pause(resetMs);
    if (running()) await call("POST", "/__mock/reset");
  }
}

async function stalls() {
  while (running()) {
    await stalledReaders();
    await pause(10_000);
  }
}

async function tableSizes() {
  const r = await call("GET", "/__mock/state");
  const s = r.body ?? {};
  return `sessions ${s.oauth_sessions?.length ?? "?"}, codes ${s.oauth_codes?.length ?? "?"}, audit ${s.audit_events?.length ?? "?"}, credentials ${s.credentials?.length ?? "?"}`;
}

const started = Date.now();
const samples = [];
console.log(
  `soak: ${minutes} min against ${values.cli} (pid ${child.pid}), ${workers} workers, ${resetMs ? `resets every ${resetMs / 1000} s` : "no resets"}`,
);
console.log("time      RSS MiB   requests   tables");
const sample = async () => {
  const rss = rssMiB();
  samples.push(rss);
  const t = `${Math.round((Date.now() - started) / 1000)}s`.padEnd(9);
  console.log(`${t} ${rss.toFixed(0).padStart(7)}   ${String(counts.requests).padStart(8)}   ${await tableSizes()}`);
};
await sample();
const sampler = setInterval(() => void sample(), intervalMs);
await Promise.all([...Array.from({ length: workers }, (_, n) => worker(n)), resets(), stalls()]);
clearInterval(sampler);
await sample();
child.kill("SIGTERM");

const half = samples.slice(Math.floor(samples.length / 2));
const statuses = [...counts.statuses]
  .sort(([a], [b]) => a - b)
  .map(([s, n]) => `${s}: ${n}`)
  .join(", ");
console.log(
  `\nrequests: ${counts.requests} (${(counts.requests / (minutes * 60)).toFixed(0)}/s), transport errors: ${counts.errors}; statuses ${statuses}`,
);
console.log(
  `RSS MiB: start ${samples[0].toFixed(0)}, peak ${Math.max(...samples).toFixed(0)}, end ${samples.at(-1).toFixed(0)}; second half ${Math.min(...half).toFixed(0)}–${Math.max(...half).toFixed(0)}`,
);
