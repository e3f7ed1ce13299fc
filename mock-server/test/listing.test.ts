// GET /credentials: grouped (integration name asc, newest first within) or flat for one
// integration; auth_type filter; limit 1–500 (default 100), offset ≥ 0; totals count every match.
import { beforeEach, describe, expect, it } from "vitest";
import { asOwner, DEMO, harness, type Harness } from "./support.js";

let h: Harness;
beforeEach(async () => {
  h = await harness();
});

const ids = (list: Array<{ credential_id: string }>) => list.map((c) => c.credential_id);
const list = (query = "") => h.call("GET", `/credentials${query}`, asOwner);

async function addSlack(n: number) {
  const created: string[] = [];
  for (let i = 0; i < n; i++) {
    h.clock.advance(1000);
    const r = await h.call("POST", "/credentials", {
      ...asOwner,
      body: {
        integration_name: "slack",
        display_name: `Slack ${i}`,
        auth_data: { api_key: `xoxb-extra-${i}-00000000` },
      },
    });
    created.push(r.body.credential_id);
  }
  return created;
}

describe("grouped shape (no integration_name)", () => {
  it("keys groups by integration name, with logo, total_count and auth_types, like the docs' example", async () => {
    const r = await list();
    expect(Object.keys(r.body.integrations)).toEqual(["github", "jira", "notion", "openai", "slack", "tavily"]);
    expect(r.body.integrations.github).toEqual({
      integration_name: "github",
      integration_type: "tool",
      logo: "https://cdn.modulex.dev/logos/github.svg",
      credentials: [
        expect.objectContaining({ credential_id: DEMO.credentials.acmeGithub, auth_type: "oauth2", is_default: true }),
      ],
      total_count: 1,
      auth_types: ["oauth2"],
    });
    expect(r.body).toMatchObject({ total_credentials: 6, total_integrations: 6, filters: { auth_type: null } });
  });
  it("keeps integration names with underscores as map keys (google_drive)", async () => {
    const created = await h.call("POST", "/credentials", {
      ...asOwner,
      body: { integration_name: "google_drive", auth_data: { access_token: "ya29.demo-token" } },
    });
    const r = await list();
    expect(r.body.integrations.google_drive.credentials[0].credential_id).toBe(created.body.credential_id);
    expect(r.body.integrations.google_drive.integration_type).toBe("knowledge_provider");
  });
  it("orders by integration name, then newest first, and pages over that order with full totals", async () => {
    const extra = await addSlack(3);
    const all = await list("?limit=500");
    const flatOrder = Object.values(all.body.integrations).flatMap((g: any) => ids(g.credentials));
    expect(ids(all.body.integrations.slack.credentials)).toEqual(
      [...extra].reverse().concat(DEMO.credentials.acmeSlack),
    );
    const page = await list("?limit=3&offset=4");
    expect(Object.values(page.body.integrations).flatMap((g: any) => ids(g.credentials))).toEqual(
      flatOrder.slice(4, 7),
    );
    expect(page.body).toMatchObject({ total_credentials: 9, total_integrations: 6 });
    expect(page.body.integrations.slack.total_count).toBe(4); // across all pages
    const last = await list("?limit=5&offset=5");
    expect(Object.values(last.body.integrations).flatMap((g: any) => g.credentials)).toHaveLength(4);
  });
  it("filters by auth_type (reported in filters)", async () => {
    const r = await list("?auth_type=api_key");
    expect(Object.keys(r.body.integrations)).toEqual(["slack", "tavily"]);
    expect(r.body).toMatchObject({ total_credentials: 2, total_integrations: 2, filters: { auth_type: "api_key" } });
  });
});

describe("flat shape (integration_name given)", () => {
  it("lists one integration newest first with limit, offset and total_count", async () => {
    const extra = await addSlack(2);
    const r = await list("?integration_name=slack&limit=2&offset=1");
    expect(r.body).toMatchObject({
      integration_name: "slack",
      total_count: 3,
      limit: 2,
      offset: 1,
      filters: { auth_type: null },
    });
    expect(ids(r.body.credentials)).toEqual([extra[0], DEMO.credentials.acmeSlack]);
    expect((await list("?integration_name=slack")).body.limit).toBe(100);
  });
  it("combines integration_name and auth_type; an integration without credentials is an empty list", async () => {
    expect((await list("?integration_name=slack&auth_type=oauth2")).body).toMatchObject({
      total_count: 0,
      credentials: [],
      filters: { auth_type: "oauth2" },
    });
    expect((await list("?integration_name=google_drive")).body).toMatchObject({
      integration_name: "google_drive",
      total_count: 0,
    });
  });
});

describe("bad list parameters are 400 with a detail", () => {
  it.each([
    ["?limit=0", /limit must be >= 1/],
    ["?limit=501", /limit must be <= 500/],
    ["?limit=ten", /limit must be integer/],
    ["?offset=-1", /offset must be >= 0/],
    ["?auth_type=password", /auth_type must be one of/],
    ["?integration_name=Slack!", /integration_name must match pattern/],
    ["?limit=1&limit=2", /given 2 times/],
  ])("%s", async (query, detail) => {
    const r = await list(query);
    expect(r.status).toBe(400);
    expect(r.body.detail).toMatch(detail);
  });
  it("limit 1 and 500 are fine", async () => {
    expect((await list("?limit=1")).status).toBe(200);
    expect((await list("?limit=500")).status).toBe(200);
  });
});
