import { defineConfig } from "tsup";

// Everything (the spec's validators, fast-check) is bundled, so `npx modulex-contract` runs from
// dist/ alone, against any server, without the rest of this repo.
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  dts: false,
  clean: true,
  noExternal: [/.*/],
  splitting: true,
});
