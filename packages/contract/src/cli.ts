#!/usr/bin/env node
// modulex-contract: verify a server against openapi/modulex.yaml. See --help.
// stdout carries the report (Markdown, or JSON with --json); stderr carries progress and one line
// when the run could not start or stopped early. Exit 0: every check held; 1: a check failed;
// 2: bad usage, or the run could not start or finish; 3: stopped at --max-duration or
// --max-requests; 130 / 143: interrupted by SIGINT / SIGTERM. Nothing printed holds a stack trace
// or a key.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { findLeftovers, type CleanupOptions } from "./cli/find-leftovers.js";
import { formatJson } from "./report/format-json.js";
import { formatJunit } from "./report/format-junit.js";
import { formatText } from "./report/format-text.js";
import { parseCliArgs } from "./cli/parse-cli-args.js";
import { progressPrinter } from "./cli/progress-printer.js";
import { removeLeftovers } from "./cli/remove-leftovers.js";
import type { Report } from "./report/report.js";
import { runContract } from "./run-contract.js";
import { STOP_REASONS, type StopReason } from "./run-stopped.js";
import { USAGE } from "./cli/usage.js";

const EXIT_FOR: Record<StopReason, number> = { SIGINT: 130, SIGTERM: 143, "max-duration": 3, "max-requests": 3 };

function fileErrorReason(error: unknown): string {
  const code = error && typeof error === "object" && "code" in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return (typeof code === "string" ? code : message.split("\n")[0]) ?? "unknown error";
}

async function cleanup(options: CleanupOptions): Promise<number> {
  const found = await findLeftovers(options);
  if (!options.jwt) console.error("modulex-contract: without --jwt (MODULEX_CONTRACT_JWT) API keys are not looked at");
  if (found.length === 0) {
    console.log("nothing left by earlier runs");
    return 0;
  }
  const lines = found.map((l) => `  ${l.kind} ${l.id} "${l.name}"${l.org ? ` in ${l.org}` : ""}`);
  if (!options.yes) {
    console.log(
      `${found.length} record(s) left by earlier runs (dry run: nothing deleted; --yes deletes them):\n${lines.join("\n")}`,
    );
    return 0;
  }
  const failed = await removeLeftovers(options, found);
  console.log(
    `deleted ${found.length - failed.length} of ${found.length} record(s) left by earlier runs:\n${lines.join("\n")}`,
  );
  for (const f of failed)
    console.error(`modulex-contract: could not delete ${f.leftover.kind} ${f.leftover.id}: ${f.why}`);
  return failed.length ? 1 : 0;
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
  if (command.kind === "cleanup") {
    try {
      return await cleanup(command.options);
    } catch (error) {
      console.error(
        `modulex-contract: cleanup: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
      return 2;
    }
  }
  // The first signal stops the run (it cleans up and reports); a second one exits at once.
  const stop = new AbortController();
  const onSignal = (signal: "SIGINT" | "SIGTERM") => {
    if (stop.signal.aborted) process.exit(EXIT_FOR[signal]);
    process.stderr.write(
      `\nmodulex-contract: ${signal}: stopping; deleting what the run created (${signal} again to exit at once)\n`,
    );
    stop.abort(signal);
  };
  process.on("SIGINT", () => onSignal("SIGINT"));
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  const progress = command.quiet ? null : progressPrinter(process.stderr, process.env);
  let report: Report;
  try {
    report = await runContract({
      ...command.options,
      signal: stop.signal,
      ...(progress ? { onProgress: (event) => progress.update(event) } : {}),
    });
  } catch (error) {
    console.error(`modulex-contract: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    return 2;
  }
  if (!report.started) {
    // Nothing was checked: one line on stderr says why; stdout stays empty unless JSON was asked for.
    console.error(`modulex-contract: could not start: ${report.fatal}`);
    if (command.json) console.log(formatJson(report));
  } else {
    console.log(command.json ? formatJson(report) : formatText(report));
    if (report.stopped)
      console.error(
        `modulex-contract: ${STOP_REASONS[report.stopped.reason]} during ${report.stopped.phase}: the report is partial`,
      );
    if (report.fatal) console.error(`modulex-contract: the run stopped early: ${report.fatal}`);
  }
  const outputs: Array<[flag: string, file: string | null, format: (report: Report) => string]> = [
    ["--report", command.reportFile, (r) => formatText(r, { full: true })],
    ["--junit", command.junitFile, formatJunit],
  ];
  for (const [flag, file, format] of outputs) {
    if (!file) continue;
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, format(report));
    } catch (error) {
      console.error(`modulex-contract: could not write ${flag} ${file}: ${fileErrorReason(error)}`);
      return 2;
    }
  }
  if (report.stopped) return EXIT_FOR[report.stopped.reason];
  return report.fatal ? 2 : report.ok ? 0 : 1;
}

process.exitCode = await main();
