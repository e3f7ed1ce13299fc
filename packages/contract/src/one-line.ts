// Any error that stopped a run, as the one line a person is shown.
import { FatalRunError } from "./fatal-run-error.js";

/** One line for any error that stopped a run: its message's first line, never a stack. */
export function oneLine(error: unknown): string {
  if (error instanceof FatalRunError) return error.message.split("\n")[0]!;
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return String(error).split("\n")[0]!;
}
