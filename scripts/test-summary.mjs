#!/usr/bin/env node
// Prints vitest's result as one plain closing line ("Tests: N passed, N failed, N skipped") that
// any CI can read, from the JSON report vitest wrote beside its normal output.
import { readFileSync } from "node:fs";

const file = process.argv[2] ?? ".tmp/vitest-results.json";
let r;
try {
  r = JSON.parse(readFileSync(file, "utf8"));
} catch (error) {
  console.error(`no vitest JSON report at ${file}: ${error.message}`);
  process.exit(1);
}
const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
// Suites that failed to load count as failures even when no test inside them ran.
if (r.numFailedTestSuites > 0 && r.numFailedTests === 0)
  console.log(`(${r.numFailedTestSuites} test file(s) failed to load)`);
