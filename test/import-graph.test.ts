// Every package's sources form a tree of imports: no cycle (a cycle makes load order matter and
// hides which module owns a type), and no internal module imports one of its package's entry
// points (the files package.json exports; an entry point may build on another).
import { readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importSpecifiers } from "./support/import-specifiers.js";

const PACKAGES: Record<string, string[]> = {
  "packages/sdk/src": ["index.ts"],
  "mock-server/src": ["index.ts", "node.ts", "browser.ts", "cli.ts"],
  "packages/contract/src": ["index.ts", "cli.ts"],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [path] : [];
  });
}

function importGraph(root: string): Map<string, string[]> {
  return new Map(
    sources(root).map((file) => [
      file,
      importSpecifiers(file)
        .filter((spec) => spec.startsWith("."))
        .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, ".ts")))
        .filter((target) => target.startsWith(root)),
    ]),
  );
}

/** Each cycle once, as `a.ts → b.ts → a.ts`. */
function cyclesOf(graph: Map<string, string[]>, root: string): string[] {
  const state = new Map<string, "open" | "done">();
  const cycles: string[] = [];
  const visit = (file: string, stack: string[]) => {
    state.set(file, "open");
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === "open")
        cycles.push([...stack.slice(stack.indexOf(target)), target].map((f) => relative(root, f)).join(" → "));
      else if (!state.has(target)) visit(target, stack);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file, []);
  return cycles;
}

describe("import graph", () => {
  for (const [dir, entries] of Object.entries(PACKAGES)) {
    const root = resolve(dir);
    const graph = importGraph(root);
    it(`${dir}: no import cycle`, () => {
      expect(graph.size).toBeGreaterThan(10);
      expect(cyclesOf(graph, root)).toEqual([]);
    });
    it(`${dir}: no internal module imports an entry point (${entries.join(", ")})`, () => {
      const entryFiles = entries.map((e) => join(root, e));
      const importers = [...graph]
        .filter(([file, targets]) => !entryFiles.includes(file) && targets.some((t) => entryFiles.includes(t)))
        .map(([file]) => relative(root, file));
      expect(importers).toEqual([]);
    });
  }
  it("finds a cycle when there is one", () => {
    const graph = new Map([
      ["/r/a.ts", ["/r/b.ts"]],
      ["/r/b.ts", ["/r/a.ts"]],
    ]);
    expect(cyclesOf(graph, "/r")).toEqual(["a.ts → b.ts → a.ts"]);
  });
});
