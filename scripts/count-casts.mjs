#!/usr/bin/env node
// Counts the type assertions (`x as T`; `as const` apart) in the mock's and the runner's
// hand-written sources, read with TypeScript's parser — unlike `grep " as "`, which also counts
// every "as" of the comments' prose. `node scripts/count-casts.mjs [commit]` (default: the work tree).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ts from "typescript";

const commit = process.argv[2];
const git = (...args) => execFileSync("git", args, { encoding: "utf8" });
const files = (
  commit
    ? git("ls-tree", "-r", "--name-only", commit, "mock-server/src", "packages/contract/src")
    : git("ls-files", "mock-server/src", "packages/contract/src")
)
  .split("\n")
  .filter((f) => f.endsWith(".ts"));
const counts = { casts: 0, castsInTests: 0, asConst: 0, grepLines: 0 };
for (const file of files) {
  const text = commit ? git("show", `${commit}:${file}`) : readFileSync(file, "utf8");
  counts.grepLines += text.split("\n").filter((line) => line.includes(" as ")).length;
  const visit = (node) => {
    if (ts.isAsExpression(node)) {
      if (node.type.getText() === "const") counts.asConst++;
      else if (file.includes(".test.")) counts.castsInTests++;
      else counts.casts++;
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
}
console.log(
  `${commit ?? "work tree"}: ${counts.casts} casts in sources, ${counts.castsInTests} in tests, ${counts.asConst} as const; grep " as ": ${counts.grepLines} lines`,
);
