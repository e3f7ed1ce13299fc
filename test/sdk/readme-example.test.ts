// The quick-start example of docs/sdk.md (the README's SDK section) runs as written against the
// standalone mock over real HTTP, in its default mode and in its strict one. Only the port and the package specifier are swapped: the mock
// listens on a free port, and @modulex/sdk points at the source so no build is needed.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { startServer, type RunningServer } from "../../mock-server/src/node.js";

const root = join(import.meta.dirname, "../..");
const scratch = join(root, ".tmp", `readme-example-${process.pid}`); // git-ignored, and not under node_modules (vitest must transform the import)
const servers: Record<string, RunningServer> = {};

beforeAll(async () => {
  servers.default = await startServer({ port: 0 });
  servers.strict = await startServer({ port: 0, strict: true });
  mkdirSync(scratch, { recursive: true });
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
  rmSync(scratch, { recursive: true, force: true });
});

it.each(["default", "strict"])(
  "docs/sdk.md's quick start runs and prints what the docs say (%s mock)",
  async (mode) => {
    const server = servers[mode]!;
    const doc = readFileSync(join(root, "docs/sdk.md"), "utf8");
    const example = /## Quick start[\s\S]*?```js\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toContain('from "@modulex/sdk"');
    expect(example).toContain('"http://127.0.0.1:4010"');
    const file = join(scratch, `example-${mode}.mjs`);
    writeFileSync(
      file,
      example!
        .replace('"http://127.0.0.1:4010"', JSON.stringify(server.url))
        .replace('"@modulex/sdk"', JSON.stringify(pathToFileURL(join(root, "packages/sdk/src/index.ts")).href)),
    );
    const lines: string[] = [];
    const log = vi
      .spyOn(console, "log")
      .mockImplementation(
        (...args: unknown[]) =>
          void lines.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")),
      );
    try {
      await import(pathToFileURL(file).href);
    } finally {
      log.mockRestore();
    }
    expect(lines[0]).toBe("signed in as owner@acme.test (api_key)");
    expect(lines[1]).toMatch(/^created [0-9a-f-]{36} \{"Team_Name":"Platform"\}$/);
    expect(lines.filter((l) => l.startsWith("- "))).toEqual(
      expect.arrayContaining(["- slack: Production Slack", "- github: Production GitHub", "- tavily: Tavily search"]),
    );
    expect(lines.slice(-3)).toEqual([
      "rotation: rotated",
      "Globex has 2 credentials",
      "not in Globex: 404 Credential not found",
    ]);
  },
);
