import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  // Tests import the workspace packages from source, so they never need a build first.
  resolve: {
    alias: [
      { find: /^@modulex\/mock-server$/, replacement: src("./mock-server/src/index.ts") },
      { find: /^@modulex\/mock-server\/node$/, replacement: src("./mock-server/src/node.ts") },
      { find: /^@modulex\/mock-server\/browser$/, replacement: src("./mock-server/src/browser.ts") },
    ],
  },
  test: {
    exclude: ["**/node_modules/**", "**/dist/**"],
    // Loopback only: tests start servers on 127.0.0.1 with ephemeral ports.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "json"],
    projects: [
      {
        extends: true,
        test: {
          name: "kit",
          include: [
            "test/**/*.test.ts",
            "mock-server/{src,test}/**/*.test.ts",
            "packages/*/{src,test}/**/*.test.ts",
            "scripts/**/*.test.mjs",
          ],
        },
      },
      // The SDK's integration tests again, over HTTP through Prism (see test/sdk/harness.ts).
      {
        extends: true,
        test: { name: "sdk-via-prism", include: ["test/sdk/**/*.test.ts"], env: { MODULEX_SDK_VIA_PRISM: "1" } },
      },
    ],
    outputFile: { json: ".tmp/vitest-results.json" },
  },
});
