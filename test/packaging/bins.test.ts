// npm links a package's bin at install time only if the target file exists then. `npm ci` builds
// dist/ afterwards (prepare), so a bin pointing into dist/ is silently not linked on a fresh clone
// and `npx modulex-mock` would fall back to the public registry. Bins must be committed files.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const tracked = new Set(execFileSync("git", ["ls-files"], { encoding: "utf8" }).split("\n"));
const root = JSON.parse(readFileSync("package.json", "utf8")) as { workspaces: string[] };

describe("workspace bins", () => {
  const bins = root.workspaces.flatMap((ws) => {
    const pkg = JSON.parse(readFileSync(`${ws}/package.json`, "utf8")) as { bin?: Record<string, string> };
    return Object.entries(pkg.bin ?? {}).map(([name, target]) => ({
      name,
      path: `${ws}/${target.replace(/^\.\//, "")}`,
    }));
  });

  it("exist: modulex-mock and modulex-contract", () => {
    expect(bins.map((b) => b.name).sort()).toEqual(["modulex-contract", "modulex-mock"]);
  });

  it.each(bins)("$name points at a committed file ($path), not at build output", ({ path }) => {
    expect(tracked.has(path)).toBe(true);
    expect(path).not.toMatch(/\/dist\//);
    expect(readFileSync(path, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });
});
