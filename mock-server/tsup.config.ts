import { defineConfig } from "tsup";

// One build for all entries (shared chunks). The core (index, browser) uses Web APIs only, so its
// output runs anywhere; node and cli add node:http. The workspace spec package (@modulex/spec:
// validators, operation index) is bundled in; runtime dependencies stay external.
// Declarations (dist/*.d.ts, what package.json's `types` conditions point at) are emitted so a
// consumer's compiler never type-checks our source under its own settings. @modulex/spec is
// private and not published, so its types are inlined: `paths` sends the dts build to its source
// (tsup's `dts.resolve` cannot follow a workspace package's `exports` map).
export default defineConfig({
  entry: { index: "src/index.ts", browser: "src/browser.ts", node: "src/node.ts", cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  external: ["msw", "msw/browser", "msw/node", "zod", "jose"],
  noExternal: [/^@modulex\/spec/],
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
