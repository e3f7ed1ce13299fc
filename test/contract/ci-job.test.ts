// The CI job docs/ci.md shows is the one this repository runs: scripts/ci-contract.sh starts the
// backend (the mock) through its CLI, runs modulex-contract with JUnit output against it and
// fails on a failing check. Its commands are the ones docs/ci.md's GitHub and GitLab jobs list.
import { spawn } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

const root = join(import.meta.dirname, "../..");

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

test("scripts/ci-contract.sh: backend up, contract passes, JUnit and report written; docs/ci.md runs the same commands", async () => {
  const out = mkdtempSync(join(tmpdir(), "ci-contract-"));
  try {
    const port = await freePort();
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn("bash", [join(root, "scripts/ci-contract.sh")], {
        cwd: root,
        env: { ...process.env, PORT: String(port), OUT: out },
        stdio: ["ignore", "ignore", "ignore"],
      });
      child.once("exit", resolve);
    });
    expect(code).toBe(0);
    // The backend it started is gone with it (npx's child included): nothing listens on the port.
    expect(
      await fetch(`http://127.0.0.1:${port}/me`).then(
        () => "answered",
        () => "refused",
      ),
    ).toBe("refused");
    const junit = readFileSync(join(out, "junit.xml"), "utf8");
    expect(junit).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="modulex-contract" tests="\d+" failures="0"/,
    );
    expect(readFileSync(join(out, "report.md"), "utf8")).toMatch(/\*\*PASS\*\*/);
    const doc = readFileSync(join(root, "docs/ci.md"), "utf8");
    for (const command of [
      "npx modulex-mock --port 4010",
      "npx modulex-contract --base-url http://127.0.0.1:4010",
      "--junit contract-results/junit.xml",
      "--max-duration 10m",
    ]) {
      expect(doc, command).toContain(command);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
