// The CLI as a newcomer runs it (the built dist/cli.js, as `npm start` does): it prints the URL,
// the organization ids and the demo keys with their roles, serves the API, refuses a bad seed
// naming the entry, and stops cleanly on Ctrl-C (SIGINT) and SIGTERM.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { request as httpRequest } from "node:http";
import { responseViolations } from "@modulex/spec/contract";
import { beforeAll, describe, expect, it } from "vitest";
import { checkedFetch } from "../../test/support/checked-fetch.js";
import { createMock, DEMO } from "../src/index.js";
import { deriveCredentialKey, credentialContext } from "../src/policy/derive-credential-key.js";
import { decryptSecret } from "../src/policy/encrypt-secret.js";
import { utf8 } from "../src/policy/encoding.js";
import { formatBanner } from "../src/banner.js";
import { demoSeed } from "../src/demo.js";

const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "dist/cli.js");

/** Builds dist/ when it is missing or older than the sources (npm test builds first, so usually a no-op). */
beforeAll(() => {
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest(join(root, "src")))
    execFileSync("npx", ["tsup"], { cwd: root, stdio: "ignore" });
}, 60_000);

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, MODULEX_MOCK_MASTER_KEY: "", ...env },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => {
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m && out.includes("Ctrl-C")) resolve(m[1]!);
    });
    exited.then(() => reject(new Error(`exited before ready: ${err}`)));
  });
  ready.catch(() => undefined); // tests that expect no start await `exited` instead
  return { child, ready, exited, output: () => out, errors: () => err };
}

