#!/usr/bin/env node
// modulex-contract: verify a server against openapi/modulex.yaml. See --help.
import { writeFile } from "node:fs/promises";
import { formatJson } from "./formatJson.js";
import { formatText } from "./formatText.js";
import { parseCliArgs, USAGE } from "./parseCliArgs.js";
import { runContract } from "./runContract.js";

const command = parseCliArgs(process.argv.slice(2), process.env);
if (command.kind === "help") {
  console.log(USAGE);
} else if (command.kind === "error") {
  console.error(`modulex-contract: ${command.message}\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  const report = await runContract(command.options);
  const text = formatText(report);
  console.log(command.json ? formatJson(report) : text);
  if (command.reportFile) await writeFile(command.reportFile, text);
  process.exitCode = report.fatal ? 2 : report.ok ? 0 : 1;
}
