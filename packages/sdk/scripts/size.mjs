#!/usr/bin/env node
// Prints the SDK's bundle size against openapi-fetch alone, measured in the same run (npm run size -w packages/sdk).
import { ENTRIES, bundleSize } from "./bundle-size.mjs";

const sdk = await bundleSize(ENTRIES.sdk);
const base = await bundleSize(ENTRIES["openapi-fetch"]);
console.log(`@modulex/sdk with dependencies: ${sdk.minified} B minified, ${sdk.gzip} B gzip (budget 8000 B gzip)`);
console.log(`openapi-fetch alone:           ${base.minified} B minified, ${base.gzip} B gzip`);
console.log(
  `ratio (gzip): ${(sdk.gzip / base.gzip).toFixed(2)}x openapi-fetch; the SDK's own code adds ${sdk.gzip - base.gzip} B`,
);
