// Writes generated files, or with `check` compares them and names the ones that differ.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/** The first line of every generated file. */
export const header = (source) =>
  `// GENERATED FILE — do not edit. Source: ${source}; regenerate with \`npm run generate\`.\n`;

/**
 * For each `[path, contents]` of `outputs` (paths relative to `root`): write the files that differ,
 * or with `check` write nothing. Returns the paths that differed.
 */
export async function writeOutputs(root, outputs, { check = false, log = () => {} } = {}) {
  const differing = [];
  for (const [path, contents] of outputs) {
    const abs = join(root, path);
    const before = await readFile(abs, "utf8").catch(() => null);
    if (before === contents) continue;
    differing.push(path);
    if (check) continue;
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, contents);
    log(`wrote ${path}`);
  }
  return differing;
}
