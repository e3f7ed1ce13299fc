// camelCase in TypeScript, snake_case on the wire: property names convert, map keys never do.
import { beforeEach, describe, expect, it } from "vitest";
import type { ModuleX } from "../../packages/sdk/src/index.js";
import { DEMO, startMock, type MockEnv } from "./harness.js";

let env: MockEnv;
let mx: ModuleX;
let bodies: unknown[];

beforeEach(async () => {
  env = await startMock();
  bodies = [];
  // Record what goes on the wire, then hand the request to the spec-checked mock.
  mx = env.client({
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.body) bodies.push(await request.clone().json());
      return env.fetch(request);
    },
  });
});

const metadata = {
  Team_Name: "Ops",
  snake_key: 1,
  camelKey: true,
  "with space": "x",
  nested_map: { inner_key: { deep_Key: [1, { a_b: 2 }] } },
};

describe("round trips", () => {
  it("metadata keys survive create → list (grouped under google_drive) → retrieve → update, byte for byte", async () => {
    const created = await mx.credentials.create({
      integrationName: "google_drive",
      displayName: "Drive",
      authData: { access_token: "ya29.token-value-0001", refresh_token: "1//refresh" },
      metadata,
    });
    expect(bodies[0]).toEqual({
      integration_name: "google_drive",
      display_name: "Drive",
      auth_data: { access_token: "ya29.token-value-0001", refresh_token: "1//refresh" },
      metadata,
    });
    expect(created.credentialsMetadata).toEqual(metadata);

    const page = await mx.credentials.list();
    expect(Object.keys(page.integrations)).toContain("google_drive");
    const group = page.integrations.google_drive!;
    expect(group).toMatchObject({
      integrationName: "google_drive",
      integrationType: "knowledge_provider",
      totalCount: 1,
      authTypes: ["oauth2"],
    });
    expect(group.credentials[0]!.credentialsMetadata).toEqual(metadata);

    const detail = await mx.credentials.retrieve(created.credentialId, { includeMasked: true });
    expect(Object.keys(detail.authDataMasked ?? {}).sort()).toEqual(["access_token", "refresh_token"]);
    expect(detail.credentialsMetadata).toEqual(metadata);

    const updated = await mx.credentials.update(created.credentialId, {
      metadata: { Team_Name: "Platform", other_Key: null },
    });
    expect(bodies.at(-1)).toEqual({ metadata: { Team_Name: "Platform", other_Key: null } });
    expect(updated.credentialsMetadata).toEqual({ Team_Name: "Platform", other_Key: null });
  });

  it("the seeded Jira credential's Team_Name and its custom auth field names stay as stored", async () => {
    const jira = await mx.credentials.retrieve(DEMO.credentials.acmeJira, { includeMasked: true });
    expect(jira.credentialsMetadata).toEqual({ Team_Name: "Ops" });
    expect(Object.keys(jira.authDataMasked ?? {}).sort()).toEqual(["api_token", "domain", "email"]);
  });

  it("audit details are user data too: their keys are not renamed", async () => {
    await mx.credentials.delete(DEMO.credentials.acmeTavily);
    const { events } = await mx.audit.list({
      credentialId: DEMO.credentials.acmeTavily,
      operation: "CREDENTIAL_DELETED",
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      operation: "CREDENTIAL_DELETED",
      actorUserId: DEMO.users.owner.userId,
      integrationName: "tavily",
    });
    expect(events[0]!.details).toMatchObject({ display_name: "Tavily search" });
    expect(events[0]!.details).not.toHaveProperty("displayName");
  });

  it("query and path parameters go out in snake_case", async () => {
    const seen: string[] = [];
    const spy = env.client({
      fetch: async (input, init) => {
        seen.push(new Request(input, init).url);
        return env.fetch(input, init);
      },
    });
    await spy.credentials.list({ integrationName: "google_drive", authType: "oauth2", limit: 3 });
    await spy.integrations.list({ integrationType: "tool" });
    expect(seen.map((u) => new URL(u).search)).toEqual([
      "?integration_name=google_drive&auth_type=oauth2&limit=3&offset=0",
      "?integration_type=tool",
    ]);
  });
});
