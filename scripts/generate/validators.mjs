// Every schema the operation index names, compiled once by ajv into standalone code and bundled
// by esbuild into one dependency-free ESM file (openapi/generated/validators.js).
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";

/** `#/components/schemas/X` → `<specId>#/$defs/X`, so schemas of two documents never collide. */
export function rewriteSchemaRefs(schema, specId) {
  return JSON.parse(JSON.stringify(schema).replace(/#\/components\/schemas\//g, `${specId}#/$defs/`));
}

/**
 * A registry of validators over the documents of `specsById`: `add(schema, specId)` returns the
 * name (`v0`, `v1`…) of the validator for that schema — identical schemas of one document share
 * one — and `bundle(resolveDir)` the ESM source exporting `validators`, keyed by those names.
 */
export function validatorRegistry(specsById) {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    inlineRefs: false,
    code: { source: true, esm: false },
    validateFormats: true,
  });
  addFormats(ajv);
  for (const [specId, spec] of Object.entries(specsById)) {
    ajv.addSchema({ $id: specId, $defs: rewriteSchemaRefs(spec.components?.schemas ?? {}, specId) });
  }
  const exportsMap = {};
  const known = new Map();
  return {
    add(schema, specId) {
      const key = specId + JSON.stringify(schema);
      if (known.has(key)) return known.get(key);
      const name = `v${known.size}`;
      known.set(key, name);
      ajv.addSchema({ ...rewriteSchemaRefs(schema, specId), $id: `${specId}-${name}` });
      exportsMap[name] = `${specId}-${name}`;
      return name;
    },
    async bundle(resolveDir) {
      const cjs = standaloneCode(ajv, exportsMap);
      const bundled = await build({
        stdin: { contents: cjs, resolveDir, loader: "js", sourcefile: "validators.cjs" },
        bundle: true,
        format: "esm",
        platform: "neutral",
        write: false,
        legalComments: "none",
        minifySyntax: false,
      });
      // The CommonJS exports object becomes one named export the runtime helper indexes by name.
      const js = bundled.outputFiles[0].text.replace(
        /export default ([\w$]+)\(\);\s*$/,
        "export const validators = $1();\n",
      );
      if (!/export const validators/.test(js)) throw new Error("unexpected bundle shape for validators");
      return js;
    },
  };
}
