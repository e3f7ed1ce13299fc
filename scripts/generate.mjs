#!/usr/bin/env node
// Turns openapi/*.yaml into every generated file of the repo. `--check` regenerates in memory
// and fails on any difference, so the spec cannot drift from the code (CI runs it).
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import openapiTS, { astToString } from "openapi-typescript";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";

const METHODS = ["get", "put", "post", "delete", "patch"];
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
const HEADER = (source) =>
  `// GENERATED FILE — do not edit. Source: ${source}; regenerate with \`npm run generate\`.\n`;

const specs = {
  modulex: parse(await readFile(join(root, "openapi/modulex.yaml"), "utf8")),
  control: parse(await readFile(join(root, "openapi/mock-control.yaml"), "utf8")),
};

const outputs = new Map(); // path -> contents

// 1. The specs as JSON, for runtimes that should not parse YAML.
outputs.set("openapi/generated/spec.json", JSON.stringify(specs.modulex, null, 2) + "\n");
outputs.set("openapi/generated/mock-control.json", JSON.stringify(specs.control, null, 2) + "\n");

// 2. Wire (snake_case) types.
const tsOptions = { alphabetize: false, exportType: true };
const wireTypes = astToString(await openapiTS(structuredClone(specs.modulex), tsOptions));
const controlTypes = astToString(await openapiTS(structuredClone(specs.control), tsOptions));
outputs.set("openapi/generated/types.ts", HEADER("openapi/modulex.yaml") + wireTypes);
outputs.set("openapi/generated/mock-control-types.ts", HEADER("openapi/mock-control.yaml") + controlTypes);

// 3. The SDK's view: the same document with property and parameter names in camelCase
//    (free-form maps untouched), and the map table the runtime converter uses.
//    Only request schemas carry defaults (make_default, limit…), so for the SDK a default keeps a
//    property optional: callers must not be forced to send what the server defaults.
const sdkTsOptions = { ...tsOptions, defaultNonNullable: false };
const mapTable = collectMapTable(specs.modulex);
const camelSpec = camelizeSpec(specs.modulex);
const camelTypes = astToString(await openapiTS(camelSpec, sdkTsOptions));
const sdkWireTypes = astToString(await openapiTS(structuredClone(specs.modulex), sdkTsOptions));
outputs.set("packages/sdk/src/generated/wire.ts", HEADER("openapi/modulex.yaml") + sdkWireTypes);
outputs.set("packages/sdk/src/generated/camel.ts", HEADER("openapi/modulex.yaml (names in camelCase)") + camelTypes);
outputs.set(
  "packages/sdk/src/generated/operations.ts",
  HEADER("openapi/modulex.yaml") + sdkOperationsModule(specs.modulex, mapTable),
);

// 4. Validators (ajv standalone, bundled into one dependency-free ESM file) and the operation index.
const { validatorsJs, operationIndex } = await buildValidators();
outputs.set("openapi/generated/validators.js", HEADER("openapi/modulex.yaml, openapi/mock-control.yaml") + validatorsJs);
outputs.set(
  "openapi/generated/validators.d.ts",
  HEADER("openapi/modulex.yaml") +
    `import type { ValidateFunction } from "./validator-types.js";\n` +
    `export declare const validators: Record<string, ValidateFunction>;\n`,
);
outputs.set("openapi/generated/operations.json", JSON.stringify(operationIndex, null, 2) + "\n");

// 5. The SDK methods' JSDoc: above each `Operation \`id\`: \`METHOD /path\`.` line in
//    packages/sdk/src/resources/*.ts, the operation's summary and description from the spec
//    (the rest of each comment, like its @example, is hand-written and kept).
for (const [path, contents] of await sdkMethodDocs(specs.modulex)) outputs.set(path, contents);

