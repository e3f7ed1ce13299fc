// The independent oracle: Prism (not ours) validates the traffic between our clients and the
// standalone mock against openapi/modulex.yaml, so it catches what our own validators might
// share with our own mistakes.
//  - Proxy A, without --errors, in front of the mock: the whole conformance runner goes
//    through it (invalid requests included, which Prism still forwards). Prism must report no
//    response violation at all, and no request violation on a request the runner sent as valid.
//  - Proxy B, with --errors, in front of the mock (through a transparent relay): an SDK flow
//    of valid requests; a response violation would be a 500 #VIOLATIONS, an invalid request a
//    422. Then the relay breaks one answer and Prism must turn it into a 500 #VIOLATIONS.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { join } from "node:path";
import { DEMO } from "../../mock-server/src/index.js";
import { ModuleX } from "../../packages/sdk/src/index.js";
import { runContract, type Exchange } from "../../packages/contract/src/index.js";
import { demoRunOptions } from "./helpers/demo-run-options.js";
import { unexpectedFailures } from "./helpers/known-mock-findings.js";
import { startRelay, type Relay } from "./helpers/relay.js";
import { spawnUntil, stop, type Started } from "../support/spawn-until.js";

const root = join(import.meta.dirname, "../..");
const PRISM = join(root, "node_modules/.bin/prism");
const SPEC = join(root, "openapi/modulex.yaml");

interface Violation {
  location: string[];
  severity: string;
  message: string;
}

function violationsOf(headers: Headers): Violation[] {
  const raw = headers.get("sl-violations");
  return raw ? (JSON.parse(raw) as Violation[]) : [];
}

async function startPrism(upstream: string, errors: boolean): Promise<Started> {
  const args = ["proxy", SPEC, upstream, "--host", "127.0.0.1", "--port", "0", ...(errors ? ["--errors"] : [])];
  return spawnUntil(PRISM, args, /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/, 60_000);
}

