// @modulex/contract: the conformance runner as a library. The CLI (`modulex-contract`) is a
// thin wrapper over runContract + formatText/formatJson.
export { runContract } from "./run-contract.js";
export type { Report, CheckSummary } from "./report.js";
export { formatText } from "./format-text.js";
export { formatJson } from "./format-json.js";
export { formatJunit } from "./format-junit.js";
export { CHECKS, CHECK_NAMES, type CheckName } from "./checks.js";
export { parseCliArgs, type CliCommand } from "./parse-cli-args.js";
export { USAGE } from "./usage.js";
export { DEFAULT_RUNS, DEFAULT_SEED } from "./normalize-options.js";
export type { ContractOptions, Profile } from "./contract-options.js";
export { maskSecret } from "./mask-secret.js";
export type { Exchange } from "./exchange.js";
export type { Intent } from "./request-spec.js";
export type { Failure, Tally } from "./results.js";
export type { Coverage, OperationCoverage } from "./coverage.js";
