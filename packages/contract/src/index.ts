// @modulex/contract: the conformance runner as a library. The CLI (`modulex-contract`) is a
// thin wrapper over runContract + formatText/formatJson.
export { runContract } from "./run-contract.js";
export type { Report, CheckSummary } from "./report/report.js";
export { formatText } from "./report/format-text.js";
export { formatJson } from "./report/format-json.js";
export { formatJunit } from "./report/format-junit.js";
export { CHECKS, CHECK_NAMES, type CheckName } from "./checks.js";
export { parseCliArgs, type CliCommand } from "./cli/parse-cli-args.js";
export { USAGE } from "./cli/usage.js";
export { DEFAULT_RUNS, DEFAULT_SEED } from "./options/normalize-options.js";
export type { ContractOptions, Profile } from "./options/contract-options.js";
export { maskSecret } from "./http/mask-secret.js";
export type { Exchange } from "./http/exchange.js";
export type { Intent } from "./http/request-spec.js";
export type { Failure, Tally } from "./report/results.js";
export type { Coverage, OperationCoverage } from "./report/coverage.js";