describe("Prism as an independent oracle", () => {
  let mock: Started | undefined;
  let prismA: Started | undefined;
  let prismB: Started | undefined;
  let relay: Relay | undefined;
  let mockUrl = "";

  beforeAll(async () => {
    mock = await spawnUntil(
      process.execPath,
      [join(root, "mock-server/dist/cli.js"), "--port", "0"],
      /listening on (http:\/\/127\.0\.0\.1:\d+)/,
      15_000,
    );
    mockUrl = mock.match[1]!;
    relay = await startRelay(mockUrl);
    [prismA, prismB] = await Promise.all([startPrism(mockUrl, false), startPrism(relay.url, true)]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([stop(prismA?.child), stop(prismB?.child), stop(mock?.child)]);
    await relay?.close();
  });

  async function signIn(): Promise<string> {
    const answer = await fetch(`${mockUrl}/__mock/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: DEMO.users.owner.email }),
    });
    return ((await answer.json()) as { token: string }).token;
  }

  test("the conformance runner through prism proxy: no response violation, no request violation on valid requests", async () => {
    await fetch(`${mockUrl}/__mock/reset`, { method: "POST" });
    const exchanges: Array<{ exchange: Exchange; violations: Violation[] }> = [];
    const prismUrl = prismA!.match[1]!;
    let bypassed = 0;
    // Prism answers a malformed JSON body itself (400 {"error":{"code":"invalid_json"}}) and never
    // forwards it, so those few requests go to the mock directly; everything else goes through Prism.
    const throughPrism: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const text = request.body ? await request.clone().text() : "";
      if (text) {
        try {
          JSON.parse(text);
        } catch {
          bypassed++;
          return fetch(new Request(request.url.replace(prismUrl, mockUrl), request));
        }
      }
      return fetch(request);
    };
    const report = await runContract(
      demoRunOptions(prismUrl, await signIn(), {
        runs: 3,
        fetch: throughPrism,
        onExchange: (exchange) => exchanges.push({ exchange, violations: violationsOf(exchange.headers) }),
      }),
    );
    expect(unexpectedFailures(report.failures)).toEqual([]);
    expect(report.fatal).toBeNull();
    const describe = ({ exchange, violations }: (typeof exchanges)[number]) =>
      `${exchange.target} → ${exchange.status}: ${violations.map((v) => `${v.location.join(".")} ${v.message}`).join("; ")}`;
    const responseSide = exchanges.filter((e) => e.violations.some((v) => v.location[0] === "response"));
    expect(responseSide.map(describe)).toEqual([]);
    const validButFlagged = exchanges.filter(
      (e) => e.exchange.intent === "valid" && e.violations.some((v) => v.location[0] === "request"),
    );
    expect(validButFlagged.map(describe)).toEqual([]);
    // The oracle did look: Prism flagged the runner's deliberately invalid requests.
    expect(exchanges.filter((e) => e.exchange.intent === "invalid" && e.violations.length > 0).length).toBeGreaterThan(
      50,
    );
    expect(exchanges.length).toBe(report.requests);
    expect(bypassed).toBeLessThan(20);
  }, 240_000);

  test("an SDK flow through prism proxy --errors answers without a Prism error", async () => {
    await fetch(`${mockUrl}/__mock/reset`, { method: "POST" });
    const seen: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const request = input instanceof Request ? input : new Request(input, init);
      const prismError =
        response.status === 422 || (response.status === 500 && (await response.clone().text()).includes("VIOLATIONS"));
      seen.push(
        `${request.method} ${new URL(request.url).pathname} → ${response.status}${prismError ? ` PRISM: ${await response.clone().text()}` : ""}`,
      );
      return response;
    };
    const baseUrl = prismB!.match[1]!;
    const mx = new ModuleX({
      baseUrl,
      apiKey: DEMO.keys.owner,
      organizationId: DEMO.orgs.acme,
      maxRetries: 0,
      fetch: recording,
    });
    await mx.me.retrieve();
    await mx.organizations.list();
    await mx.members.list();
    await mx.integrations.list({ integrationType: "tool" });
    await mx.integrations.retrieve("slack");
    let listed = 0;
    for await (const credential of mx.credentials.list({ limit: 2 })) listed += credential.credentialId ? 1 : 0;
    expect(listed).toBeGreaterThan(2);
    const created = await mx.credentials.create({
      integrationName: "slack",
      authData: { api_key: "xoxb-prism-oracle-000000001" },
      displayName: "Prism oracle",
    });
    await mx.credentials.retrieve(created.credentialId, { includeMasked: true });
    await mx.credentials.update(created.credentialId, {
      displayName: "Prism oracle (renamed)",
      metadata: { team: "contract" },
    });
    await mx.credentials.setDefault(created.credentialId);
    await mx.credentials.resolve({ integrationName: "slack" });
    await mx.credentials.test(created.credentialId);
    await mx.credentials.testTemporary({
      integrationName: "tavily",
      authType: "api_key",
      authData: { api_key: "tvly-prism-oracle-0001" },
    });
    await mx.credentials.usage(created.credentialId);
    await mx.audit.list({ credentialId: created.credentialId });
    await mx.audit.listForCredential(created.credentialId);
    await mx.credentials.oauth2.start({
      integrationName: "github",
      redirectUri: "https://app.example.com/oauth/callback",
    });
    await mx.credentials.delete(created.credentialId);
    await mx.credentials.setDefault(DEMO.credentials.acmeSlack);
    const person = new ModuleX({ baseUrl, token: await signIn(), maxRetries: 0, fetch: recording });
    const key = await person.apiKeys.create({
      name: "prism oracle",
      organizationId: DEMO.orgs.acme,
      expiresInSeconds: 3600,
    });
    await person.apiKeys.list();
    await person.apiKeys.retrieve(key.apiKeyId);
    await person.apiKeys.delete(key.apiKeyId);
    expect(seen.filter((s) => s.includes("PRISM"))).toEqual([]);
    expect(seen.length).toBeGreaterThanOrEqual(22);
  }, 120_000);

  test("a mock answer that breaks the schema becomes Prism's 500 #VIOLATIONS", async () => {
    // The relay drops a required field from credential details; Prism, not our validators, must notice.
    relay!.rewrite = (request, status, body) =>
      request.method === "GET" && /^\/credentials\/[0-9a-f-]{36}/.test(request.path) && status === 200
        ? JSON.stringify({ ...JSON.parse(body), auth_data_masked: undefined })
        : body;
    try {
      const answer = await fetch(`${prismB!.match[1]!}/credentials/${DEMO.credentials.acmeSlack}`, {
        headers: { authorization: `Bearer ${DEMO.keys.owner}`, "x-organization-id": DEMO.orgs.acme },
      });
      const body = await answer.text();
      expect(answer.status).toBe(500);
      expect(body).toContain("VIOLATIONS");
      expect(body).toContain("auth_data_masked");
    } finally {
      relay!.rewrite = null;
    }
  });
});
