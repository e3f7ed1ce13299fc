// The run starts only with a key the contract can work with: an API key of an owner of --org.
// Against the real in-process mock, every other demo key (and the owner's key on an organization
// it does not own, or locked elsewhere) stops the run at discovery with the reason, after one or
// two requests instead of hundreds, without the key in the output. Every response the runner saw
// is checked against the spec by the runner itself (report.failures), and must conform.
import { describe, expect, test } from "vitest";
import { createMock, DEMO } from "../../mock-server/src/index.js";
import { formatJson, formatText, runContract } from "../../packages/contract/src/index.js";
import { checkedFetch } from "../support/checked-fetch.js";
import { unexpectedFailures } from "./helpers/known-mock-findings.js";

const UNKNOWN_ORG = "11111111-2222-4333-8444-555555555555";

async function start(apiKey: string, org: string) {
  const mock = await createMock();
  const targets: string[] = [];
  const report = await runContract({
    baseUrl: "http://mock.test",
    org,
    apiKey,
    rateLimit: false,
    requestTimeoutMs: 3000,
    fetch: (input, init) => mock.handle(new Request(input, init)),
    onExchange: (e) => targets.push(e.target),
  });
  return { report, targets };
}

describe("the run starts only with an owner's key for --org", () => {
  test.each([
    [
      "the admin's key",
      DEMO.keys.admin,
      DEMO.orgs.acme,
      /^the --api-key is not an owner of --org 9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60: its user's role there is 'admin'$/,
    ],
    ["the legacy member's key", DEMO.keys.member, DEMO.orgs.acme, /its user's role there is 'member'$/],
    [
      "the inactive user's key",
      DEMO.keys.inactive,
      DEMO.orgs.acme,
      /^the --api-key is not an owner of --org .*: its user's role there is 'admin'$/,
    ],
    [
      "an outsider's key",
      DEMO.keys.outsider,
      DEMO.orgs.acme,
      /^the --api-key is not an owner of --org .*: its user is not a member of that organization \(or the key is locked to another one\)$/,
    ],
    [
      "the owner's key on an organization that does not exist",
      DEMO.keys.owner,
      UNKNOWN_ORG,
      /^the --api-key is not an owner of --org 11111111-2222-4333-8444-555555555555: its user is not a member/,
    ],
    [
      "the owner's key on an organization where the owner is an admin",
      DEMO.keys.owner,
      DEMO.orgs.globex,
      /its user's role there is 'admin'$/,
    ],
  ])("%s: exit-2 material after one request", async (_name, key, org, reason) => {
    const { report, targets } = await start(key, org);
    expect([report.ok, report.started]).toEqual([false, false]);
    expect(report.fatal).toMatch(reason);
    expect(targets).toEqual(["GET /me"]);
    expect(report.failures).toEqual([]);
    for (const out of [formatText(report), formatJson(report)]) expect(out).not.toContain(key);
  });

  test("an owner's key locked to another organization: refused at discovery", async () => {
    const mock = await createMock();
    const fetch = checkedFetch((input, init) => mock.handle(new Request(input, init)));
    const jwt = await mock.signIn(DEMO.users.owner.email);
    // The owner of Acme is an admin of Globex, so a key of theirs can be locked to Globex.
    const created = await fetch("http://mock.test/api-keys", {
      method: "POST",
      headers: { authorization: `Bearer ${jwt}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "locked to globex", organization_id: DEMO.orgs.globex, expires_in_seconds: 3600 }),
    });
    expect(created.status).toBe(201);
    const { key } = (await created.json()) as { key: string };
    const targets: string[] = [];
    const report = await runContract({
      baseUrl: "http://mock.test",
      org: DEMO.orgs.acme,
      apiKey: key,
      rateLimit: false,
      fetch: (input, init) => mock.handle(new Request(input, init)),
      onExchange: (e) => targets.push(e.target),
    });
    expect([report.ok, report.started]).toEqual([false, false]);
    // The mock's GET /me shows a locked key only the organization it is locked to.
    expect(report.fatal).toBe(
      `the --api-key is not an owner of --org ${DEMO.orgs.acme}: its user is not a member of that organization (or the key is locked to another one)`,
    );
    expect(targets).toEqual(["GET /me"]);
    expect(report.failures).toEqual([]);
    for (const out of [formatText(report), formatJson(report)]) expect(out).not.toContain(key);
  });

  test("the owner's key of --org starts the run", async () => {
    const { report, targets } = await start(DEMO.keys.owner, DEMO.orgs.acme);
    expect(report.started).toBe(true);
    expect(report.fatal).toBeNull();
    expect(targets.slice(0, 2)).toEqual(["GET /me", "GET /organizations"]);
    expect(targets.length).toBeGreaterThan(100);
    expect(unexpectedFailures(report.failures)).toEqual([]);
  }, 60_000);
});
