import { defineConfig } from "tsup";

// One build for all entries (shared chunks). The core (index, browser) uses Web APIs only, so its
// output runs anywhere; node and cli add node:http. The workspace spec package (@modulex/spec:
// validators, operation index), zod and jose are bundled in (tree-shaken: the standalone server's
// cold start loaded ~100 of their modules one by one); msw stays external, a peer: the app's
// setupServer must get handlers of its own msw. zod stays a dependency for the types of `Seed`.
// Declarations (dist/*.d.ts, what package.json's `types` conditions point at) are emitted so a
// consumer's compiler never type-checks our source under its own settings. @modulex/spec is
// private and not published, so its types are inlined: `paths` sends the dts build to its source
// (tsup's `dts.resolve` cannot follow a workspace package's `exports` map).
export default defineConfig({
  entry: { index: "src/index.ts", browser: "src/browser.ts", node: "src/node.ts", cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  external: ["msw", "msw/browser", "msw/node"],
  noExternal: [/^@modulex\/spec/, "zod", /^zod\//, "jose"],
  clean: true,
  splitting: true,
  sourcemap: true,
  dts: {
    entry: { index: "src/index.ts", browser: "src/browser.ts", node: "src/node.ts" },
    compilerOptions: {
      paths: {
        "@modulex/spec/types": ["../openapi/generated/types.ts"],
        "@modulex/spec/control-types": ["../openapi/generated/mock-control-types.ts"],
        "@modulex/spec/contract": ["../openapi/lib/contract.ts"],
      },
    },
  },
});
