// The SDK methods' JSDoc: above each `Operation \`id\`: \`METHOD /path\`.` line of a resource
// file, the operation's summary and description from the spec. The rest of the comment (its
// @example, @param…) is hand-written and kept.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { operationsOf } from "./spec-walk.mjs";

const RESOURCES = "packages/sdk/src/resources";

const BLOCK = /^([ \t]*)\/\*\*\n(?:\1 \*(?!\/).*\n)*?\1 \* Operation `(\w+)`: `[^`\n]*`\.\n/gm;

/**
 * `source` with the spec's text in every marked comment. `byId` maps operationId → `{ method,
 * path, operation }`; throws for a marked id the spec does not have.
 */
export function withMethodDocs(source, byId, fileName) {
  return source.replace(BLOCK, (_, indent, id) => {
    const op = byId.get(id);
    if (!op) throw new Error(`${fileName}: operation ${id} is not in the spec`);
    const { summary, description = "", deprecated } = op.operation;
    const text = [
      summary.replace(/\.?$/, "."),
      "",
      ...description.trim().split("\n"),
      "",
      ...(deprecated ? ["@deprecated See above."] : []),
      `Operation \`${id}\`: \`${op.method.toUpperCase()} ${op.path}\`.`,
    ];
    const lines = text.map(
      (line) => `${indent} *${line.trimEnd() ? ` ${line.trimEnd().replace(/\*\//g, "*\\/")}` : ""}`,
    );
    return `${indent}/**\n${lines.join("\n")}\n`;
  });
}

/** `[path, contents]` for each resource file under `root` whose comments the spec's text changes. */
export async function sdkMethodDocs(root, spec) {
  const byId = new Map([...operationsOf(spec)].map((op) => [op.operation.operationId, op]));
  const files = (await readdir(join(root, RESOURCES)))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort();
  const result = [];
  for (const file of files) {
    const path = `${RESOURCES}/${file}`;
    const source = await readFile(join(root, path), "utf8");
    const updated = withMethodDocs(source, byId, path);
    if (updated !== source) result.push([path, updated]);
  }
  return result;
}
