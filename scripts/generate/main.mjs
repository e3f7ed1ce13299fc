#!/usr/bin/env node
// `npm run generate`: turns openapi/*.yaml into every generated file of the repo, one module per
// output (see this folder). `--check` regenerates in memory and fails on any difference, so the
// spec cannot drift from the code (npm test runs it through test/spec/generated.test.ts).
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { camelizeSpec } from "./camelize-spec.mjs";
import { mapTable } from "./map-table.mjs";
import { operationIndex } from "./operation-index.mjs";
import { contractScenarios, mockRoutes, operationMap, sdkMethods } from "./operation-map.mjs";
import { sdkMethodDocs } from "./sdk-method-docs.mjs";
import { sdkOperationsModule } from "./sdk-operations-module.mjs";
import { validatorRegistry } from "./validators.mjs";
import { typesOf } from "./wire-types.mjs";
import { header, writeOutputs } from "./write-outputs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const check = process.argv.includes("--check");
const specs = {
  modulex: parse(await readFile(join(root, "openapi/modulex.yaml"), "utf8")),
  control: parse(await readFile(join(root, "openapi/mock-control.yaml"), "utf8")),
};

const registry = validatorRegistry(specs);
const index = operationIndex(specs, registry.add);

/** `[path, text]` of each .ts file (tests excepted) directly in `dir`, by name. */
async function sources(dir) {
  const names = (await readdir(join(root, dir))).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort();
  return Promise.all(names.map(async (f) => [`${dir}/${f}`, await readFile(join(root, dir, f), "utf8")]));
}
const sdkMethodDocFiles = await sdkMethodDocs(root, specs.modulex);
// The resource files as they will be once their method docs are written.
const resources = (await sources("packages/sdk/src/resources")).map(([path, text]) => [
  path,
  sdkMethodDocFiles.find(([p]) => p === path)?.[1] ?? text,
]);
const client = ["packages/sdk/src/client.ts", await readFile(join(root, "packages/sdk/src/client.ts"), "utf8")];
const outputs = new Map([
  // The documents as JSON, for runtimes that should not parse YAML.
  ["openapi/generated/spec.json", `${JSON.stringify(specs.modulex, null, 2)}\n`],
  ["openapi/generated/mock-control.json", `${JSON.stringify(specs.control, null, 2)}\n`],
  // The one set of wire (snake_case) types: the mock and the runner import it, the SDK's .d.ts bundles it.
  ["openapi/generated/types.ts", header("openapi/modulex.yaml") + (await typesOf(specs.modulex))],
  ["openapi/generated/mock-control-types.ts", header("openapi/mock-control.yaml") + (await typesOf(specs.control))],
  ["openapi/generated/operations.json", `${JSON.stringify(index, null, 2)}\n`],
  [
    "openapi/generated/validators.js",
    header("openapi/modulex.yaml, openapi/mock-control.yaml") + (await registry.bundle(root)),
  ],
  [
    "openapi/generated/validators.d.ts",
    `${header("openapi/modulex.yaml")}import type { ValidateFunction } from "./validator-types.js";\nexport declare const validators: Record<string, ValidateFunction>;\n`,
  ],
  // The SDK's view: camelCase names, and the slice of the index a published client needs.
  [
    "packages/sdk/src/generated/camel.ts",
    header("openapi/modulex.yaml (names in camelCase)") + (await typesOf(camelizeSpec(specs.modulex))),
  ],
  [
    "packages/sdk/src/generated/operations.ts",
    header("openapi/modulex.yaml") + sdkOperationsModule(index, mapTable(specs.modulex)),
  ],
  ...sdkMethodDocFiles,
  // For every operation: its spec section, SDK method, mock route and contract scenarios.
  [
    "docs/operations.md",
    operationMap({
      index,
      specFile: "openapi/modulex.yaml",
      specText: await readFile(join(root, "openapi/modulex.yaml"), "utf8"),
      sdk: sdkMethods([client, ...resources], resources),
      mock: mockRoutes(await sources("mock-server/src/handlers")),
      contract: contractScenarios(await sources("packages/contract/src/scenarios"), Object.keys(index)),
    }),
  ],
]);

const differing = await writeOutputs(root, outputs, { check, log: console.log });
if (check) {
  if (differing.length) {
    console.error(
      `Generated files drift from the spec (run \`npm run generate\` and commit):\n  ${differing.join("\n  ")}`,
    );
    process.exit(1);
  }
  console.log(`generated files match the spec (${outputs.size} files)`);
}
