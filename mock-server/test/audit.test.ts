// Audit: every state change writes one documented operation with actor, auth method and time;
// GET /audit outlives deleted credentials; details never carry a secret.
import { beforeEach, describe, expect, it } from "vitest";
import { asOwner, DEMO, DEMO_SECRETS, harness, START, type Harness, wireTime } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

const audit = async (query = "") => (await h.call("GET", `/audit${query}`, asOwner)).body;
const ops = (events: Array<{ operation: string }>) => events.map((e) => e.operation);

describe("audit events", () => {
  it("the seed writes none", async () => {
    expect(await audit()).toEqual({ events: [], total: 0, limit: 100, offset: 0 });
  });
  it("create writes CREDENTIAL_CREATED with the actor and auth method; make_default adds DEACTIVATED for the replaced default only", async () => {
    const jwt = await h.jwt(DEMO.users.admin.email);
    const created = await h.call("POST", "/credentials", {
      auth: jwt,
      org: DEMO.orgs.acme,
      body: { integration_name: "slack", make_default: true, auth_data: { api_key: "xoxb-secret-rotated-1" } },
    });
    const events = (await audit()).events;
    expect(ops(events)).toEqual(["CREDENTIAL_CREATED", "CREDENTIAL_DEACTIVATED"]);
    expect(events[0]).toMatchObject({
      credential_id: created.body.credential_id,
      organization_id: DEMO.orgs.acme,
      integration_name: "slack",
      actor_user_id: DEMO.users.admin.userId,
      actor_email: "admin@acme.test",
      auth_method: "jwt",
      occurred_at: wireTime(START),
      details: { auth_type: "api_key", is_default: true },
    });
    expect(events[1]).toMatchObject({
      credential_id: DEMO.credentials.acmeSlack,
      auth_method: "jwt",
      details: { replaced_by: created.body.credential_id },
    });
    expect(JSON.stringify(events)).not.toContain("xoxb-secret");
  });
  it("PUT writes UPDATED, DELETE writes DELETED, set-default writes ACTIVATED + DEACTIVATED (and nothing when already default)", async () => {
    await h.call("PUT", `/credentials/${DEMO.credentials.acmeTavily}`, {
      ...asOwner,
      body: { display_name: "Search" },
    });
    h.clock.advance(1000);
    await h.call("POST", `/credentials/${DEMO.credentials.acmeTavily}/set-default`, asOwner);
    h.clock.advance(1000);
    await h.call("POST", `/credentials/${DEMO.credentials.acmeSlack}/set-default`, asOwner); // already default
    await h.call("DELETE", `/credentials/${DEMO.credentials.acmeJira}`, asOwner);
    const events = (await audit()).events;
    expect(ops(events)).toEqual(["CREDENTIAL_DELETED", "CREDENTIAL_ACTIVATED", "CREDENTIAL_UPDATED"]);
    expect(
      events.every(
        (e: { auth_method: string; actor_user_id: string }) =>
          e.auth_method === "api_key" && e.actor_user_id === DEMO.users.owner.userId,
      ),
    ).toBe(true);
    expect(events[2].details).toEqual({ changed: ["display_name"] });
  });
  it("set-default with a prior default writes DEACTIVATED for it", async () => {
    const second = await h.call("POST", "/credentials", {
      ...asOwner,
      body: { integration_name: "slack", auth_data: { api_key: "xoxb-second-token-00" } },
    });
    await h.call("POST", `/credentials/${second.body.credential_id}/set-default`, asOwner);
    const events = (await audit("?operation=CREDENTIAL_DEACTIVATED")).events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ credential_id: DEMO.credentials.acmeSlack });
    expect(
      (await h.call("GET", `/credentials/${second.body.credential_id}/audit`, asOwner)).body.events.map(
        (e: { operation: string }) => e.operation,
      ),
    ).toEqual(["CREDENTIAL_ACTIVATED", "CREDENTIAL_CREATED"]);
  });
  it("reads and refused requests write nothing", async () => {
    await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}?include_masked=true`, asOwner);
    await h.call("POST", "/credentials/resolve", { ...asOwner, body: { integration_name: "slack" } });
    await h.call("POST", `/credentials/${DEMO.credentials.acmeSlack}/test`, asOwner);
    await h.call("PUT", `/credentials/${DEMO.credentials.acmeSlack}`, {
      ...asOwner,
      body: { auth_data: { api_key: "x" } },
    });
    expect((await audit()).total).toBe(0);
  });
  it("GET /audit outlives a deleted credential; GET /credentials/{id}/audit then 404s", async () => {
    await h.call("PUT", `/credentials/${DEMO.credentials.acmeTavily}`, { ...asOwner, body: { metadata: { a: 1 } } });
    await h.call("DELETE", `/credentials/${DEMO.credentials.acmeTavily}`, asOwner);
    const history = await audit(`?credential_id=${DEMO.credentials.acmeTavily}`);
    expect(ops(history.events)).toEqual(["CREDENTIAL_DELETED", "CREDENTIAL_UPDATED"]);
    expect(history.events[0].details).toMatchObject({ display_name: "Tavily search", auth_type: "api_key" });
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeTavily}/audit`, asOwner)).status).toBe(404);
  });
  it("pages newest first with limit and offset; filters by operation", async () => {
    for (const name of ["a", "b", "c"]) {
      h.clock.advance(1000);
      await h.call("PUT", `/credentials/${DEMO.credentials.acmeSlack}`, { ...asOwner, body: { display_name: name } });
    }
    const page = await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}/audit?limit=2&offset=1`, asOwner);
    expect(page.body).toMatchObject({ total: 3, limit: 2, offset: 1 });
    expect(page.body.events.map((e: { occurred_at: string }) => e.occurred_at)).toEqual([
      wireTime(START + 2000),
      wireTime(START + 1000),
    ]);
    expect((await audit("?operation=CREDENTIAL_CREATED")).total).toBe(0);
    expect((await h.call("GET", "/audit?operation=CREDENTIAL_EXPLODED", asOwner)).status).toBe(400);
    expect((await h.call("GET", "/audit?credential_id=not-a-uuid", asOwner)).status).toBe(400);
  });
  it("details never contain a secret", async () => {
    await h.call("POST", "/credentials", {
      ...asOwner,
      body: {
        integration_name: "tavily",
        display_name: "T",
        make_default: true,
        auth_data: { api_key: "tvly-very-secret-value-1" },
      },
    });
    await h.call("DELETE", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner);
    const text = JSON.stringify(await audit());
    for (const secret of [...DEMO_SECRETS, "tvly-very-secret-value-1"]) expect(text).not.toContain(secret);
  });
});
