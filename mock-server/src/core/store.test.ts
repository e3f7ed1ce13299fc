import { IndexedCollection } from "./indexed-collection.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Store } from "./store.js";

afterEach(() => vi.restoreAllMocks());

const code = (i: number) => ({
  code_hash: `h${i}`,
  integration_name: "github",
  client_id: "modulex-mock",
  redirect_uri: "https://app.example.com/cb",
  code_challenge: "c",
  expires_at: "2026-01-01T00:00:00.000Z",
  used_at: null,
});

describe("Store.clear", () => {
  it("empties every table at once, never record by record", async () => {
    const store = new Store();
    for (let i = 0; i < 500; i++) await store.oauth_codes.create(code(i));
    await store.organizations.create({ organization_id: "o", name: "Acme", created_at: "2026-01-01T00:00:00.000Z" });
    const deletes = vi.spyOn(IndexedCollection.prototype, "delete");
    const deleteMany = vi.spyOn(IndexedCollection.prototype, "deleteMany");
    store.clear();
    expect(deletes).not.toHaveBeenCalled();
    expect(deleteMany).not.toHaveBeenCalled();
    for (const table of Store.TABLES) expect(store[table].count()).toBe(0);
    expect(store.nextSeq()).toBe(1);
  });
  it("leaves the store usable: new records go into the new tables", async () => {
    const store = new Store();
    await store.oauth_codes.create(code(1));
    store.clear();
    await store.oauth_codes.create(code(2));
    expect(store.oauth_codes.findMany().map((c) => c.code_hash)).toEqual(["h2"]);
    expect(store.dump().oauth_codes).toHaveLength(1);
  });
});
