// Opt-in persistence of the standalone mock (issue 9): `stateFile` keeps the store across restarts,
// written atomically, holding hashes and ciphertext only, sealed under the master key; a file it
// cannot load (corrupt, another key, a bad record) stops the start with a message and is never
// overwritten. Every response is checked against the spec.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkedFetch } from "../../test/support/checked-fetch.js";
import { DEMO } from "../src/index.js";
import { startServer } from "../src/node.js";

const MASTER = "persistence-test-master-key-0001";
const SECRET = "xoxb-kept-across-restarts-0001";
const api = checkedFetch();
const asOwner = { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme };
const dir = () => mkdtempSync(join(tmpdir(), "modulex-state-"));

async function createCredential(url: string): Promise<string> {
  const r = await api(`${url}/credentials`, {
    method: "POST",
    headers: { ...asOwner, "Content-Type": "application/json" },
    body: JSON.stringify({ integration_name: "slack", display_name: "Kept", auth_data: { api_key: SECRET } }),
  });
  expect(r.status).toBe(201);
  return (await r.json()).credential_id;
}

describe("startServer({ stateFile })", () => {
  it("keeps credentials, API keys and signed-in sessions across a restart", async () => {
    const file = join(dir(), "nested", "state.json");
    const first = await startServer({ port: 0, masterKey: MASTER, stateFile: file });
    const id = await createCredential(first.url);
    const token = await first.mock.signIn("owner@acme.test");
    const keyResponse = await api(`${first.url}/api-keys`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "kept key", expires_in_seconds: 3600 }),
    });
    expect(keyResponse.status).toBe(201);
    const apiKey: string = (await keyResponse.json()).key;
    expect(apiKey).toMatch(/^mx_live_/);
    await first.close();

    const saved = readFileSync(file, "utf8");
    expect(saved).not.toContain(SECRET);
    expect(saved).not.toContain(apiKey);
    expect(saved).not.toContain(DEMO.keys.owner);
    expect(JSON.parse(saved)).toMatchObject({ format: "modulex-mock-state", version: 1 });
    expect(readdirSync(join(file, ".."))).toEqual(["state.json"]); // no temporary file left behind

    const second = await startServer({ port: 0, masterKey: MASTER, stateFile: file });
    try {
      const got = await api(`${second.url}/credentials/${id}?include_masked=true`, { headers: asOwner });
      expect(got.status).toBe(200);
      expect((await got.json()).auth_data_masked).toEqual({ api_key: "xoxb***0001" });
      const withKey = await api(`${second.url}/me`, { headers: { Authorization: `Bearer ${apiKey}` } });
      expect(withKey.status).toBe(200);
      const withToken = await api(`${second.url}/me`, { headers: { Authorization: `Bearer ${token}` } });
      expect((await withToken.json()).email).toBe("owner@acme.test");
      // Reset goes back to the seed, and that is saved too.
      await second.mock.reset();
      await second.mock.flush();
      expect(
        JSON.parse(readFileSync(file, "utf8")).store.credentials.map((c: { credential_id: string }) => c.credential_id),
      ).not.toContain(id);
    } finally {
      await second.close();
    }
  });

  it("starts from the seed and writes the file when there is none yet", async () => {
    const file = join(dir(), "state.json");
    const server = await startServer({ port: 0, masterKey: MASTER, stateFile: file });
    await server.mock.flush();
    await server.close();
    expect(JSON.parse(readFileSync(file, "utf8")).store.credentials).toHaveLength(8);
  });

  it("needs a master key: a random one would be lost at exit", async () => {
    await expect(startServer({ port: 0, stateFile: join(dir(), "state.json") })).rejects.toThrow(/needs a master key/);
  });

  it.each([
    ["not JSON", () => "{ this is not json", /is not valid JSON \(at position \d+\)\. It was left untouched/],
    ["another file's JSON", () => '{"hello":"world"}', /not a ModuleX mock state/],
    ["a newer version", (s: any) => JSON.stringify({ ...s, version: 2 }), /version 2; this mock reads version 1/],
    [
      "a record with a wrong field",
      (s: any) =>
        JSON.stringify({
          ...s,
          store: { ...s.store, credentials: [{ ...s.store.credentials[0], is_default: "yes" }] },
        }),
      /table credentials, record 0: field is_default/,
    ],
    ["an unknown table", (s: any) => JSON.stringify({ ...s, store: { ...s.store, extra: [] } }), /unknown table extra/],
  ])("refuses %s with a message, and leaves the file as it was", async (_name, corrupt, message) => {
    const file = join(dir(), "state.json");
    const server = await startServer({ port: 0, masterKey: MASTER, stateFile: file });
    await server.close();
    const bad = corrupt(JSON.parse(readFileSync(file, "utf8")));
    writeFileSync(file, bad);
    await expect(startServer({ port: 0, masterKey: MASTER, stateFile: file })).rejects.toThrow(message);
    expect(readFileSync(file, "utf8")).toBe(bad);
  });

  it("refuses a file saved under another master key, and leaves it as it was", async () => {
    const file = join(dir(), "state.json");
    const server = await startServer({ port: 0, masterKey: MASTER, stateFile: file });
    await createCredential(server.url);
    await server.close();
    const before = readFileSync(file, "utf8");
    await expect(startServer({ port: 0, masterKey: "another-master-key-entirely", stateFile: file })).rejects.toThrow(
      /saved under another master key/,
    );
    expect(readFileSync(file, "utf8")).toBe(before);
  });
});