describe("modulex-mock CLI", () => {
  it("starts fast, prints URL, organizations and keys with roles, serves the API, and stops on Ctrl-C", async () => {
    const began = performance.now();
    const run = start(["--port", "0"]);
    const url = await run.ready;
    const startup = performance.now() - began;
    expect(startup).toBeLessThan(3000); // typically ~0.5 s; generous for a loaded CI machine
    const out = run.output();
    expect(out).toContain(DEMO.orgs.acme);
    expect(out).toContain(DEMO.orgs.globex);
    for (const key of Object.values(DEMO.keys)) expect(out).toContain(key);
    expect(out).toMatch(/admin of Acme \(key locked to Acme\)/);
    expect(out).toMatch(/inactive user/);
    expect(out).toContain(`curl -s ${url}/credentials -H "Authorization: Bearer ${DEMO.keys.owner}"`);
    const r = await checkedFetch()(`${url}/credentials`, {
      headers: { Authorization: `Bearer ${DEMO.keys.owner}`, "X-Organization-ID": DEMO.orgs.acme },
    });
    expect(r.status).toBe(200);
    run.child.kill("SIGINT");
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output()).toMatch(/SIGINT: stopping/);
    await expect(fetch(`${url}/me`)).rejects.toThrow();
  });
  it("stops on SIGTERM too", async () => {
    const run = start(["--port", "0"]);
    await run.ready;
    run.child.kill("SIGTERM");
    expect(await run.exited).toEqual({ code: 0, signal: null });
  });
  it("loads --seed, and refuses a bad seed file with a message naming the entry", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mx-seed-"));
    const good = join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ organizations: [{ organization_id: DEMO.orgs.acme, name: "Solo" }] }));
    const run = start(["--port", "0", "--seed", good]);
    expect(await run.ready).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(run.output()).toContain("Solo");
    run.child.kill("SIGINT");
    await run.exited;

    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ api_keys: [{ user_id: DEMO.users.owner.userId, name: "k", key: "mx_live_tooShort" }] }),
    );
    const refused = start(["--port", "0", "--seed", bad]);
    await expect(refused.ready).rejects.toThrow();
    expect((await refused.exited).code).toBe(1);
    expect(refused.errors()).toMatch(/Invalid seed: api_keys\[0\]\.key/);

    const malformed = join(dir, "malformed.json");
    writeFileSync(malformed, '{"api_keys": [{"key": mx_live_UnquotedSeedSecret000000000000000}]}');
    const unparsed = start(["--port", "0", "--seed", malformed]);
    expect((await unparsed.exited).code).toBe(1);
    expect(unparsed.errors()).toMatch(/malformed\.json is not valid JSON/);
    expect(unparsed.errors()).not.toContain("UnquotedSeed");
  });
  it("refuses a bad --port", async () => {
    const run = start(["--port", "http"]);
    expect((await run.exited).code).toBe(1);
    expect(run.errors()).toMatch(/--port must be a port number/);
  });
  it("answers an unknown option with the usage", async () => {
    const run = start(["--bogus"]);
    expect((await run.exited).code).toBe(1);
    expect(run.errors()).toMatch(/Unknown option '--bogus'[\s\S]*Usage: modulex-mock/);
  });
  it("says what to do when the port is taken", async () => {
    const first = start(["--port", "0"]);
    const port = new URL(await first.ready).port;
    const second = start(["--port", port]);
    expect((await second.exited).code).toBe(1);
    expect(second.errors()).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use.*--port`));
    first.child.kill("SIGTERM");
    await first.exited;
  });
});

describe("--allowed-host and --public-url", () => {
  const statusFor = (url: string, host: string) =>
    new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${url}/integrations`,
        { headers: { Host: host, Authorization: `Bearer ${DEMO.keys.owner}` } },
        (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (d) => (text += d));
          res.on("end", () => {
            const headers = new Headers(Object.entries(res.headers).map(([k, v]): [string, string] => [k, String(v)]));
            expect(
              responseViolations("listIntegrations", {
                status: res.statusCode!,
                headers,
                body: JSON.parse(text),
                text,
              }),
            ).toEqual([]);
            resolve(res.statusCode!);
          });
        },
      );
      req.on("error", reject);
      req.end();
    });
  it("answers only this machine's names unless told more; a bad --public-url is refused", async () => {
    const plain = start(["--port", "0"]);
    const named = start([
      "--port",
      "0",
      "--allowed-host",
      "mock.test",
      "--allowed-host",
      ".dev.example",
      "--public-url",
      "http://mock.test:4010",
    ]);
    const [plainUrl, namedUrl] = await Promise.all([plain.ready, named.ready]);
    expect(await statusFor(plainUrl, "mock.test")).toBe(403);
    expect(await statusFor(plainUrl, "localhost")).toBe(200);
    expect(await statusFor(namedUrl, "mock.test")).toBe(200);
    expect(await statusFor(namedUrl, "api.dev.example")).toBe(200);
    expect(await statusFor(namedUrl, "evil.example")).toBe(403);
    for (const run of [plain, named]) run.child.kill("SIGTERM");
    await Promise.all([plain.exited, named.exited]);
    const bad = start(["--port", "0", "--public-url", "ftp://mock.test"]);
    expect((await bad.exited).code).toBe(1);
    expect(bad.errors()).toMatch(/--public-url must be an http\(s\) URL/);
  });
});

