// Packaging guarantees: runtime code runs anywhere (no `node:` imports, no Node globals), and the
// whole SDK with its dependencies stays under the size budget.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRIES, bundleSize, sdkRoot } from "../scripts/bundle-size.mjs";

const BUDGET_GZIP = 8000;

function runtimeFiles(dir = join(sdkRoot, "src")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return runtimeFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("packaging", () => {
  it("runtime code imports nothing from node: and touches no Node global except through globalThis.process?.env", () => {
    const files = runtimeFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      // Code only: JSDoc examples may well mention process.env.
      const source = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      const name = relative(sdkRoot, file);
      expect(source, name).not.toMatch(/from\s+["']node:|require\(|import\(["']node:/);
      expect(source, name).not.toMatch(/\b(Buffer|__dirname|setImmediate)\b/);
      expect(source.replace(/globalThis as \{ process\?:[^)]*\)\.process\?\.env/g, ""), name).not.toMatch(
        /\bprocess\./,
      );
    }
  });

  it(`stays under ${BUDGET_GZIP} bytes minified and gzipped, with openapi-fetch`, async () => {
    const sdk = await bundleSize(ENTRIES.sdk);
    const base = await bundleSize(ENTRIES["openapi-fetch"]);
    console.log(
      `sdk+deps ${sdk.gzip} B gzip (${sdk.minified} B min); openapi-fetch alone ${base.gzip} B; ratio ${(sdk.gzip / base.gzip).toFixed(2)}`,
    );
    expect(sdk.gzip).toBeLessThan(BUDGET_GZIP);
    // The measurement includes the dependency: a bundle smaller than openapi-fetch alone would mean it was left out.
    expect(sdk.gzip).toBeGreaterThan(base.gzip);
  });

  it("package.json exports ESM and CommonJS, each with its own .d.ts, and is side-effect free", () => {
    const pkg = JSON.parse(readFileSync(join(sdkRoot, "package.json"), "utf8"));
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports["."]).toEqual({
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    });
    expect(pkg.scripts).toMatchObject({ build: "tsup", docs: "typedoc" });
  });
});
