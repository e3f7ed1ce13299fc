import { defineConfig } from "tsup";

// Everything (the spec's validators, fast-check) is bundled, so `npx modulex-contract` runs from
// dist/ alone, against any server, without the rest of this repo. Its declarations
// (dist/index.d.ts) inline the types it uses from the private @modulex/spec, through `paths`
// (tsup's `dts.resolve` cannot follow a workspace package's `exports` map).
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  dts: {
    entry: { index: "src/index.ts" },
    compilerOptions: {
      paths: {
        "@modulex/spec/types": ["../../openapi/generated/types.ts"],
        "@modulex/spec/contract": ["../../openapi/lib/contract.ts"],
      },
    },
  },
  clean: true,
  noExternal: [/.*/],
  splitting: true,
});
