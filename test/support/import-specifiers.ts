// What a source file imports: the specifier of each `import … from "…"` and `export … from "…"`.
import { readFileSync } from "node:fs";

/** The module specifiers `file` imports or re-exports from, in order. */
export function importSpecifiers(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+"([^"]+)"/gms)].map((m) => m[1]!);
}
