// The mock's layers, as mock-server/README.md states them, checked on every import of its sources:
// model/ (the spec's types and the catalog) ← policy/ (pure functions) ← core/ (the request
// pipeline and the state) ← handlers/ (routes and the domain services they share) ← the entry
// points. A layer imports only from itself and the layers below it; tests may import anything.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importSpecifiers } from "../../test/support/import-specifiers.js";

const src = new URL(".", import.meta.url).pathname;
const LAYERS = ["model", "policy", "core", "handlers"] as const;
/** Packages a layer may import besides the layers below it. */
const PACKAGES: Record<(typeof LAYERS)[number], RegExp> = {
  model: /^@modulex\/spec\//,
  policy: /^@modulex\/spec\//,
  core: /^(@modulex\/spec\/|@msw\/data$|zod\/|msw(\/|$)|jose$)/,
  handlers: /^@modulex\/spec\//,
};

describe("mock layers", () => {
  for (const [rank, layer] of LAYERS.entries()) {
    it(`${layer}/ imports only from ${[...LAYERS.slice(0, rank + 1)].reverse().join(", ")} and its packages`, () => {
      const files = readdirSync(join(src, layer)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
      expect(files.length).toBeGreaterThan(0);
      const wrong: string[] = [];
      for (const file of files) {
        for (const spec of importSpecifiers(join(src, layer, file))) {
          if (!spec.startsWith(".")) {
            if (!PACKAGES[layer].test(spec)) wrong.push(`${layer}/${file} → ${spec}`);
            continue;
          }
          const target = relative(src, join(src, layer, spec)).split("/")[0]!;
          const targetRank = LAYERS.indexOf(target as (typeof LAYERS)[number]);
          if (targetRank === -1 || targetRank > rank) wrong.push(`${layer}/${file} → ${spec}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
