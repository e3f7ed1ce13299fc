// JSON objects as the runner reads them from a server's answers.

/** Is `value` a JSON object (not null, not an array)? Its fields are then read as `unknown`. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}
