// npm run bench (issue 11): every performance figure of the kit, each printed beside its baseline
// measured in this same run, with the goal's ratio and whether it is met. Bounded: each load run
// lasts a few seconds, every server is started and stopped here, on 127.0.0.1 only.
// Not part of npm test, and it asserts nothing: it exits 0 whatever the figures (2 on a crash).
//   node scripts/bench/run.mjs [--quick]     (needs npm run build)
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { repo, startBare, startBareWrites, startMock, startPrism } from "./servers.mjs";
import { benchSdk } from "./sdk.mjs";
import { sdkGzipSize } from "./size.mjs";
import { pathToFileURL } from "node:url";

const quick = process.argv.includes("--quick");
const DURATION = quick ? 2 : 5;
const CONNECTIONS = 10;
const KEY = "mx_live_DemoOwnerKey0000000000000000000000000000";
const ORG = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
const OWNER = "5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b";
const CRED = "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e";
const auth = { Authorization: `Bearer ${KEY}`, "X-Organization-ID": ORG };
const UNLIMITED = {
  per_key_per_minute: 1_000_000_000,
  per_user_per_minute: 1_000_000_000,
  per_org_per_minute: 1_000_000_000,
};

const demo = JSON.parse(readFileSync(join(repo, "mock-server/seeds/demo.json"), "utf8"));
const fastSeed = { ...demo, rate_limits: UNLIMITED };
const bigSeed = {
  ...fastSeed,
  credentials: [
    ...demo.credentials,
    ...Array.from({ length: 10_000 }, (_, i) => ({
      credential_id: randomUUID(),
      organization_id: ORG,
      created_by: OWNER,
      integration_name: "tavily",
      auth_type: "api_key",
      auth_data: { api_key: `tvly-bench-${String(i).padStart(8, "0")}` },
      display_name: `Bench ${i}`,
      created_at: "2026-01-19T12:00:00Z",
    })),
  ],
};

const dir = mkdtempSync(join(tmpdir(), "modulex-bench-"));
const rows = [];
/** One line of the final table: a figure, its baseline, the ratio, and the goal. */
function report(name, value, unit, baseline, ratio, goal, met) {
  rows.push({
    name,
    value: `${value} ${unit}`,
    baseline,
    ratio,
    goal,
    status: met === null ? "-" : met ? "met" : "NOT met",
  });
}

async function load(url, path, { method = "GET", headers = auth, body } = {}) {
  const result = await autocannon({
    url: `${url}${path}`,
    method,
    headers: { ...headers, ...(body ? { "Content-Type": "application/json" } : {}) },
    body,
    connections: CONNECTIONS,
    duration: DURATION,
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > result.requests.total / 100)
    throw new Error(`${url}${path}: ${bad} of ${result.requests.total} answers were not 2xx`);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99 };
}

/** Milliseconds from spawning a server to its first answered GET /integrations (median of rounds). */
async function coldStart(start, rounds) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const server = await start();
    const response = await fetch(`${server.url}/integrations`, { headers: auth });
    await response.arrayBuffer();
    times.push(performance.now() - server.startedAt);
    await server.stop();
  }
  return Math.round(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
}

/** Sequential create + delete pairs per second for `seconds`. */
async function writePairs(url, seconds, { create, remove }) {
  const until = performance.now() + seconds * 1000;
  let pairs = 0;
  while (performance.now() < until) {
    const created = await fetch(`${url}/credentials`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify(create(pairs)),
    });
    if (created.status !== 201) throw new Error(`create answered ${created.status}: ${await created.text()}`);
    const id = (await created.json()).credential_id;
    const deleted = await fetch(`${url}/credentials/${remove(id)}`, { method: "DELETE", headers: auth });
    await deleted.arrayBuffer();
    if (deleted.status !== 204) throw new Error(`delete answered ${deleted.status}`);
    pairs++;
  }
  return Math.round(pairs / seconds);
}

