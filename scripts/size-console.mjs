// npm run size: what the reference console (examples/console) costs a Vite app's users, measured
// on a fresh production build. Prints each chunk's size (raw and gzipped), the lazily loaded mock
// chunk against its budget, and what the mock chunk is made of, by package. It asserts nothing and
// never fails on size: it is a measurement (issue 9), run by hand or in CI for the record.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const BUDGET_GZ = 120 * 1024;
const repo = fileURLToPath(new URL("../", import.meta.url));
const root = fileURLToPath(new URL("../examples/console/", import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), "modulex-size-"));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

try {
  const result = await build({
    root,
    mode: "production",
    logLevel: "silent",
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: Infinity },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === "chunk");
  const rows = chunks.map((c) => ({
    file: c.fileName,
    entry: c.isEntry,
    raw: Buffer.byteLength(c.code),
    gz: gzipSync(c.code).length,
    chunk: c,
  }));
  console.log(`examples/console, vite ${(await import("vite")).version}, production build\n`);
  for (const r of rows)
    console.log(
      `${r.entry ? "entry" : "lazy "}  ${r.file.padEnd(40)} ${kb(r.raw).padStart(10)}  gzip ${kb(r.gz).padStart(9)}`,
    );

  // The mock chunk: the lazy chunk that holds the mock's browser entry.
  const mock = rows.find(
    (r) =>
      !r.entry && Object.keys(r.chunk.modules ?? {}).some((id) => /mock-server[\\/](dist|src)[\\/]browser\./.test(id)),
  );
  if (!mock)
    throw new Error("no lazily loaded chunk holds @modulex/mock-server/browser: is it still imported with import()?");
  const status =
    mock.gz <= BUDGET_GZ
      ? "within budget"
      : `over budget by ${kb(mock.gz - BUDGET_GZ)} (${(mock.gz / BUDGET_GZ).toFixed(2)}x)`;
  console.log(`\nmock chunk ${mock.file}: gzip ${kb(mock.gz)}; budget ${kb(BUDGET_GZ)}: ${status}`);

  // By package: each module's rendered length (before minification), so the shares are comparable, not bytes shipped.
  const byPackage = new Map();
  for (const [id, info] of Object.entries(mock.chunk.modules ?? {})) {
    // A dependency by its package name; the repo's own files by their first two folders (mock-server/dist).
    const pkg =
      id.match(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/)?.[1] ??
      (id.startsWith(repo) ? id.slice(repo.length).split(/[\\/]/).slice(0, 2).join("/") : id);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (info.renderedLength ?? 0));
  }
  const total = [...byPackage.values()].reduce((a, b) => a + b, 0);
  console.log(`\nwhat the mock chunk holds, by package (rendered before minification; ${kb(total)} in all):`);
  for (const [pkg, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${pkg.padEnd(36)} ${kb(bytes).padStart(10)}  ${((bytes / total) * 100).toFixed(0).padStart(3)}%`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
