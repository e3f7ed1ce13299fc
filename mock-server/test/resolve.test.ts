// POST /credentials/resolve: explicit → default → most recent user → most recent modulex_key;
// resolved_by names the rule; a resolution is a use (usage counters and last_used_at move).
import { beforeEach, describe, expect, it } from "vitest";
import { asOwner, DEMO, harness, START, type Harness, wireTime } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

const resolve = (body: Record<string, unknown>) => h.call("POST", "/credentials/resolve", { ...asOwner, body });
const create = (body: unknown) => h.call("POST", "/credentials", { ...asOwner, body });

describe("resolution precedence", () => {
  it("explicit id first, even over the default", async () => {
    const r = await resolve({ integration_name: "slack", credential_id: DEMO.credentials.acmeSlack });
    expect(r.body.resolved_by).toBe("explicit");
    const other = await create({ integration_name: "slack", auth_data: { api_key: "xoxb-other-token-0000" } });
    expect((await resolve({ integration_name: "slack", credential_id: other.body.credential_id })).body).toMatchObject({
      resolved_by: "explicit",
      credential: { credential_id: other.body.credential_id },
    });
  });
  it("an explicit id of another integration is a 404", async () => {
    expect(await resolve({ integration_name: "slack", credential_id: DEMO.credentials.acmeTavily })).toMatchObject({
      status: 404,
      body: { detail: "Credential not found" },
    });
  });
  it("the default, answered masked like the detail view", async () => {
    const r = await resolve({ integration_name: "slack" });
    expect(r.body).toMatchObject({
      resolved_by: "default",
      credential: {
        credential_id: DEMO.credentials.acmeSlack,
        auth_data_masked: "xoxb***oken",
        organization_id: DEMO.orgs.acme,
      },
    });
  });
  it("the newest unexpired user credential when there is no default; an expired one is skipped", async () => {
    expect((await resolve({ integration_name: "tavily" })).body).toMatchObject({
      resolved_by: "most_recent_user",
      credential: { credential_id: DEMO.credentials.acmeTavily },
    });
    expect(await resolve({ integration_name: "notion" })).toMatchObject({
      status: 404,
      body: { detail: "No credential found for notion" },
    });
  });
  it("a user credential beats a newer modulex_key; the modulex_key is the last resort", async () => {
    expect((await resolve({ integration_name: "openai" })).body.resolved_by).toBe("most_recent_modulex_key");
    h.clock.advance(1000);
    const own = await create({ integration_name: "openai", auth_data: { api_key: "sk-proj-own-key-0000" } });
    h.clock.advance(1000);
    await create({ integration_name: "openai", auth_type: "modulex_key", display_name: "Managed 2" });
    expect((await resolve({ integration_name: "openai" })).body).toMatchObject({
      resolved_by: "most_recent_user",
      credential: { credential_id: own.body.credential_id },
    });
  });
  it("an expired default falls through", async () => {
    const expiring = await create({
      integration_name: "tavily",
      make_default: true,
      expires_at: new Date(START + 60_000).toISOString(),
      auth_data: { api_key: "tvly-expiring-0000000" },
    });
    expect((await resolve({ integration_name: "tavily" })).body).toMatchObject({
      resolved_by: "default",
      credential: { credential_id: expiring.body.credential_id },
    });
    h.clock.advance(60_000);
    expect((await resolve({ integration_name: "tavily" })).body).toMatchObject({
      resolved_by: "most_recent_user",
      credential: { credential_id: DEMO.credentials.acmeTavily },
    });
  });
  it("an unknown integration is a 400", async () => {
    expect(await resolve({ integration_name: "nosuch" })).toMatchObject({ status: 400 });
  });
});

describe("usage counters", () => {
  it("start at zero and move with every resolution", async () => {
    const usage = () => h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}/usage`, asOwner);
    expect((await usage()).body).toEqual({
      credential_id: DEMO.credentials.acmeSlack,
      usage_count: 0,
      first_used_at: null,
      last_used_at: null,
    });
    await resolve({ integration_name: "slack" });
    h.clock.advance(30_000);
    const second = await resolve({ integration_name: "slack" });
    expect(second.body.credential.last_used_at).toBe(wireTime(START + 30_000));
    expect((await usage()).body).toEqual({
      credential_id: DEMO.credentials.acmeSlack,
      usage_count: 2,
      first_used_at: wireTime(START),
      last_used_at: wireTime(START + 30_000),
    });
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}`, asOwner)).body.last_used_at).toBe(
      wireTime(START + 30_000),
    );
  });
  it("do not move when nothing is resolved", async () => {
    await resolve({ integration_name: "slack", credential_id: crypto.randomUUID() });
    expect((await h.call("GET", `/credentials/${DEMO.credentials.acmeSlack}/usage`, asOwner)).body.usage_count).toBe(0);
  });
});