describe("the master key", () => {
  type Dump = {
    api_keys: Array<{ key_hash: string }>;
    credentials: Array<{ credential_id: string; organization_id: string; encrypted_secret: string | null }>;
  };
  const dumpOf = async (url: string) => (await (await checkedFetch()(`${url}/__mock/state`)).json()) as Dump;
  const stopped = async (run: ReturnType<typeof start>) => {
    run.child.kill("SIGTERM");
    await run.exited;
  };

  it("is random per process when none is given, so a dump cannot be decrypted with any published key", async () => {
    const [a, b] = [start(["--port", "0"]), start(["--port", "0"])];
    const [dumpA, dumpB] = await Promise.all([a.ready.then(dumpOf), b.ready.then(dumpOf)]);
    await Promise.all([stopped(a), stopped(b)]);
    expect(dumpA.api_keys[0]!.key_hash).not.toBe(dumpB.api_keys[0]!.key_hash);
    const slack = dumpA.credentials.find((c) => c.credential_id === DEMO.credentials.acmeSlack)!;
    // The fixed development key every earlier version used.
    const published = await deriveCredentialKey(
      utf8("modulex-mock-dev-master-key-not-for-production"),
      slack.organization_id,
      slack.credential_id,
    );
    await expect(
      decryptSecret(published, slack.encrypted_secret!, credentialContext(slack.organization_id, slack.credential_id)),
    ).rejects.toThrow();
    expect(a.output()).toMatch(/random master key for this run/);
  });
  it("comes from MODULEX_MOCK_MASTER_KEY or --master-key, and is printed nowhere", async () => {
    const key = "a-master-key-chosen-by-the-developer";
    const expected = ((await createMock({ masterKey: key })).state() as Dump).api_keys.map((k) => k.key_hash);
    for (const run of [
      start(["--port", "0"], { MODULEX_MOCK_MASTER_KEY: key }),
      start(["--port", "0", "--master-key", key]),
    ]) {
      const dump = await dumpOf(await run.ready);
      await stopped(run);
      expect(dump.api_keys.map((k) => k.key_hash)).toEqual(expected);
      expect(run.output() + run.errors()).not.toContain(key);
    }
  });
  it("refuses a key shorter than 16 characters without printing it", async () => {
    const run = start(["--port", "0"], { MODULEX_MOCK_MASTER_KEY: "tooShortKey" });
    expect((await run.exited).code).toBe(1);
    expect(run.errors()).toMatch(/master key from MODULEX_MOCK_MASTER_KEY must be at least 16 characters/);
    expect(run.output() + run.errors()).not.toContain("tooShortKey");
  });
});

describe("--state-file", () => {
  const key = "a-master-key-for-the-state-file";
  it("keeps a created credential across a restart (Ctrl-C saves) and names the file in the banner", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mx-state-")), "state.json");
    const first = start(["--port", "0", "--state-file", file], { MODULEX_MOCK_MASTER_KEY: key });
    const url = await first.ready;
    expect(first.output()).toContain(`state kept in ${file}`);
    const headers = {
      Authorization: `Bearer ${DEMO.keys.owner}`,
      "X-Organization-ID": DEMO.orgs.acme,
      "Content-Type": "application/json",
    };
    const created = await checkedFetch()(`${url}/credentials`, {
      method: "POST",
      headers,
      body: JSON.stringify({ integration_name: "tavily", auth_data: { api_key: "tvly-kept-by-the-cli-0001" } }),
    });
    const id = (await created.json()).credential_id;
    first.child.kill("SIGINT");
    expect((await first.exited).code).toBe(0);
    const second = start(["--port", "0", "--state-file", file], { MODULEX_MOCK_MASTER_KEY: key });
    const again = await checkedFetch()(`${await second.ready}/credentials/${id}`, { headers });
    expect(again.status).toBe(200);
    second.child.kill("SIGTERM");
    expect((await second.exited).code).toBe(0);
  });
  it("refuses to start without a master key, and on a corrupt file, which it leaves as it was", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mx-state-")), "state.json");
    const keyless = start(["--port", "0", "--state-file", file]);
    expect((await keyless.exited).code).toBe(1);
    expect(keyless.errors()).toMatch(/--state-file needs a master key/);
    writeFileSync(file, "{ not json");
    const corrupt = start(["--port", "0", "--state-file", file], { MODULEX_MOCK_MASTER_KEY: key });
    expect((await corrupt.exited).code).toBe(1);
    expect(corrupt.errors()).toMatch(/is not valid JSON .*left untouched/);
    expect(readFileSync(file, "utf8")).toBe("{ not json");
  });
});

describe("formatBanner", () => {
  it("names every organization and key with the owner's roles", () => {
    const text = formatBanner("http://127.0.0.1:4010", demoSeed, "built-in demo");
    expect(text).toMatch(/^ModuleX mock listening on http:\/\/127\.0\.0\.1:4010 \(seed: built-in demo\)/);
    expect(text).toMatch(/owner@acme\.test\s+mx_live_DemoOwnerKey0+\n\s+owner of Acme, admin of Globex/);
    expect(text).toMatch(/legacy member \(retired role\) of Acme/);
  });
});
