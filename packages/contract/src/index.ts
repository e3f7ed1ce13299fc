// @modulex/contract: the conformance runner as a library. The CLI (`modulex-contract`) is a
// thin wrapper over runContract + formatText/formatJson.
export { runContract, type Report, type CheckSummary } from "./runContract.js";
export { formatText } from "./formatText.js";
export { formatJson } from "./formatJson.js";
export { formatJunit } from "./formatJunit.js";
export { CHECKS, CHECK_NAMES, type CheckName } from "./checks.js";
export { parseCliArgs, USAGE, type CliCommand } from "./parseCliArgs.js";
export { DEFAULT_RUNS, DEFAULT_SEED, type ContractOptions, type Profile } from "./options.js";
export { maskSecret } from "./maskSecret.js";
export type { Exchange, Intent } from "./Session.js";
export type { Failure, Tally } from "./Results.js";
export type { Coverage, OperationCoverage } from "./coverage.js";
