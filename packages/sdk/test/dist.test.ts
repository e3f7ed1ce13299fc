// The package as published: tsup's ESM and CommonJS builds both load and work (the same config
// as `npm run build`, written to a scratch folder so a stale dist/ cannot hide a problem).
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../tsup.config.js";
import { sdkRoot } from "../scripts/bundle-size.mjs";

const outDir = join(sdkRoot, "node_modules", ".cache", `dist-test-${process.pid}`);

beforeAll(async () => {
  const options = config as { entry: string[]; tsconfig: string };
  await build({
    ...options,
    entry: options.entry.map((entry) => join(sdkRoot, entry)),
    tsconfig: join(sdkRoot, options.tsconfig),
    outDir,
    dts: false,
    sourcemap: false,
    silent: true,
    config: false,
  });
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function smoke(sdk: typeof import("../src/index.js")) {
  const sent: Request[] = [];
  const mx = new sdk.ModuleX({
    apiKey: `mx_live_${"A".repeat(32)}`,
    organizationId: "9a1f0c7e-2b44-4f1a-9c3d-7e5b2a1d8f60",
    fetch: async (input, init) => {
      sent.push(new Request(input, init));
      return Response.json({ detail: "Credential not found" }, { status: 404 });
    },
  });
  const error = await mx.credentials.retrieve("b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(sdk.NotFoundError);
  expect(error).toBeInstanceOf(sdk.APIError);
  expect(sent[0]!.url).toBe("https://api.modulex.dev/credentials/b3f1c2d4-aa11-4e55-8c90-12ab34cd56ef");
  expect(Object.keys(sdk).sort()).toEqual([
    "APIError",
    "APIPromise",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectionError",
    "InternalServerError",
    "ModuleX",
    "ModuleXError",
    "NotFoundError",
    "PagePromise",
    "PermissionDeniedError",
    "RateLimitError",
    "TimeoutError",
    "parseTimestamp",
    "readRateLimit",
  ]);
}

describe("built package", () => {
  it("ESM build loads and works", async () => {
    await smoke(await import(pathToFileURL(join(outDir, "index.js")).href));
  });

  it("CommonJS build loads with require() and works", async () => {
    const require = createRequire(join(outDir, "index.cjs"));
    await smoke(require(join(outDir, "index.cjs")));
  });
});
