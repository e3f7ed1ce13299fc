// What went wrong, as a line for a person, from anything a `catch` may hold.

/** The error's message, or the thrown value as text when it is not an Error. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Is `error` a Node system error with this `code` (ENOENT, EADDRINUSE…)? */
export function hasErrorCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === code;
}