let drift = [];
for (const [path, contents] of outputs) {
  const abs = join(root, path);
  const before = await readFile(abs, "utf8").catch(() => null);
  if (before === contents) continue;
  if (check) drift.push(path);
  else {
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, contents);
    console.log(`wrote ${path}`);
  }
}
if (check) {
  if (drift.length) {
    console.error(`Generated files drift from the spec (run \`npm run generate\` and commit):\n  ${drift.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`generated files match the spec (${outputs.size} files)`);
}

// ---------------------------------------------------------------------------------------------

function snakeToCamel(name) {
  return name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
}

function isMap(schema) {
  return schema && typeof schema === "object" && typeof schema["x-modulex-map"] === "string";
}

/** Property name -> "opaque" | "keyed", for every property whose schema is a marked map. */
function collectMapTable(spec) {
  const table = {};
  const plainObjects = new Set();
  const seen = new Set();
  const resolve = (s) => (s && s.$ref ? resolveRef(spec, s.$ref) : s);
  const walk = (schema) => {
    schema = resolve(schema);
    if (!schema || typeof schema !== "object" || seen.has(schema)) return;
    seen.add(schema);
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      const target = resolve(prop);
      if (isMap(target)) {
        const kind = target["x-modulex-map"];
        if (table[name] && table[name] !== kind) throw new Error(`property ${name} is marked both ${table[name]} and ${kind}`);
        table[name] = kind;
      } else if (target && (target.properties || target.allOf || target.oneOf)) plainObjects.add(name);
      walk(prop);
    }
    for (const key of ["items", "additionalProperties"]) if (typeof schema[key] === "object") walk(schema[key]);
    for (const key of ["allOf", "oneOf", "anyOf"]) for (const s of schema[key] ?? []) walk(s);
  };
  for (const s of Object.values(spec.components.schemas)) walk(s);
  for (const op of operations(spec)) {
    for (const r of Object.values(op.operation.responses ?? {})) {
      const resp = resolve(r);
      for (const m of Object.values(resp.content ?? {})) walk(m.schema);
    }
    for (const m of Object.values(op.operation.requestBody?.content ?? {})) walk(m.schema);
  }
  for (const name of Object.keys(table)) {
    // A name that is a map in one schema and an object with properties in another would be
    // converted wrongly by a name-driven converter; refuse it here rather than corrupt data.
    if (plainObjects.has(name)) throw new Error(`property ${name} is a free-form map in one schema and an object elsewhere`);
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}

function camelizeSpec(spec) {
  const out = structuredClone(spec);
  const camelizeSchema = (schema) => {
    if (!schema || typeof schema !== "object" || Array.isArray(schema)) return;
    if (schema["x-modulex-map"] === "opaque") return; // user data: keys stay as sent
    if (schema.properties) {
      schema.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([k, v]) => [snakeToCamel(k), v]),
      );
      for (const v of Object.values(schema.properties)) camelizeSchema(v);
    }
    if (Array.isArray(schema.required)) schema.required = schema.required.map(snakeToCamel);
    for (const key of ["items", "additionalProperties"]) camelizeSchema(schema[key]);
    for (const key of ["allOf", "oneOf", "anyOf"]) for (const s of schema[key] ?? []) camelizeSchema(s);
    // Examples stay in wire format; the camel document only feeds type generation.
    delete schema.example;
    delete schema.examples;
  };
  for (const s of Object.values(out.components.schemas)) camelizeSchema(s);
  const camelizeParam = (p) => {
    if (p.in === "query" || p.in === "path") p.name = snakeToCamel(p.name);
  };
  for (const p of Object.values(out.components.parameters ?? {})) camelizeParam(p);
  // Path templates keep wire names in the URL; parameters are camelCase in types.
  for (const item of Object.values(out.paths)) {
    for (const p of item.parameters ?? []) if (!p.$ref) camelizeParam(p);
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const p of op.parameters ?? []) if (!p.$ref) camelizeParam(p);
      for (const m of Object.values(op.requestBody?.content ?? {})) {
        camelizeSchema(m.schema);
        delete m.example;
        delete m.examples;
      }
      for (const r of Object.values(op.responses ?? {})) {
        for (const m of Object.values(r.content ?? {})) {
          camelizeSchema(m.schema);
          delete m.example;
          delete m.examples;
        }
      }
    }
  }
  for (const r of Object.values(out.components.responses ?? {})) {
    for (const m of Object.values(r.content ?? {})) {
      delete m.example;
      delete m.examples;
    }
  }
  return out;
}

function* operations(spec) {
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      if (item[method]) yield { path, method, item, operation: item[method] };
    }
  }
}

function resolveRef(spec, ref) {
  if (!ref.startsWith("#/")) throw new Error(`external $ref not supported: ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((o, k) => o?.[k], spec);
}

function paramsOf(spec, item, operation) {
  const all = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
    p.$ref ? resolveRef(spec, p.$ref) : p,
  );
  return all;
}

function sdkOperationsModule(spec, table) {
  const ops = {};
  for (const { path, method, item, operation } of operations(spec)) {
    const params = paramsOf(spec, item, operation);
    ops[operation.operationId] = {
      method: method.toUpperCase(),
      path,
      orgScoped: params.some((p) => p.in === "header" && p.name === "X-Organization-ID"),
    };
  }
  return (
    `/** Free-form maps by property name: "opaque" maps pass through untouched, "keyed" maps keep their keys and convert their values. */\n` +
    `export const MAP_PROPERTIES: Readonly<Record<string, "opaque" | "keyed">> = ${JSON.stringify(table)};\n\n` +
    `/** Every operation of the spec: method, path template and whether it takes X-Organization-ID. */\n` +
    `export const OPERATIONS = ${JSON.stringify(ops, null, 2)} as const;\n\n` +
    `export type OperationId = keyof typeof OPERATIONS;\n`
  );
}

async function buildValidators() {
  const ajv = new Ajv2020({ strict: false, allErrors: true, inlineRefs: false, code: { source: true, esm: false }, validateFormats: true });
  addFormats(ajv);
  const defsDoc = (spec, id) => {
    const json = JSON.stringify(spec.components.schemas ?? {}).replace(/#\/components\/schemas\//g, `${id}#/$defs/`);
    return { $id: id, $defs: JSON.parse(json) };
  };
  ajv.addSchema(defsDoc(specs.modulex, "modulex"));
  ajv.addSchema(defsDoc(specs.control, "control"));
  const rewrite = (schema, id) =>
    JSON.parse(JSON.stringify(schema).replace(/#\/components\/schemas\//g, `${id}#/$defs/`));

  const exportsMap = {};
  const index = {};
  let n = 0;
  const known = new Map(); // identical schemas share one validator
  const add = (schema, id) => {
    const key = id + JSON.stringify(schema);
    if (known.has(key)) return known.get(key);
    const name = `v${n++}`;
    known.set(key, name);
    ajv.addSchema({ ...rewrite(schema, id), $id: `${id}-${name}` });
    exportsMap[name] = `${id}-${name}`;
    return name;
  };
  for (const [id, spec] of [["modulex", specs.modulex], ["control", specs.control]]) {
    for (const { path, method, item, operation } of operations(spec)) {
      const params = paramsOf(spec, item, operation).map((p) => ({
        name: p.name,
        in: p.in,
        required: Boolean(p.required),
        validator: add(p.schema, id),
        type: p.schema.type ?? (p.schema.$ref ? resolveRef(spec, p.schema.$ref).type : undefined),
      }));
      let requestBody = null;
      if (operation.requestBody) {
        const [contentType, media] = Object.entries(operation.requestBody.content)[0];
        // The body's own fields: servers ignore others (the body is read raw); the mock's strict mode refuses them.
        const bodySchema = media.schema.$ref ? resolveRef(spec, media.schema.$ref) : media.schema;
        const fields = Object.keys(bodySchema.properties ?? {});
        requestBody = { required: Boolean(operation.requestBody.required), contentType, validator: add(media.schema, id), fields };
      }
      const responses = {};
      for (const [status, r] of Object.entries(operation.responses)) {
        const resp = r.$ref ? resolveRef(spec, r.$ref) : r;
        const headers = {};
        for (const [name, h] of Object.entries(resp.headers ?? {})) {
          const header = h.$ref ? resolveRef(spec, h.$ref) : h;
          headers[name.toLowerCase()] = { required: Boolean(header.required), validator: add(header.schema, id), type: header.schema.type };
        }
        const content = Object.entries(resp.content ?? {})[0];
        const contentSchema = content?.[1].schema?.$ref ? resolveRef(spec, content[1].schema.$ref) : content?.[1].schema;
        responses[status] = {
          contentType: content ? content[0] : null,
          validator: content ? add(content[1].schema, id) : null,
          headers,
          // x-modulex-tbd: the docs call this body's shape unverified; x-modulex-documented-failure: a 5xx the docs describe.
          ...(contentSchema?.["x-modulex-tbd"] ? { tbd: true } : {}),
          ...(resp["x-modulex-documented-failure"] ? { documentedFailure: true } : {}),
        };
      }
      index[operation.operationId] = {
        spec: id,
        method: method.toUpperCase(),
        path,
        tag: operation.tags?.[0] ?? null,
        deprecated: Boolean(operation.deprecated),
        secured: (operation.security ?? spec.security ?? []).length > 0,
        parameters: params,
        requestBody,
        responses,
      };
    }
  }
  const cjs = standaloneCode(ajv, exportsMap);
  const bundled = await build({
    stdin: { contents: cjs, resolveDir: root, loader: "js", sourcefile: "validators.cjs" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
    legalComments: "none",
    minifySyntax: false,
  });
  let js = bundled.outputFiles[0].text;
  // The CommonJS exports object becomes one named export the runtime helper indexes by name.
  js = js.replace(/export default ([\w$]+)\(\);\s*$/, "export const validators = $1();\n");
  if (!/export const validators/.test(js)) throw new Error("unexpected bundle shape for validators");
  return { validatorsJs: js, operationIndex: index };
}

async function sdkMethodDocs(spec) {
  const byId = new Map([...operations(spec)].map((op) => [op.operation.operationId, op]));
  const dir = "packages/sdk/src/resources";
  const files = (await readdir(join(root, dir))).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).sort();
  const block = /^([ \t]*)\/\*\*\n(?:\1 \*(?!\/).*\n)*?\1 \* Operation `(\w+)`: `[^`\n]*`\.\n/gm;
  const result = [];
  for (const file of files) {
    const path = `${dir}/${file}`;
    const source = await readFile(join(root, path), "utf8");
    const updated = source.replace(block, (_, indent, id) => {
      const op = byId.get(id);
      if (!op) throw new Error(`${path}: operation ${id} is not in the spec`);
      const { summary, description = "", deprecated } = op.operation;
      const text = [
        summary.replace(/\.?$/, "."),
        "",
        ...description.trim().split("\n"),
        "",
        ...(deprecated ? ["@deprecated See above."] : []),
        `Operation \`${id}\`: \`${op.method.toUpperCase()} ${op.path}\`.`,
      ];
      const lines = text.map((line) => `${indent} *${line.trimEnd() ? " " + line.trimEnd().replace(/\*\//g, "*\\/") : ""}`);
      return `${indent}/**\n${lines.join("\n")}\n`;
    });
    if (updated !== source) result.push([path, updated]);
  }
  return result;
}

