#!/usr/bin/env node
// modulex-contract: verify a server against openapi/modulex.yaml. See --help.
// stdout carries the report (Markdown, or JSON with --json); stderr carries one line when the
// run could not start or stopped early. Exit 0: every check held; 1: a check failed; 2: bad
// usage, or the run could not start or finish. Nothing printed holds a stack trace or a key.
import { writeFile } from "node:fs/promises";
import { formatJson } from "./formatJson.js";
import { formatText } from "./formatText.js";
import { formatJunit } from "./formatJunit.js";
import { parseCliArgs, USAGE } from "./parseCliArgs.js";
import { runContract, type Report } from "./runContract.js";

function fileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return (typeof code === "string" ? code : message.split("\n")[0]) ?? "unknown error";
}

async function main(): Promise<number> {
  const command = parseCliArgs(process.argv.slice(2), process.env);
  if (command.kind === "help") {
    console.log(USAGE);
    return 0;
  }
  if (command.kind === "error") {
    console.error(`modulex-contract: ${command.message}\n\n${USAGE}`);
    return 2;
  }
  let report: Report;
  try {
    report = await runContract(command.options);
  } catch (error) {
    console.error(`modulex-contract: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return 2;
  }
  if (!report.started) {
    // Nothing was checked: one line on stderr says why; stdout stays empty unless JSON was asked for.
    console.error(`modulex-contract: could not start: ${report.fatal}`);
    if (command.json) console.log(formatJson(report));
  } else {
    const text = formatText(report);
    console.log(command.json ? formatJson(report) : text);
    if (report.fatal) console.error(`modulex-contract: the run stopped early: ${report.fatal}`);
  }
  for (const [flag, file, format] of [["--report", command.reportFile, formatText], ["--junit", command.junitFile, formatJunit]] as const) {
    if (!file) continue;
    try {
      await writeFile(file, format(report));
    } catch (error) {
      console.error(`modulex-contract: could not write ${flag} ${file}: ${fileErrorReason(error)}`);
      return 2;
    }
  }
  return report.fatal ? 2 : report.ok ? 0 : 1;
}

process.exitCode = await main();
