import { defineConfig } from "tsup";

// One build for all entries (shared chunks). The core (index, browser) uses Web APIs only, so its
// output runs anywhere; node and cli add node:http. The workspace spec package (@modulex/spec:
// validators, operation index) is bundled in; runtime dependencies stay external.
export default defineConfig({
  entry: { index: "src/index.ts", browser: "src/browser.ts", node: "src/node.ts", cli: "src/cli.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  external: ["msw", "msw/browser", "msw/node", "@msw/data", "zod", "jose"],
  noExternal: [/^@modulex\/spec/],
  clean: true,
  splitting: true,
  sourcemap: true,
});
