// Every store the mock grows on its own has a bound or a sweep (docs/decisions/052): pending OAuth2
// sessions and provider codes, armed faults, the audit log, the derived-key cache; reset is linear.
import { IndexedCollection } from "../src/core/indexed-collection.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Keyring } from "../src/core/keyring.js";
import { createMock } from "../src/index.js";
import { asOwner, DEMO, harness, type Harness } from "./support.js";

afterEach(() => vi.restoreAllMocks());

const REDIRECT = "https://app.example.com/oauth/callback";
type State = Record<string, Array<Record<string, unknown>>>;
const state = async (h: Harness): Promise<State> => (await h.call("GET", "/__mock/state")).body;

async function startConnection(h: Harness) {
  const r = await h.call("POST", "/credentials/oauth2/authorize", {
    ...asOwner,
    body: { integration_name: "github", redirect_uri: REDIRECT },
  });
  expect(r.status).toBe(200);
  return r.body as { authorization_url: string; state: string };
}

async function consent(h: Harness, authorizationUrl: string) {
  const r = await h.fetch(authorizationUrl, { redirect: "manual" });
  expect(r.status).toBe(302);
  return new URL(r.headers.get("location")!).searchParams.get("code")!;
}

/** A Keyring.create spy, to read the cache of the mock created next. */
function watchKeyring() {
  const create = vi.spyOn(Keyring, "create");
  return async () => (await create.mock.results[0]!.value) as Keyring;
}

describe("pending OAuth2 connections", () => {
  it("keep at most caps.oauthSessions: the oldest is dropped, its state is then unknown, the newest still completes", async () => {
    const h = await harness({ caps: { oauthSessions: 3 } });
    const started = [];
    for (let i = 0; i < 5; i++) started.push(await startConnection(h));
    expect((await state(h)).oauth_sessions).toHaveLength(3);
    const oldestCode = await consent(h, started[4]!.authorization_url); // a code the first state cannot use anyway
    const refused = await h.call("POST", "/credentials/oauth2/callback", {
      ...asOwner,
      body: { state: started[0]!.state, code: oldestCode },
    });
    expect(refused).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/Invalid OAuth2 state: unknown/) },
    });
    const code = await consent(h, started[4]!.authorization_url);
    expect(
      (await h.call("POST", "/credentials/oauth2/callback", { ...asOwner, body: { state: started[4]!.state, code } }))
        .status,
    ).toBe(201);
  });
  it("are swept once expired (10 minutes): only the live ones stay", async () => {
    const h = await harness();
    for (let i = 0; i < 4; i++) await startConnection(h);
    h.clock.advance(600_000);
    await startConnection(h);
    expect((await state(h)).oauth_sessions).toHaveLength(1);
  });
});

describe("codes of the mock OAuth2 provider (its consent screen needs no auth)", () => {
  it("keep at most caps.oauthCodes, and expired ones are swept", async () => {
    const h = await harness({ caps: { oauthCodes: 3 } });
    const { authorization_url } = await startConnection(h);
    for (let i = 0; i < 6; i++) await consent(h, authorization_url);
    expect((await state(h)).oauth_codes).toHaveLength(3);
    h.clock.advance(600_000);
    await startConnection(h).then((c) => consent(h, c.authorization_url));
    expect((await state(h)).oauth_codes).toHaveLength(1);
  });
});

describe("armed faults", () => {
  it("at most 100 by default: one more is a 400 that says what to do and arms nothing", async () => {
    const h = await harness();
    for (let i = 0; i < 100; i++)
      expect((await h.call("POST", "/__mock/faults", { body: { path: `/nowhere/${i}` } })).status).toBe(201);
    const refused = await h.call("POST", "/__mock/faults", { body: { path: "/me", status: 503 } });
    expect(refused).toMatchObject({
      status: 400,
      body: { detail: expect.stringMatching(/100 faults are armed already.*DELETE \/__mock\/faults/) },
    });
    expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(200);
    await h.call("DELETE", "/__mock/faults");
    expect((await h.call("POST", "/__mock/faults", { body: { path: "/me", status: 503 } })).status).toBe(201);
  });
  it("a used-up fault frees its place", async () => {
    const h = await harness({ caps: { armedFaults: 1 } });
    await h.call("POST", "/__mock/faults", { body: { path: "/me", status: 503 } });
    expect((await h.call("POST", "/__mock/faults", { body: { path: "/me" } })).status).toBe(400);
    expect((await h.call("GET", "/me", { auth: DEMO.keys.owner })).status).toBe(503);
    expect((await h.call("POST", "/__mock/faults", { body: { path: "/me" } })).status).toBe(201);
  });
});

