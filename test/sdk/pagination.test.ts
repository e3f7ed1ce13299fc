// for-await pagination over offset pages: grouped and flat credential lists, and the audit logs.
import { beforeEach, describe, expect, it } from "vitest";
import type { Credential, LogEvent, ModuleX } from "../../packages/sdk/src/index.js";
import { DEMO, startMock, type MockEnv } from "./harness.js";

let env: MockEnv;
let mx: ModuleX;
let events: LogEvent[];
const listRequests = (path: string) =>
  events.filter((e) => e.type === "request" && new URL(e.url).pathname === path).map((e) => new URL(e.url).search);

beforeEach(async () => {
  env = await startMock();
  events = [];
  mx = env.client({ logger: (e) => events.push(e) });
  // Acme's six seeded credentials plus four Slack and two Google Drive ones: 12 in all.
  for (let i = 1; i <= 4; i++)
    await mx.credentials.create({
      integrationName: "slack",
      displayName: `Slack ${i}`,
      authData: { api_key: `xoxb-page-token-000${i}` },
    });
  for (let i = 1; i <= 2; i++)
    await mx.credentials.create({
      integrationName: "google_drive",
      displayName: `Drive ${i}`,
      authData: { access_token: `ya29.drive-${i}` },
    });
  events = [];
});

const collect = async <T>(iterable: AsyncIterable<T>) => {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
};
const ids = (credentials: Credential[]) => credentials.map((c) => c.credentialId);

describe("credentials.list", () => {
  it("grouped: walks every credential across pages in the server's order, one request per page", async () => {
    const everything = await mx.credentials.list({ limit: 500 });
    expect(everything.totalCredentials).toBe(12);
    const expected = Object.values(everything.integrations).flatMap((g) => g.credentials);

    events = [];
    const paged = await collect(mx.credentials.list({ limit: 5 }));
    expect(ids(paged)).toEqual(ids(expected));
    expect(new Set(ids(paged)).size).toBe(12);
    expect(listRequests("/credentials")).toEqual(["?limit=5&offset=0", "?limit=5&offset=5", "?limit=5&offset=10"]);
  });

  it("grouped: stops after a full last page without asking for an empty one", async () => {
    expect(await collect(mx.credentials.list({ limit: 4 }))).toHaveLength(12);
    expect(listRequests("/credentials")).toHaveLength(3);
  });

  it("flat (integrationName) with a filter, starting from an offset", async () => {
    const all = await mx.credentials.list({ integrationName: "slack", authType: "api_key" });
    expect(all.totalCount).toBe(5);
    events = [];
    const rest = await collect(
      mx.credentials.list({ integrationName: "slack", authType: "api_key", limit: 2, offset: 1 }),
    );
    expect(ids(rest)).toEqual(ids(all.credentials).slice(1));
    expect(rest.every((c) => c.integrationName === "slack" && c.authType === "api_key")).toBe(true);
    expect(listRequests("/credentials")).toHaveLength(2);
  });

  it("await gives the first page only; pages() yields each page", async () => {
    const first = await mx.credentials.list({ integrationName: "slack", limit: 2 });
    expect(first.credentials).toHaveLength(2);
    expect(listRequests("/credentials")).toHaveLength(1);
    const sizes: number[] = [];
    for await (const page of mx.credentials.list({ integrationName: "slack", limit: 2 }).pages())
      sizes.push(page.credentials.length);
    expect(sizes).toEqual([2, 2, 1]);
  });
});

describe("audit", () => {
  it("audit.list walks the organization's log across pages, filters included", async () => {
    const created = await collect(mx.audit.list({ operation: "CREDENTIAL_CREATED", limit: 4 }));
    expect(created.length).toBeGreaterThanOrEqual(6);
    expect(created.every((e) => e.operation === "CREDENTIAL_CREATED" && e.organizationId === DEMO.orgs.acme)).toBe(
      true,
    );
    const single = await mx.audit.list({ operation: "CREDENTIAL_CREATED", limit: 500 });
    expect(created.map((e) => e.auditId)).toEqual(single.events.map((e) => e.auditId));
    expect(single.total).toBe(created.length);
  });

  it("audit.listForCredential pages one credential's history; audit.list keeps it after deletion", async () => {
    const slack = DEMO.credentials.acmeSlack;
    await mx.credentials.update(slack, { displayName: "Slack A" });
    await mx.credentials.update(slack, { displayName: "Slack B" });
    const history = await collect(mx.audit.listForCredential(slack, { limit: 1 }));
    expect(history.map((e) => e.operation)).toEqual(
      expect.arrayContaining(["CREDENTIAL_UPDATED", "CREDENTIAL_UPDATED"]),
    );
    expect(history.every((e) => e.credentialId === slack)).toBe(true);

    await mx.credentials.delete(slack);
    const afterDelete = await collect(mx.audit.list({ credentialId: slack, limit: 2 }));
    expect(afterDelete[0]?.operation).toBe("CREDENTIAL_DELETED");
    expect(afterDelete.length).toBe(history.length + 1);
  });
});
