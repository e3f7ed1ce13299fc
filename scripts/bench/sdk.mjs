// The SDK's cost per call, on an in-memory fetch (no network, no server): the SDK against raw
// openapi-fetch and against fetch + JSON.parse, interleaved in rounds in this one process.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import { ModuleX } from "@modulex/sdk";
import { repo } from "./servers.mjs";
import { interleaved } from "./rounds.mjs";

const BASE = "https://api.modulex.dev";
const KEY = "mx_live_DemoOwnerKey0000000000000000000000000000";
const ORG = "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60";
const ID = "4c2a9e7b-1d3f-4b6a-8e5c-7f9a0b1c2d3e";

const credential = (i) => ({
  credential_id: i === 0 ? ID : `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
  integration_name: "tavily",
  auth_type: "api_key",
  display_name: `Credential ${i}`,
  is_default: i === 0,
  created_at: "2026-01-19T12:00:00",
  updated_at: "2026-01-19T12:00:00",
  expires_at: null,
  organization_id: ORG,
  created_by: "5b0f7a52-3c1d-4e8f-9a2b-6c7d8e9f0a1b",
  credentials_metadata: { team_name: "platform", cost_center: i },
  auth_summary: "tvly***9c0d",
  usage_count: i,
  last_used_at: null,
});

/** An in-memory fetch answering every request with the same JSON bytes. */
function memoryFetch(json) {
  const bytes = new TextEncoder().encode(json);
  const headers = { "content-type": "application/json" };
  return async (input) => {
    if (input instanceof Request && input.body) await input.arrayBuffer();
    return new Response(bytes, { status: 200, headers });
  };
}

async function perCall(fn, n) {
  for (let i = 0; i < 200; i++) await fn(); // warm up
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - started) * 1000) / n;
}

/** Median µs per call of each contender in interleaved rounds, and its per-round ratio to the first. */
const compare = (contenders, { n, rounds }) =>
  interleaved(Object.fromEntries(Object.entries(contenders).map(([name, fn]) => [name, () => perCall(fn, n)])), rounds);

export async function benchSdk({ quick = false } = {}) {
  const detail = JSON.stringify({ ...credential(0), auth_data_masked: "tvly***9c0d" });
  const fetch1 = memoryFetch(detail);
  const mx = new ModuleX({ apiKey: KEY, organizationId: ORG, baseUrl: BASE, fetch: fetch1, maxRetries: 0 });
  const raw = createClient({ baseUrl: BASE, fetch: fetch1 });
  const headers = { Authorization: `Bearer ${KEY}`, "X-Organization-ID": ORG };
  const n = quick ? 500 : 1500;
  const call = await compare(
    {
      openapiFetch: () => raw.GET("/credentials/{credential_id}", { params: { path: { credential_id: ID } }, headers }),
      sdk: () => mx.credentials.retrieve(ID),
      fetchJson: async () =>
        JSON.parse(await (await fetch1(new Request(`${BASE}/credentials/${ID}`, { headers }))).text()),
    },
    { n, rounds: quick ? 5 : 15 },
  );

  // Case conversion of a 500-credential list, against JSON.parse of the same text alone.
  const dir = mkdtempSync(join(tmpdir(), "modulex-bench-"));
  try {
    const out = join(dir, "case-convert.mjs");
    await build({
      entryPoints: [join(repo, "packages/sdk/src/internal/case-convert.ts")],
      bundle: true,
      format: "esm",
      platform: "node",
      outfile: out,
      logLevel: "silent",
    });
    const { toCamel } = await import(pathToFileURL(out).href);
    const list = JSON.stringify({
      credentials: Array.from({ length: 500 }, (_, i) => credential(i)),
      total_count: 500,
      limit: 500,
      offset: 0,
    });
    const conversion = await compare(
      {
        parse: async () => JSON.parse(list),
        parseAndConvert: async () => toCamel(JSON.parse(list)),
      },
      { n: quick ? 50 : 150, rounds: quick ? 5 : 15 },
    );
    return { call, conversion };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
