// Runs every scenario against one server and returns the report. Only HTTP is needed, so the
// server can be the standalone mock, a staging deployment, or anything else.
import type { ContractOptions, ProgressEvent } from "./options/contract-options.js";
import { buildReport } from "./report/build-report.js";
import { deriveSeed } from "./derive-seed.js";
import type { Exchange } from "./http/exchange.js";
import { expectStatus } from "./scenarios/expect-status.js";
import { Ledger } from "./http/ledger.js";
import { normalizeOptions } from "./options/normalize-options.js";
import { oneLine } from "./one-line.js";
import { missingInputNotes } from "./report/optional-inputs.js";
import type { Report, Stop } from "./report/report.js";
import { Results } from "./report/results.js";
import type { PrincipalRole, RunContext } from "./run-context.js";
import { RunStopped } from "./run-stopped.js";
import { apiKeyExpiry } from "./scenarios/api-key-expiry.js";
import { cleanUp } from "./scenarios/clean-up.js";
import { discover } from "./scenarios/discover.js";
import { forbiddenPrincipals } from "./scenarios/forbidden-principals.js";
import { generatedCases } from "./scenarios/generated-cases.js";
import { listSemantics } from "./scenarios/list-semantics.js";
import { memberLifecycle } from "./scenarios/member-lifecycle.js";
import { missingAuth } from "./scenarios/missing-auth.js";
import { missingOrgHeader } from "./scenarios/missing-org-header.js";
import { oauthFlow } from "./scenarios/oauth-flow.js";
import { rateLimit } from "./scenarios/rate-limit.js";
import { resolutionPrecedence } from "./scenarios/resolution-precedence.js";
import { restoreDefaults } from "./scenarios/restore-defaults.js";
import { secretNotUpdatable } from "./scenarios/secret-not-updatable.js";
import { tenantIsolation } from "./scenarios/tenant-isolation.js";
import { unknownIds } from "./scenarios/unknown-ids.js";
import { SecretRegistry } from "./http/secret-registry.js";
import { Session } from "./http/session.js";

const SCENARIOS: Array<[string, (ctx: RunContext) => Promise<void>]> = [
  ["missing auth", missingAuth],
  ["missing organization header", missingOrgHeader],
  ["forbidden principals", forbiddenPrincipals],
  ["tenant isolation", tenantIsolation],
  ["generated requests", generatedCases],
  ["secrets are not updatable by PUT", secretNotUpdatable],
  ["API tokens expire", apiKeyExpiry],
  ["defaults and resolution", resolutionPrecedence],
  ["members", memberLifecycle],
  ["OAuth2 connect", oauthFlow],
  ["unknown ids", unknownIds],
  ["lists and filters", listSemantics],
  ["restore defaults", restoreDefaults],
];

/**
 * Verifies the server at `options.baseUrl` against openapi/modulex.yaml.
 *
 * @example
 * const report = await runContract({ baseUrl: "http://127.0.0.1:4010", org: ORG_ID, apiKey: OWNER_KEY });
 * if (!report.ok) process.exitCode = 1;
 */
export async function runContract(input: ContractOptions): Promise<Report> {
  const options = normalizeOptions(input);
  const began = options.now();
  const results = new Results({
    checks: new Set(options.checks),
    excludedOperations: new Set(options.excludedOperations),
  });
  const secrets = new SecretRegistry();
  const ledger = new Ledger();
  const deadline = options.maxDurationMs === null ? null : began + options.maxDurationMs;
  let current = "discovery";
  const tell = (phase: string, state: ProgressEvent["state"]) =>
    options.onProgress?.({
      phase,
      state,
      requests: session.sent,
      failures: results.failures.length,
      elapsedMs: options.now() - began,
    });
  const onExchange = (exchange: Exchange) => {
    options.onExchange?.(exchange);
    tell(current, "request");
  };
  const session = new Session({ ...options, results, secrets, ledger, deadline, onExchange });
  const given: Array<[PrincipalRole, string | undefined]> = [
    ["jwt", options.jwt],
    ["admin", options.adminKey],
    ["member", options.memberKey],
    ["inactive", options.inactiveKey],
    ["outsider", options.outsiderKey],
    ["locked", options.lockedKey],
  ];
  const principals: RunContext["principals"] = { owner: { name: "owner", token: options.apiKey } };
  secrets.add(options.apiKey, "API key");
  for (const [role, token] of given) {
    if (!token) continue;
    principals[role] = { name: role, token };
    secrets.add(token, role === "jwt" ? "sign-in token" : "API key");
  }
  const ctx: RunContext = {
    options,
    session,
    results,
    secrets,
    principals,
    identities: new Map(),
    catalog: [],
    fixture: null,
    originalDefaults: new Map(),
    notes: [],
    seedFor: (label) => deriveSeed(options.seed, label),
  };

  let fatal: string | null = null;
  let started = false;
  let stopped: Stop | null = null;
  // A phase that throws (a stop, a server gone) has no end: the report says what happened instead.
  const phase = async (name: string, run: () => Promise<void>) => {
    current = name;
    tell(name, "start");
    await run();
    tell(name, "end");
  };
  const stopOrFail = (error: unknown) => {
    if (error instanceof RunStopped) stopped = { reason: error.reason, phase: current };
    else fatal = oneLine(error);
  };
  try {
    await phase("discovery", () => discover(ctx));
    started = true;
    ctx.notes.unshift(...missingInputNotes(options));
    for (const [name, scenario] of SCENARIOS) await phase(name, () => scenario(ctx));
    if (ctx.fixture) {
      const { principal, org, credentialId } = ctx.fixture;
      const removed = await session.send({
        operationId: "deleteCredential",
        principal,
        org,
        pathParams: { credential_id: credentialId },
        intent: "valid",
      });
      expectStatus(ctx, "positive_data_acceptance", removed, 204, "deleting a fixture credential");
    }
  } catch (error) {
    stopOrFail(error);
  }
  // Interrupted, stopped at a bound, failed or done: what the run created and did not delete goes
  // now, before the rate-limit phase leaves its principal throttled.
  const interrupted = stopped !== null || (fatal !== null && started);
  if (interrupted || ledger.open().length > 0)
    await phase("cleanup", () => cleanUp(ctx, { restoreDefaults: interrupted }));
  if (!stopped && !fatal) {
    if (!options.rateLimit) ctx.notes.push("rate-limit phase skipped (--no-rate-limit): 429s are not observed");
    else {
      try {
        await phase("rate limit", () => rateLimit(ctx));
      } catch (error) {
        stopOrFail(error);
      }
    }
  }
  return buildReport(ctx, started, fatal, stopped);
}
