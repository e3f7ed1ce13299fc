// docs/operations.md: for every operation, where it lives in each part of the kit — its spec
// section, the SDK method, the mock route and the contract scenarios that send it — read from the
// sources themselves, so the table cannot fall behind them (the drift check regenerates it).

/** 1-based line of the first match of `pattern` in `text`, or null. */
function lineOf(text, pattern) {
  const at = text.search(pattern);
  return at === -1 ? null : text.slice(0, at).split("\n").length;
}

/**
 * Where each SDK method is: `Operation \`id\`` markers above methods of resource classes, reached
 * from the client by the `[declare] readonly name: Class` fields of `accessorSources` (client.ts and the
 * resources). Returns operationId → `{ call: "mx.credentials.list()", file, line }`.
 */
export function sdkMethods(accessorSources, resourceFiles) {
  const accessorOf = new Map(); // class → its path from the client, e.g. OAuth2 → credentials.oauth2
  const fields = [];
  for (const [file, text] of accessorSources) {
    const owner = /export class (\w+)/.exec(text)?.[1] ?? null;
    for (const m of text.matchAll(/^ {2}(?:declare )?readonly (\w+): ([A-Z]\w*);$/gm))
      fields.push({ owner: file.endsWith("client.ts") ? null : owner, name: m[1], cls: m[2] });
  }
  const resolve = (cls, seen = new Set()) => {
    if (seen.has(cls)) return null;
    seen.add(cls);
    const field = fields.find((f) => f.cls === cls);
    if (!field) return null;
    if (field.owner === null) return field.name;
    const parent = resolve(field.owner, seen);
    return parent ? `${parent}.${field.name}` : null;
  };
  const methods = {};
  for (const [file, text] of resourceFiles) {
    const cls = /export class (\w+)/.exec(text)?.[1];
    const path = cls ? (accessorOf.get(cls) ?? resolve(cls)) : null;
    if (!path) continue;
    accessorOf.set(cls, path);
    for (const m of text.matchAll(/ \* Operation `(\w+)`: `[^`]*`\.\n(?:\s+\*.*\n)*?\s+\*\/\n\s+(?:async )?(\w+)\(/g)) {
      const line = text.slice(0, m.index + m[0].length).split("\n").length; // the method's own line
      methods[m[1]] = { call: `mx.${path}.${m[2]}()`, file, line };
    }
  }
  return methods;
}

/** operationId → `{ file, line }` of the mock's `route({ operationId: "…" })`. */
export function mockRoutes(handlerFiles) {
  const routes = {};
  for (const [file, text] of handlerFiles) {
    for (const m of text.matchAll(/operationId: "(\w+)"/g))
      routes[m[1]] ??= { file, line: text.slice(0, m.index).split("\n").length };
  }
  return routes;
}

/**
 * The contract's scenarios by operation: a scenario file names the operations it sends as string
 * literals; one that walks the spec's operations (`publicOperations()`) sends each it selects.
 */
export function contractScenarios(scenarioFiles, operationIds) {
  const byOperation = Object.fromEntries(operationIds.map((id) => [id, []]));
  const walkers = [];
  for (const [file, text] of scenarioFiles) {
    const name = file.split("/").pop().replace(/\.ts$/, "");
    if (/\bpublicOperations\(\)/.test(text)) walkers.push(name);
    for (const id of operationIds) if (text.includes(`"${id}"`)) byOperation[id].push(name);
  }
  return { byOperation, walkers };
}

// Files without line numbers: the page changes when an operation moves, not whenever a line does.
const link = (from, file) => `[${file.split("/").pop()}](${from}${file})`;

/** The Markdown page. `index` is the operation index; paths are relative to the repository root. */
export function operationMap({ index, specFile, specText, sdk, mock, contract }) {
  const from = "../"; // docs/operations.md → repository root
  const rows = [];
  for (const [id, op] of Object.entries(index)) {
    if (op.spec !== "modulex") continue;
    if (lineOf(specText, new RegExp(`operationId: ${id}$`, "m")) === null)
      throw new Error(`${specFile} has no operationId ${id}`);
    const method = sdk[id];
    const route = mock[id];
    const scenarios = contract.byOperation[id] ?? [];
    rows.push(
      `| \`${id}\` | ${op.tag ?? ""}: \`${op.method} ${op.path}\` in ${link(from, specFile)} | ${method ? `\`${method.call}\` in ${link(from, method.file)}` : "—"} | ${route ? link(from, route.file) : "—"} | ${scenarios.length ? scenarios.map((s) => `\`${s}\``).join(", ") : "—"} |`,
    );
  }
  return [
    "<!-- GENERATED FILE — do not edit. Source: openapi/modulex.yaml and the sources it names; regenerate with `npm run generate`. -->",
    "# Operations: spec, SDK, mock, contract",
    "",
    "The operationId is the key in every part of the kit: `grep -rn createCredential` finds its spec",
    "entry (`operationId: createCredential`), its SDK method (the `Operation \\`createCredential\\``",
    'line of its JSDoc), its mock route (`route({ operationId: "createCredential" })`) and the',
    "contract scenarios that send it. This table is that grep, done for every operation.",
    "",
    `Besides the scenarios listed, every operation is sent by the scenarios that walk the spec: ${contract.walkers.map((w) => `\`${w}\``).join(", ")} (packages/contract/src/scenarios/).`,
    "",
    "| Operation | Spec | SDK | Mock route | Contract scenarios |",
    "|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
