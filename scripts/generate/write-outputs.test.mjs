import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { header, writeOutputs } from "./write-outputs.mjs";

describe("writeOutputs", () => {
  it("with check, names the files that differ or are missing and writes nothing", async () => {
    const root = await mkdtemp(join(tmpdir(), "generate-"));
    await writeFile(join(root, "same.txt"), "same");
    await writeFile(join(root, "old.txt"), "old");
    const outputs = new Map([
      ["same.txt", "same"],
      ["old.txt", "new"],
      ["sub/missing.txt", "x"],
    ]);
    expect(await writeOutputs(root, outputs, { check: true })).toEqual(["old.txt", "sub/missing.txt"]);
    expect(await readFile(join(root, "old.txt"), "utf8")).toBe("old");
    await expect(readFile(join(root, "sub/missing.txt"), "utf8")).rejects.toThrow();
  });
  it("without check, writes those files (folders too) and leaves equal ones alone", async () => {
    const root = await mkdtemp(join(tmpdir(), "generate-"));
    await writeFile(join(root, "same.txt"), "same");
    const logged = [];
    const outputs = new Map([
      ["same.txt", "same"],
      ["sub/new.txt", "x"],
    ]);
    expect(await writeOutputs(root, outputs, { log: (line) => logged.push(line) })).toEqual(["sub/new.txt"]);
    expect(await readFile(join(root, "sub/new.txt"), "utf8")).toBe("x");
    expect(logged).toEqual(["wrote sub/new.txt"]);
    expect(await writeOutputs(root, outputs, { check: true })).toEqual([]);
  });
  it("heads every file with its source and how to regenerate it", () => {
    expect(header("openapi/modulex.yaml")).toBe(
      "// GENERATED FILE — do not edit. Source: openapi/modulex.yaml; regenerate with `npm run generate`.\n",
    );
  });
});
