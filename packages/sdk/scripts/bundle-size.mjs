// Minified + gzipped size of a module bundled with its dependencies, as an app's bundler would ship it.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const sdkRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** { minified, gzip } bytes of `contents` (ES module source) bundled from the SDK's folder. */
export async function bundleSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: sdkRoot, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The whole SDK (every export, so nothing is tree-shaken away) and openapi-fetch alone. */
export const ENTRIES = {
  sdk: `export * from "./src/index.ts";`,
  "openapi-fetch": `export * from "openapi-fetch"; export { default } from "openapi-fetch";`,
};
