import { describe, expect, it } from "vitest";
import { Store } from "./store.js";
import { makeRoom } from "./make-room.js";

const T0 = Date.parse("2026-11-29T12:00:00Z");
const code = (i: number, expiresAt: number) => ({
  code_hash: `h${i}`,
  integration_name: "github",
  client_id: "modulex-mock",
  redirect_uri: "https://app.example.com/cb",
  code_challenge: "c",
  expires_at: new Date(expiresAt).toISOString(),
  used_at: null,
});

describe("makeRoom", () => {
  it("drops expired records, then the oldest while the table is full, and names each one dropped", async () => {
    const { oauth_codes } = new Store();
    await oauth_codes.create(code(1, T0 - 1)); // expired
    await oauth_codes.create(code(2, T0 + 60_000));
    await oauth_codes.create(code(3, T0 + 60_000));
    await oauth_codes.create(code(4, T0)); // expires now: gone too
    await oauth_codes.create(code(5, T0 + 60_000));
    const dropped: string[] = [];
    makeRoom(oauth_codes, 2, T0, (row) => dropped.push(row.code_hash));
    expect(dropped).toEqual(["h1", "h4", "h2", "h3"]);
    expect(oauth_codes.findMany().map((c) => c.code_hash)).toEqual(["h5"]);
  });
  it("drops nothing while there is room", async () => {
    const { oauth_codes } = new Store();
    await oauth_codes.create(code(1, T0 + 1));
    makeRoom(oauth_codes, 2, T0);
    expect(oauth_codes.count()).toBe(1);
  });
});