try {
  console.log(
    `npm run bench${quick ? " --quick" : ""}: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; autocannon, ${CONNECTIONS} connections, ${DURATION} s per figure\n`,
  );

  // 1. Authenticated GET by id: our mock, Prism's static mock, and bare node:http with our bytes.
  const mock = await startMock(dir, fastSeed);
  const sample = await fetch(`${mock.url}/credentials/${CRED}`, { headers: auth });
  const sampleBody = await sample.text();
  const bare = await startBare(dir, 200, { "Content-Type": "application/json" }, sampleBody);
  const prism = await startPrism();
  const limit = await load(bare.url, `/credentials/${CRED}`);
  const prismGet = await load(prism.url, `/credentials/${CRED}`);
  const ours = await load(mock.url, `/credentials/${CRED}`);
  await bare.stop();
  report(
    "mock GET /credentials/{id}",
    ours.rps,
    `req/s (p99 ${ours.p99} ms)`,
    `Prism ${prismGet.rps} req/s`,
    `${(ours.rps / prismGet.rps).toFixed(2)}x Prism`,
    "≥ 5x Prism",
    ours.rps >= 5 * prismGet.rps,
  );
  report(
    "",
    "",
    "",
    `bare node:http ${limit.rps} req/s`,
    `${((ours.rps / limit.rps) * 100).toFixed(1)}% of bare`,
    "≥ 30% of bare",
    ours.rps >= 0.3 * limit.rps,
  );

  // 2. Writes: sequential create + delete pairs, against Prism's (stateless) answers to the same.
  const create = (i) => ({
    integration_name: "tavily",
    auth_data: { api_key: `tvly-bench-write-${i}` },
    display_name: `W ${i}`,
  });
  const oursWrites = await writePairs(mock.url, DURATION, { create, remove: (id) => id });
  const prismWrites = await writePairs(prism.url, DURATION, { create, remove: () => CRED });
  const bareWrites = await startBareWrites(dir, JSON.stringify({ credential_id: CRED }));
  const clientLimit = await writePairs(bareWrites.url, DURATION, { create, remove: (id) => id });
  await bareWrites.stop();
  report(
    "mock create+delete pairs, sequential",
    oursWrites,
    "pairs/s",
    `Prism ${prismWrites} pairs/s`,
    `${(oursWrites / prismWrites).toFixed(2)}x Prism`,
    "≥ 5x the issue's baseline (none in-run)",
    null,
  );
  report(
    "",
    "",
    "",
    `bare node:http ${clientLimit} pairs/s`,
    `${((oursWrites / clientLimit) * 100).toFixed(1)}% of bare`,
    "(the client loop's own limit)",
    null,
  );
  await prism.stop();
  await mock.stop();

  // 3. Cold start to the first answer, demo seed: ours against Prism's.
  const rounds = quick ? 1 : 3;
  const oursCold = await coldStart(() => startMock(dir, fastSeed), rounds);
  const prismCold = await coldStart(() => startPrism(), rounds);
  report(
    "cold start, demo seed",
    oursCold,
    "ms to first answer",
    `Prism ${prismCold} ms`,
    `${(oursCold / prismCold).toFixed(2)}x Prism`,
    "≤ 300 ms",
    oursCold <= 300,
  );

  // 4. 10,000 credentials in one organization: start, a big page, and a lookup by id.
  const bigCold = await coldStart(() => startMock(dir, bigSeed, "big.json"), 1);
  report(
    "cold start, 10,000 credentials",
    bigCold,
    "ms",
    `demo seed ${oursCold} ms`,
    `${(bigCold / oursCold).toFixed(1)}x demo`,
    "≤ 1000 ms",
    bigCold <= 1000,
  );
  const big = await startMock(dir, bigSeed, "big.json");
  // The credential seeded last: a lookup that scanned would test all 10,000 before it.
  const bigGet = await load(big.url, `/credentials/${bigSeed.credentials.at(-1).credential_id}`);
  const bigWrites = await writePairs(big.url, DURATION, { create, remove: (id) => id });
  const bigPage = await load(big.url, "/credentials?limit=500&integration_name=tavily");
  await big.stop();
  report(
    "GET by id with 10,000 credentials",
    bigGet.rps,
    "req/s",
    `demo seed ${ours.rps} req/s`,
    `${(bigGet.rps / ours.rps).toFixed(2)}x demo`,
    "≈ 1x (O(1) by id)",
    bigGet.rps >= 0.8 * ours.rps,
  );
  report(
    "create+delete pairs with 10,000 credentials",
    bigWrites,
    "pairs/s",
    `demo seed ${oursWrites} pairs/s`,
    `${(bigWrites / oursWrites).toFixed(2)}x demo`,
    "≈ 1x (no cost per stored credential)",
    bigWrites >= 0.8 * oursWrites,
  );
  report(
    "GET /credentials?limit=500 (10,000)",
    bigPage.rps,
    `req/s (p99 ${bigPage.p99} ms)`,
    "-",
    "-",
    "page cost, not size",
    null,
  );

  // 5. The same core in process (mock.handle, what setupServer and the browser worker call):
  //    a GET by id costs no more than the standalone server spends on one (1 / its req/s).
  const { createMock } = await import(pathToFileURL(join(repo, "mock-server/dist/index.js")).href);
  const inProcess = await createMock({ seed: fastSeed });
  const get = () => inProcess.handle(new Request(`https://api.modulex.dev/credentials/${CRED}`, { headers: auth }));
  const probe = await get();
  if (probe.status !== 200) throw new Error(`mock.handle answered ${probe.status}: ${await probe.text()}`);
  const calls = quick ? 5_000 : 20_000;
  // Warmed up as the server is by its first seconds of load: the first few thousand calls compile.
  for (let i = 0; i < 5_000; i++) await (await get()).arrayBuffer();
  const started = performance.now();
  for (let i = 0; i < calls; i++) await (await get()).arrayBuffer();
  const perCall = ((performance.now() - started) * 1000) / calls;
  const perServed = 1e6 / ours.rps;
  report(
    "mock.handle GET by id, in process",
    perCall.toFixed(1),
    "µs/call",
    `standalone ${perServed.toFixed(1)} µs/request`,
    `${(perCall / perServed).toFixed(2)}x standalone`,
    "≤ 1x (the same core, just as fast)",
    perCall <= perServed,
  );

  // 6. The SDK per call and its case conversion, in this process on an in-memory fetch.
  const { call, conversion } = await benchSdk({ quick });
  report(
    "SDK credentials.retrieve",
    call.sdk.toFixed(1),
    "µs/call",
    `openapi-fetch ${call.openapiFetch.toFixed(1)} µs`,
    `${call.ratio.sdk.toFixed(2)}x openapi-fetch`,
    "≤ 1.2x openapi-fetch",
    call.ratio.sdk <= 1.2,
  );
  report(
    "",
    "",
    "",
    `fetch + JSON.parse ${call.fetchJson.toFixed(1)} µs`,
    `${(call.ratio.sdk / call.ratio.fetchJson).toFixed(2)}x`,
    "-",
    null,
  );
  // The conversion alone: what parse + convert costs beyond parse, per round, against parse.
  const convert = conversion.parseAndConvert - conversion.parse;
  const convertRatio = conversion.ratio.parseAndConvert - 1;
  report(
    "case conversion, 500 credentials",
    (convert / 1000).toFixed(2),
    "ms",
    `JSON.parse ${(conversion.parse / 1000).toFixed(2)} ms`,
    `${convertRatio.toFixed(2)}x JSON.parse`,
    "≤ 1.5x JSON.parse",
    convertRatio <= 1.5,
  );

  // 7. The SDK's size with its dependency.
  const size = await sdkGzipSize();
  report(
    "SDK + openapi-fetch, gzip",
    size.sdk,
    "B",
    `openapi-fetch ${size.base} B`,
    `${(size.sdk / size.base).toFixed(2)}x`,
    "≤ 8000 B",
    size.sdk <= 8000,
  );

  const cols = ["name", "value", "baseline", "ratio", "goal", "status"];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => String(r[c]).length))]));
  const line = (r) =>
    cols
      .map((c) => String(r[c]).padEnd(width[c]))
      .join("  ")
      .trimEnd();
  console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
  for (const r of rows) console.log(line(r));
  const judged = rows.filter((r) => r.status !== "-");
  console.log(`\n${judged.filter((r) => r.status === "met").length} of ${judged.length} goals met`);
} catch (error) {
  console.error(error);
  process.exitCode = 2;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