describe("the audit log", () => {
  it("keeps an organization's newest caps.auditEventsPerOrganization events; other organizations keep theirs", async () => {
    const h = await harness({ caps: { auditEventsPerOrganization: 4 } });
    const globex = { auth: DEMO.keys.owner, org: DEMO.orgs.globex };
    await h.call("POST", "/credentials", {
      ...globex,
      body: { integration_name: "tavily", auth_data: { api_key: "tvly-globex-000001" } },
    });
    for (let i = 0; i < 5; i++) {
      const created = await h.call("POST", "/credentials", {
        ...asOwner,
        body: { integration_name: "tavily", display_name: `churn ${i}`, auth_data: { api_key: "tvly-churn-0000001" } },
      });
      await h.call("DELETE", `/credentials/${created.body.credential_id}`, asOwner);
    }
    const audit = await h.call("GET", "/audit", asOwner);
    expect(audit.body.total).toBe(4);
    expect(
      audit.body.events.map(
        (e: { operation: string; details: { display_name?: string } }) => `${e.operation} ${e.details.display_name}`,
      ),
    ).toEqual([
      "CREDENTIAL_DELETED churn 4",
      "CREDENTIAL_CREATED churn 4",
      "CREDENTIAL_DELETED churn 3",
      "CREDENTIAL_CREATED churn 3",
    ]);
    expect((await h.call("GET", "/audit", globex)).body.total).toBe(1);
  });
});

describe("the derived-key cache", () => {
  it("drops a credential's key when the credential is deleted", async () => {
    const keyring = watchKeyring();
    const h = await harness();
    const before = (await keyring()).cachedKeys;
    const created = await h.call("POST", "/credentials", {
      ...asOwner,
      body: { integration_name: "tavily", auth_data: { api_key: "tvly-cached-000001" } },
    });
    expect((await keyring()).cachedKeys).toBe(before + 1);
    await h.call("DELETE", `/credentials/${created.body.credential_id}`, asOwner);
    expect((await keyring()).cachedKeys).toBe(before);
  });
  it("drops an OAuth2 connection's key once the connection completes", async () => {
    const keyring = watchKeyring();
    const h = await harness();
    const before = (await keyring()).cachedKeys;
    const started = await startConnection(h);
    const code = await consent(h, started.authorization_url);
    await h.call("POST", "/credentials/oauth2/callback", { ...asOwner, body: { state: started.state, code } });
    expect((await keyring()).cachedKeys).toBe(before + 1); // the new credential's own key
  });
  it("drops the keys of swept OAuth2 connections", async () => {
    const keyring = watchKeyring();
    const h = await harness({ caps: { oauthSessions: 2 } });
    const before = (await keyring()).cachedKeys;
    for (let i = 0; i < 6; i++) await startConnection(h);
    expect((await keyring()).cachedKeys).toBe(before + 2);
  });
  it("is back to the seed's keys after a reset", async () => {
    const keyring = watchKeyring();
    const h = await harness();
    const seeded = (await keyring()).cachedKeys;
    for (let i = 0; i < 5; i++)
      await h.call("POST", "/credentials", {
        ...asOwner,
        body: { integration_name: "tavily", auth_data: { api_key: `tvly-reset-00000${i}` } },
      });
    await startConnection(h);
    expect((await keyring()).cachedKeys).toBe(seeded + 6);
    await h.call("POST", "/__mock/reset");
    expect((await keyring()).cachedKeys).toBe(seeded);
  });
});

describe("reset", () => {
  it("replaces the tables instead of deleting record by record, and is back to the seed", async () => {
    const h = await harness();
    const initial = await state(h);
    for (let i = 0; i < 50; i++)
      await h.call("POST", "/credentials", {
        ...asOwner,
        body: { integration_name: "tavily", auth_data: { api_key: `tvly-reset-0000${i}` } },
      });
    const perRecord = vi.spyOn(IndexedCollection.prototype, "delete");
    expect((await h.call("POST", "/__mock/reset")).status).toBe(204);
    expect(perRecord).not.toHaveBeenCalled();
    const comparable = (s: unknown) => JSON.parse(JSON.stringify(s).replace(/"v1:[^"]+"/g, '"sealed"'));
    expect(comparable(await state(h))).toEqual(comparable(initial));
  });
});

describe("the master key", () => {
  it("is random per mock by default: two mocks hash the same seeded API keys differently", async () => {
    const hashes = async () =>
      ((await createMock()).state() as { api_keys: Array<{ key_hash: string }> }).api_keys.map((k) => k.key_hash);
    const [a, b] = [await hashes(), await hashes()];
    expect(a).toHaveLength(b.length);
    for (const [i, hash] of a.entries()) expect(hash).not.toBe(b[i]);
  });
  it("caps must be positive integers", async () => {
    await expect(createMock({ caps: { armedFaults: 0 } })).rejects.toThrow(
      "caps.armedFaults must be a positive integer",
    );
  });
});
