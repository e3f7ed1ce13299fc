// An id in any form the spec's uuid format admits finds its record (docs/decisions/056): upper or
// lower case, with or without the RFC 9562 `urn:uuid:` prefix, in the organization header, a path,
// a query and a body, and the organization's rate-limit bucket is the same one.
import { describe, expect, it } from "vitest";
import { DEMO, demoSeedWith, harness } from "./support.js";

const urn = (id: string) => `urn:uuid:${id.toUpperCase()}`;
const owner = { auth: DEMO.keys.owner, org: urn(DEMO.orgs.acme) };

describe("urn:uuid: ids", () => {
  it("in X-Organization-ID: the owner is a member (was 403 'Not a member'), and the list is Acme's", async () => {
    const h = await harness();
    const r = await h.call("GET", "/credentials?integration_name=slack", owner);
    expect(r.status).toBe(200);
    expect(r.body.credentials[0].credential_id).toBe(DEMO.credentials.acmeSlack);
  });
  it("in a path, a query and a body", async () => {
    const h = await harness();
    expect((await h.call("GET", `/credentials/${urn(DEMO.credentials.acmeSlack)}`, owner)).body.credential_id).toBe(
      DEMO.credentials.acmeSlack,
    );
    await h.call("PUT", `/credentials/urn:uuid:${DEMO.credentials.acmeSlack}`, {
      ...owner,
      body: { display_name: "Renamed" },
    });
    const audit = await h.call(
      "GET",
      `/audit?credential_id=${encodeURIComponent(urn(DEMO.credentials.acmeSlack))}`,
      owner,
    );
    expect(audit.body.events.map((e: { operation: string }) => e.operation)).toEqual(["CREDENTIAL_UPDATED"]);
    const resolved = await h.call("POST", "/credentials/resolve", {
      ...owner,
      body: { integration_name: "tavily", credential_id: urn(DEMO.credentials.acmeTavily) },
    });
    expect([resolved.body.resolved_by, resolved.body.credential.credential_id]).toEqual([
      "explicit",
      DEMO.credentials.acmeTavily,
    ]);
    const key = await h.call("POST", "/api-keys", {
      auth: await h.jwt(DEMO.users.owner.email),
      body: { name: "urn", organization_id: urn(DEMO.orgs.acme), expires_in_seconds: 3600 },
    });
    expect([key.status, key.body.organization_id]).toEqual([201, DEMO.orgs.acme]);
  });
  it("charge the same organization bucket as the plain id", async () => {
    const h = await harness({
      seed: demoSeedWith({ rate_limits: { per_key_per_minute: 100, per_user_per_minute: 100, per_org_per_minute: 3 } }),
    });
    for (const org of [DEMO.orgs.acme, urn(DEMO.orgs.acme), DEMO.orgs.acme.toUpperCase()])
      expect((await h.call("GET", "/members", { auth: DEMO.keys.owner, org })).status).toBe(200);
    expect((await h.call("GET", "/members", owner)).status).toBe(429);
  });
  it("anything else the format refuses stays a 400 (braces, no hyphens)", async () => {
    const h = await harness();
    for (const org of [`{${DEMO.orgs.acme}}`, DEMO.orgs.acme.replace(/-/g, ""), `urn:uuid:${DEMO.orgs.acme}x`]) {
      expect((await h.call("GET", "/members", { auth: DEMO.keys.owner, org })).status).toBe(400);
    }
  });
});
