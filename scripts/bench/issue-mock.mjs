// The mock as it was when issue 11 was filed ("today" in its goals): the commit before its first
// change, built once from this clone's own history into .tmp/bench-issue-mock/, so "≥ 5x today"
// is measured against that code in the same run, on the same machine, not derived from figures
// taken elsewhere. Bounded: the install and the build each stop after a few minutes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { repo } from "./servers.mjs";

/** The last commit before issue 11's first change (ffad833, the precompiled router). */
export const ISSUE_COMMIT = "859c2bd15589e685c64d0a5b6373a2dfef65637a";

function run(command, args, cwd, timeoutMs) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const why = result.error?.message ?? `${(result.stderr || result.stdout).trim().split("\n").slice(-3).join(" / ")}`;
    throw new Error(`${command} ${args.join(" ")} failed: ${why}`);
  }
  return result.stdout;
}

/**
 * The CLI of the issue's mock, built if it is not yet: { cli } or { unavailable: why } (a shallow
 * clone without that commit, no registry to install from).
 */
export function issueMockCli() {
  const dir = join(repo, ".tmp/bench-issue-mock", ISSUE_COMMIT.slice(0, 12));
  const cli = join(dir, "mock-server/dist/cli.js");
  if (existsSync(cli)) return { cli };
  try {
    run("git", ["cat-file", "-e", `${ISSUE_COMMIT}^{commit}`], repo, 10_000);
  } catch {
    return {
      unavailable: `this clone lacks commit ${ISSUE_COMMIT.slice(0, 7)} (a shallow clone: git fetch --unshallow)`,
    };
  }
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = join(dir, "source.tar");
    run("git", ["archive", "--format=tar", "-o", tar, ISSUE_COMMIT], repo, 60_000);
    run("tar", ["-xf", tar, "-C", dir], dir, 60_000);
    rmSync(tar);
    console.log(`building the issue's mock (${ISSUE_COMMIT.slice(0, 7)}) once into ${dir} ...`);
    run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], dir, 10 * 60_000);
    run("npm", ["run", "build", "-w", "mock-server"], dir, 5 * 60_000);
    if (!existsSync(cli)) throw new Error("its build wrote no mock-server/dist/cli.js");
    return { cli };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return { unavailable: error.message };
  }
}
