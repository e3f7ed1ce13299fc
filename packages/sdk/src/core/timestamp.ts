/**
 * A ModuleX timestamp as a `Date`. The API prints UTC without a zone (`2026-01-19T12:00:00`, as the
 * docs show), which `new Date(...)` would read as local time; this reads it as UTC. A value with a
 * zone (`...Z`, `...+01:00`) reads as written. The SDK itself hands timestamps over as the strings
 * the server sent, so nothing is lost or shifted on the way.
 * @example
 * ```ts
 * const created = parseTimestamp(credential.createdAt); // Date, UTC
 * const expires = parseTimestamp(credential.expiresAt); // Date, or null for "never"
 * ```
 */
export function parseTimestamp(value: string): Date;
export function parseTimestamp(value: string | null): Date | null;
export function parseTimestamp(value: string | null): Date | null {
  if (value === null) return null;
  return new Date(/(?:[Zz]|[+-]\d{2}:?\d{2})$/.test(value) ? value : `${value}Z`);
}
