// npm run bench (issue 11): every performance figure of the kit, each printed beside its baseline
// measured in this same run, with the goal's ratio and whether it is met. Bounded: each load run
// lasts a few seconds, every server is started and stopped here, on 127.0.0.1 only.
// Not part of npm test, and it asserts nothing: it exits 0 whatever the figures (2 on a crash).
//   node scripts/bench/run.mjs [--quick]     (needs npm run build)
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { repo, startBare, startBareWrites, startMock, startPrism } from "./servers.mjs";
import { benchSdk } from "./sdk.mjs";
import { sdkGzipSize } from "./size.mjs";
import { interleaved } from "./rounds.mjs";
import { ISSUE_COMMIT, issueMockCli } from "./issue-mock.mjs";
import { pathToFileURL } from "node:url";

const quick = process.argv.includes("--quick");
const DURATION = quick ? 2 : 5;
/**
 * Servers compared are loaded in turn, ROUNDS times for ROUND_SECONDS each, and a ratio is the
 * median of its per-round ratios: on a shared machine the speed drifts from one minute to the
 * next, and two figures measured side by side share the drift, two measured a minute apart do not.
 */
const ROUNDS = quick ? 2 : 5;
const ROUND_SECONDS = quick ? 1 : 2;
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

async function load(url, path, { method = "GET", headers = auth, body, duration = DURATION } = {}) {
  const result = await autocannon({
    url: `${url}${path}`,
    method,
    headers: { ...headers, ...(body ? { "Content-Type": "application/json" } : {}) },
    body,
    connections: CONNECTIONS,
    duration,
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > result.requests.total / 100)
    throw new Error(`${url}${path}: ${bad} of ${result.requests.total} answers were not 2xx`);
  return { rps: Math.round(result.requests.average), p99: result.latency.p99 };
}

/** Milliseconds from spawning a server to its first answered GET /integrations. */
async function coldStart(start) {
  const server = await start();
  const response = await fetch(`${server.url}/integrations`, { headers: auth });
  await response.arrayBuffer();
  const ms = Math.round(performance.now() - server.startedAt);
  await server.stop();
  return ms;
}

/** One request on a kept-alive connection: { status, text }. */
function send(agent, url, method, headers, body) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/**
 * Sequential create + delete pairs per second for `seconds`, from node:http on one kept-alive
 * connection: the leanest client loop, so the figure is the server's more than the client's.
 */
async function writePairs(url, seconds, { create, remove }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const until = performance.now() + seconds * 1000;
  let pairs = 0;
  try {
    while (performance.now() < until) {
      const body = JSON.stringify(create(pairs));
      const created = await send(
        agent,
        `${url}/credentials`,
        "POST",
        {
          ...auth,
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
        },
        body,
      );
      if (created.status !== 201) throw new Error(`create answered ${created.status}: ${created.text}`);
      const id = JSON.parse(created.text).credential_id;
      const deleted = await send(agent, `${url}/credentials/${remove(id)}`, "DELETE", auth);
      if (deleted.status !== 204) throw new Error(`delete answered ${deleted.status}`);
      pairs++;
    }
  } finally {
    agent.destroy();
  }
  return Math.round(pairs / seconds);
}

try {
  console.log(
    `npm run bench${quick ? " --quick" : ""}: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}; autocannon, ${CONNECTIONS} connections; servers compared in ${ROUNDS} interleaved rounds of ${ROUND_SECONDS} s, ratios the median of the rounds\n`,
  );

  // The issue's own mock ("today" in its goals), built from this clone's history once.
  const issueBuild = issueMockCli();
  if (issueBuild.unavailable) console.log(`the issue's mock is not measured: ${issueBuild.unavailable}\n`);
  const issueMock = issueBuild.cli ? await startMock(dir, fastSeed, "issue-seed.json", issueBuild.cli) : null;
  const issueName = `the issue's mock (${ISSUE_COMMIT.slice(0, 7)})`;

  // 1. Authenticated GET by id: our mock, Prism's static mock, and bare node:http with our bytes.
  const mock = await startMock(dir, fastSeed);
  const sample = await fetch(`${mock.url}/credentials/${CRED}`, { headers: auth });
  const sampleBody = await sample.text();
  const bare = await startBare(dir, 200, { "Content-Type": "application/json" }, sampleBody);
  const prism = await startPrism();
  const path = `/credentials/${CRED}`;
  // Warmed up first, each as it would be by its first seconds of load (the first thousands of
  // requests compile), so no round measures a server still warming up.
  const WARM_UP = quick ? 1 : 2;
  for (const server of [mock, prism, bare, issueMock].filter(Boolean))
    await load(server.url, path, { duration: WARM_UP });
  const byId = await interleaved(
    {
      ours: async () => (await load(mock.url, path, { duration: ROUND_SECONDS })).rps,
      prism: async () => (await load(prism.url, path, { duration: ROUND_SECONDS })).rps,
      bare: async () => (await load(bare.url, path, { duration: ROUND_SECONDS })).rps,
      ...(issueMock && {
        issue: async () => (await load(issueMock.url, path, { duration: ROUND_SECONDS })).rps,
      }),
    },
    ROUNDS,
  );
  await bare.stop();
  // The latency figure from one steady run of its own.
  const ours = await load(mock.url, path);
  const oursPerPrism = 1 / byId.prism.ratio;
  const oursPerBare = 1 / byId.bare.ratio;
  report(
    "mock GET /credentials/{id}",
    byId.ours.value,
    `req/s (p99 ${ours.p99} ms)`,
    `Prism ${byId.prism.value} req/s`,
    `${oursPerPrism.toFixed(2)}x Prism`,
    "≥ 5x Prism",
    oursPerPrism >= 5,
  );
  report(
    "",
    "",
    "",
    `bare node:http ${byId.bare.value} req/s`,
    `${(oursPerBare * 100).toFixed(1)}% of bare`,
    "≥ 30% of bare",
    oursPerBare >= 0.3,
  );
  if (byId.issue)
    report("", "", "", `${issueName} ${byId.issue.value} req/s`, `${(1 / byId.issue.ratio).toFixed(1)}x`, "-", null);

  // 2. Writes: sequential create + delete pairs, against Prism's (stateless) answers to the same.
  const create = (i) => ({
    integration_name: "tavily",
    auth_data: { api_key: `tvly-bench-write-${i}` },
    display_name: `W ${i}`,
  });
  const bareWrites = await startBareWrites(dir, JSON.stringify({ credential_id: CRED }));
  await writePairs(mock.url, WARM_UP, { create, remove: (id) => id });
  await writePairs(prism.url, WARM_UP, { create, remove: () => CRED });
  await writePairs(bareWrites.url, WARM_UP, { create, remove: (id) => id });
  if (issueMock) await writePairs(issueMock.url, WARM_UP, { create, remove: (id) => id });
  const writes = await interleaved(
    {
      ours: () => writePairs(mock.url, ROUND_SECONDS, { create, remove: (id) => id }),
      prism: () => writePairs(prism.url, ROUND_SECONDS, { create, remove: () => CRED }),
      bare: () => writePairs(bareWrites.url, ROUND_SECONDS, { create, remove: (id) => id }),
      ...(issueMock && { issue: () => writePairs(issueMock.url, ROUND_SECONDS, { create, remove: (id) => id }) }),
    },
    ROUNDS,
  );
  await bareWrites.stop();
  await prism.stop();
  await issueMock?.stop();
  // "≥ 5x today": against the issue's own mock in this run. Without it (a shallow clone), against
  // what the issue's first figure (277 pairs/s, 0.77x Prism's) makes it: 3.85x Prism.
  const writesPerPrism = 1 / writes.prism.ratio;
  const writeGoal = writes.issue
    ? {
        baseline: `${issueName} ${writes.issue.value} pairs/s`,
        ratio: 1 / writes.issue.ratio,
        of: "the issue's",
        goal: "≥ 5x today (the issue's mock)",
        need: 5,
      }
    : {
        baseline: `Prism ${writes.prism.value} pairs/s`,
        ratio: writesPerPrism,
        of: "Prism",
        goal: "≥ 5x the issue's (0.77x Prism): 3.85x Prism",
        need: 3.85,
      };
  report(
    "mock create+delete pairs, sequential",
    writes.ours.value,
    "pairs/s",
    writeGoal.baseline,
    `${writeGoal.ratio.toFixed(2)}x ${writeGoal.of}`,
    writeGoal.goal,
    writeGoal.ratio >= writeGoal.need,
  );
  if (writes.issue)
    report("", "", "", `Prism ${writes.prism.value} pairs/s`, `${writesPerPrism.toFixed(2)}x Prism`, "-", null);
  report(
    "",
    "",
    "",
    `bare node:http ${writes.bare.value} pairs/s`,
    `${((1 / writes.bare.ratio) * 100).toFixed(1)}% of bare`,
    "(the client loop's own limit)",
    null,
  );

  // 3. Cold start to the first answer: the demo seed and 10,000 credentials, against Prism's.
  //    The goals were set in milliseconds on the issue's machine, where Prism started in ~1,300
  //    ms: as ratios in this run, 300 ms is 0.23x Prism's start and 1,000 ms is 0.77x.
  const cold = await interleaved(
    {
      prism: () => coldStart(() => startPrism()),
      demo: () => coldStart(() => startMock(dir, fastSeed)),
      big: () => coldStart(() => startMock(dir, bigSeed, "big.json")),
    },
    quick ? 1 : 3,
  );
  report(
    "cold start, demo seed",
    cold.demo.value,
    "ms to first answer",
    `Prism ${cold.prism.value} ms`,
    `${cold.demo.ratio.toFixed(2)}x Prism`,
    "≤ 300 ms there: ≤ 0.23x Prism",
    cold.demo.ratio <= 300 / 1300,
  );
  report(
    "cold start, 10,000 credentials",
    cold.big.value,
    "ms",
    `Prism ${cold.prism.value} ms`,
    `${cold.big.ratio.toFixed(2)}x Prism`,
    "≤ 1000 ms there: ≤ 0.77x Prism",
    cold.big.ratio <= 1000 / 1300,
  );

  // 4. 10,000 credentials in one organization against the demo seed, side by side: a lookup by
  //    id, create + delete pairs, and a big page.
  const big = await startMock(dir, bigSeed, "big.json");
  // The credential seeded last: a lookup that scanned would test all 10,000 before it.
  const lastPath = `/credentials/${bigSeed.credentials.at(-1).credential_id}`;
  await load(big.url, lastPath, { duration: WARM_UP });
  await writePairs(big.url, WARM_UP, { create, remove: (id) => id });
  const sized = await interleaved(
    {
      demo: async () => (await load(mock.url, path, { duration: ROUND_SECONDS })).rps,
      big: async () => (await load(big.url, lastPath, { duration: ROUND_SECONDS })).rps,
    },
    ROUNDS,
  );
  const sizedWrites = await interleaved(
    {
      demo: () => writePairs(mock.url, ROUND_SECONDS, { create, remove: (id) => id }),
      big: () => writePairs(big.url, ROUND_SECONDS, { create, remove: (id) => id }),
    },
    ROUNDS,
  );
  const bigPage = await load(big.url, "/credentials?limit=500&integration_name=tavily");
  await big.stop();
  await mock.stop();
  report(
    "GET by id with 10,000 credentials",
    sized.big.value,
    "req/s",
    `demo seed ${sized.demo.value} req/s`,
    `${sized.big.ratio.toFixed(2)}x demo`,
    "≈ 1x (O(1) by id)",
    sized.big.ratio >= 0.8,
  );
  report(
    "create+delete pairs with 10,000 credentials",
    sizedWrites.big.value,
    "pairs/s",
    `demo seed ${sizedWrites.demo.value} pairs/s`,
    `${sizedWrites.big.ratio.toFixed(2)}x demo`,
    "≈ 1x (no cost per stored credential)",
    sizedWrites.big.ratio >= 0.8,
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
  // The caller's Request is built once, as the standalone figure leaves out what the client does
  // to send a request (a GET has no body, so the one Request can be handed in again and again);
  // reading each answer's body is counted.
  const request = new Request(`https://api.modulex.dev/credentials/${CRED}`, { headers: auth });
  const get = () => inProcess.handle(request);
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
    call.sdk.value.toFixed(1),
    "µs/call",
    `openapi-fetch ${call.openapiFetch.value.toFixed(1)} µs`,
    `${call.sdk.ratio.toFixed(2)}x openapi-fetch`,
    "≤ 1.2x openapi-fetch",
    call.sdk.ratio <= 1.2,
  );
  report(
    "",
    "",
    "",
    `fetch + JSON.parse ${call.fetchJson.value.toFixed(1)} µs`,
    `${(call.sdk.ratio / call.fetchJson.ratio).toFixed(2)}x`,
    "-",
    null,
  );
  // The conversion alone: what parse + convert costs beyond parse, per round, against parse.
  const convert = conversion.parseAndConvert.value - conversion.parse.value;
  const convertRatio = conversion.parseAndConvert.ratio - 1;
  report(
    "case conversion, 500 credentials",
    (convert / 1000).toFixed(2),
    "ms",
    `JSON.parse ${(conversion.parse.value / 1000).toFixed(2)} ms`,
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
