// What a consumer's compiler sees of @modulex/mock-server and @modulex/contract: declaration
// files built into dist/ (never our src/*.ts, which would be type-checked under the consumer's
// settings), self-contained (@modulex/spec is private and not published, so nothing may import
// it), and compiling cleanly in a strict project with its own options and skipLibCheck off.
// Needs the build (npm test builds first), like cli.test.ts.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "../..");
const PACKAGES = { "@modulex/mock-server": "mock-server", "@modulex/contract": "packages/contract" } as const;

type Conditions = Record<string, string>;

async function exportsOf(dir: string): Promise<Record<string, Conditions>> {
  return JSON.parse(await readFile(join(root, dir, "package.json"), "utf8")).exports;
}

function tsc(cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, "node_modules/typescript/bin/tsc"), "-p", cwd],
      { cwd },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr });
      },
    );
  });
}

describe("the published types", () => {
  const scratch: string[] = [];
  afterAll(async () => {
    for (const dir of scratch) await rm(dir, { recursive: true, force: true });
  });

  test.each(Object.entries(PACKAGES))(
    "%s: every export's types condition is a built .d.ts, which imports nothing private",
    async (_name, dir) => {
      for (const [subpath, conditions] of Object.entries(await exportsOf(dir))) {
        expect(conditions.types, subpath).toMatch(/^\.\/dist\/[\w-]+\.d\.ts$/);
        // "types" comes before "import" (conditions match in order), and the runtime file is built too.
        expect(Object.keys(conditions).indexOf("types"), subpath).toBeLessThan(
          Object.keys(conditions).indexOf("import"),
        );
        const declarations = join(root, dir, conditions.types!);
        expect(existsSync(declarations), `${declarations} (run npm run build)`).toBe(true);
        expect(existsSync(join(root, dir, conditions.import!)), subpath).toBe(true);
      }
      for (const file of (await readdir(join(root, dir, "dist"))).filter((f) => f.endsWith(".d.ts"))) {
        const text = await readFile(join(root, dir, "dist", file), "utf8");
        expect(text, file).not.toMatch(/from ['"]@modulex\/spec|import ['"]@modulex\/spec|import\(['"]@modulex\/spec/);
        expect(text, file).not.toMatch(/from ['"]\.\.?\/.*src\//);
      }
    },
  );

  test("a strict consumer project compiles against them with skipLibCheck off", async () => {
    const dir = await mkdtemp(join(tmpdir(), "modulex-consumer-"));
    scratch.push(dir);
    await mkdir(join(dir, "node_modules/@modulex"), { recursive: true });
    for (const [name, path] of Object.entries(PACKAGES))
      await symlink(join(root, path), join(dir, "node_modules", name), "dir");
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await writeFile(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noPropertyAccessFromIndexSignature: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noImplicitOverride: true,
          noImplicitReturns: true,
          skipLibCheck: false,
          noEmit: true,
          types: ["node"],
          typeRoots: [join(root, "node_modules/@types")],
        },
        files: ["main.ts"],
      }),
    );
    await writeFile(
      join(dir, "main.ts"),
      [
        'import { createMock, DEMO, type Mock } from "@modulex/mock-server";',
        'import { startServer, type RunningServer } from "@modulex/mock-server/node";',
        'import { startWorker } from "@modulex/mock-server/browser";',
        'import { runContract, formatText, formatJson, type Report, type ContractOptions } from "@modulex/contract";',
        "",
        "const mock: Mock = await createMock();",
        "const server: RunningServer = await startServer({ port: 0 });",
        "const options: ContractOptions = { baseUrl: server.url, org: DEMO.orgs.acme, apiKey: DEMO.keys.owner, rateLimit: false };",
        "const report: Report = await runContract(options);",
        "const skipped: string[] = report.checks.filter((c) => c.verdict === 'skipped').map((c) => c.name);",
        "console.log(formatText(report), formatJson(report).length, skipped, mock.handlers.length, typeof startWorker);",
        "await server.close();",
        "",
      ].join("\n"),
    );
    const { code, output } = await tsc(dir);
    expect(output).toBe("");
    expect(code).toBe(0);
  }, 60_000);
});
