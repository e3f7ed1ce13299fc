// The SDK's gzipped size with its dependency, and openapi-fetch's alone, measured the way the
// SDK's own size script does (packages/sdk/scripts/bundle-size.mjs).
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { repo } from "./servers.mjs";

export async function sdkGzipSize() {
  const { ENTRIES, bundleSize } = await import(pathToFileURL(join(repo, "packages/sdk/scripts/bundle-size.mjs")).href);
  const [sdk, base] = await Promise.all([bundleSize(ENTRIES.sdk), bundleSize(ENTRIES["openapi-fetch"])]);
  return { sdk: sdk.gzip, base: base.gzip };
}
