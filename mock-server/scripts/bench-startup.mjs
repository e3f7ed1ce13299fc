#!/usr/bin/env node
// How long `modulex-mock` takes from process start to its first answered request, as a ratio of
// a bare `node -e` start measured in the same run (no absolute thresholds: machines differ).
// Run after `npm run build`: node mock-server/scripts/bench-startup.mjs [rounds]
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const rounds = Number(process.argv[2] ?? 5);

function timeUntil(args, ready) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", async (chunk) => {
      out += chunk;
      const url = ready(out);
      if (!url) return;
      child.stdout.removeAllListeners("data");
      const response = await fetch(`${url}/integrations`, {
        headers: { Authorization: "Bearer mx_live_DemoOwnerKey0000000000000000000000000000" },
      });
      await response.arrayBuffer();
      const ms = performance.now() - started;
      child.kill("SIGTERM");
      resolve(ms);
    });
    child.once("exit", () => resolve(performance.now() - started));
    child.once("error", reject);
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const baseline = [];
const mock = [];
for (let i = 0; i < rounds; i++) {
  baseline.push(await timeUntil(["-e", ""], () => null));
  mock.push(
    await timeUntil([cli, "--port", "0"], (out) => out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1] ?? null),
  );
}
const b = median(baseline);
const m = median(mock);
console.log(`bare node start:                 ${b.toFixed(0)} ms (median of ${rounds})`);
console.log(`modulex-mock to first answer:    ${m.toFixed(0)} ms (median of ${rounds})`);
console.log(`ratio mock / bare node:          ${(m / b).toFixed(1)}x`);
