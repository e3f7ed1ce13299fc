// npm run matrix: the SDK and the in-process mock in every runtime we support, running the same
// scenario (scenario.mjs) two ways — the mock called directly (in-process.mjs) and under msw's
// setupServer (msw-node.mjs; server runtimes only) — plus Chromium (in-process, bundled by esbuild).
// Runtimes come from npm packages, installed once under .tmp/runtimes/. Prints a table and exits 1
// if a scenario fails or a process does not exit by itself after printing its result (a hang).
// Built packages are required (npm run build). Durations are printed for information, never judged.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const repo = here("../../");
const prefix = (name) => `${repo}.tmp/runtimes/${name}`;
const EXIT_WITHIN_MS = 30_000;
const CHROMIUM = "/usr/bin/chromium";

/** The runtimes: npm package, the binary it installs, and how to run an ES module with it. */
const RUNTIMES = [
  { name: "Node", bin: process.execPath, args: [] },
  { name: "Node", pkg: "node@22.23.3", dir: "node22", bin: "node", args: [] },
  { name: "Node", pkg: "node@24.9.0", dir: "node24", bin: "node", args: [] },
  { name: "Node", pkg: "node@26.9.0", dir: "node26", bin: "node", args: [] },
  { name: "Bun", pkg: "bun@1.4.5", dir: "bun", bin: "bun", args: [] },
  // Deno reads the workspace's node_modules (package.json is present); it needs only read and env.
  { name: "Deno", pkg: "deno@2.9.6", dir: "deno", bin: "deno", args: ["run", "--allow-read", "--allow-env"] },
];

function run(command, args, { cwd = repo, timeout = 120_000 } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, timeout);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, killed, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

async function binaryOf(runtime) {
  if (!runtime.pkg) return runtime.bin;
  const bin = `${prefix(runtime.dir)}/node_modules/.bin/${runtime.bin}`;
  if (!existsSync(bin)) {
    const install = await run("npm", [
      "install",
      "--prefix",
      prefix(runtime.dir),
      "--no-save",
      "--no-audit",
      "--no-fund",
      runtime.pkg,
    ]);
    if (install.code !== 0 || !existsSync(bin))
      throw new Error(`npm install ${runtime.pkg} failed:\n${install.stderr.slice(-2000)}`);
  }
  return bin;
}

const versionOf = (text) => text.match(/\d+\.\d+\.\d+(?:\.\d+)?/)?.[0] ?? "?";

/** The verdict on one run: its RESULT line, whether it exited by itself, and its warnings. */
function verdict({ code, killed, stdout, stderr, ms }) {
  const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
  const result = line ? JSON.parse(line.slice(7)) : null;
  const warnings = [
    ...new Set(
      stderr
        .split("\n")
        .filter((l) => /warning/i.test(l) && !l.includes("--trace-warnings"))
        .map((l) => l.replace(/^\(\w+:\d+\) /, "").trim()),
    ),
  ];
  if (result?.ok && killed)
    return {
      status: "hang",
      detail: `printed its result, then did not exit within ${EXIT_WITHIN_MS / 1000} s`,
      ms,
      warnings,
    };
  if (result?.ok && code === 0) return { status: "pass", detail: `${result.steps.length} steps`, ms, warnings };
  return {
    status: "fail",
    detail: (
      stderr
        .trim()
        .split("\n")
        .find((l) => /error/i.test(l)) ?? `exit ${code}`
    ).slice(0, 160),
    ms,
    warnings,
  };
}

async function chromium() {
  if (!existsSync(CHROMIUM)) return { status: "skip", detail: `${CHROMIUM} is missing`, ms: 0, warnings: [] };
  const bundle = await build({
    entryPoints: [here("./in-process.mjs")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
  });
  const files = {
    "/": [
      "text/html",
      '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="/app.js"></script>',
    ],
    "/app.js": ["text/javascript", bundle.outputFiles[0].text],
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ""];
    res.writeHead(file ? 200 : 404, { "Content-Type": file?.[0] ?? "text/plain" }).end(file?.[1] ?? "not found");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  const started = performance.now();
  try {
    const page = await browser.newPage();
    const lines = [];
    const errors = [];
    page.on("console", (m) => lines.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const deadline = Date.now() + EXIT_WITHIN_MS;
    while (!lines.some((l) => l.startsWith("RESULT ")) && !errors.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const stdout = lines.join("\n");
    return verdict({
      code: errors.length ? 1 : 0,
      killed: false,
      stdout,
      stderr: errors.join("\n"),
      ms: Math.round(performance.now() - started),
    });
  } finally {
    await browser.close();
    server.close();
  }
}

for (const pkg of ["mock-server", "packages/sdk"]) {
  if (!existsSync(`${repo}${pkg}/dist`)) throw new Error(`${pkg}/dist is missing: run npm run build first`);
}
const mswVersion = JSON.parse(readFileSync(`${repo}node_modules/msw/package.json`, "utf8")).version;
console.log(
  `runtime matrix: the SDK and the in-process mock (msw ${mswVersion}), scenario ${here("./scenario.mjs").slice(repo.length)}\n`,
);
const rows = [];
for (const runtime of RUNTIMES) {
  const bin = await binaryOf(runtime);
  const version = versionOf((await run(bin, ["--version"])).stdout);
  for (const entry of ["in-process", "msw-node"]) {
    const outcome = verdict(await run(bin, [...runtime.args, here(`./${entry}.mjs`)], { timeout: EXIT_WITHIN_MS }));
    rows.push({ runtime: `${runtime.name} ${version}`, entry, ...outcome });
  }
}
rows.push({
  runtime: `Chromium ${existsSync(CHROMIUM) ? versionOf((await run(CHROMIUM, ["--version"])).stdout) : ""}`.trim(),
  entry: "in-process",
  ...(await chromium()),
});

const width = Math.max(...rows.map((r) => r.runtime.length));
for (const r of rows) {
  console.log(
    `${r.runtime.padEnd(width)}  ${r.entry.padEnd(10)}  ${r.status.toUpperCase().padEnd(4)}  ${String(r.ms).padStart(5)} ms  ${r.detail}`,
  );
  for (const w of r.warnings) console.log(`${"".padEnd(width)}  ${"".padEnd(10)}  note  ${w.slice(0, 140)}`);
}
const failed = rows.filter((r) => r.status === "fail" || r.status === "hang");
console.log(
  `\n${rows.length - failed.length} of ${rows.length} passed${failed.length ? `; failed: ${failed.map((r) => `${r.runtime} ${r.entry}`).join(", ")}` : ""}`,
);
process.exitCode = failed.length ? 1 : 0;
